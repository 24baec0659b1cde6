package io.atqb.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atqb.sandbox.autotask.SandboxAutotaskSyntheticTenant;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's own arithmetic and parsing, checked before the benchmark trusts it (runs in the bench profile). */
class BenchHarnessTest {

    @TempDir
    Path dir;

    @Test
    void shouldSortTheServiceThreadsIntoTheirKinds() {
        assertThat(ThreadGroupCpu.group("C2 CompilerThre")).isEqualTo(ThreadGroupCpu.JIT);
        assertThat(ThreadGroupCpu.group("C1 CompilerThre")).isEqualTo(ThreadGroupCpu.JIT);
        assertThat(ThreadGroupCpu.group("GC Thread#1")).isEqualTo(ThreadGroupCpu.GC);
        assertThat(ThreadGroupCpu.group("G1 Conc#0")).isEqualTo(ThreadGroupCpu.GC);
        assertThat(ThreadGroupCpu.group("http-nio-127.0.")).isEqualTo(ThreadGroupCpu.REQUESTS);
        assertThat(ThreadGroupCpu.group("Camel (camel-1)")).isEqualTo(ThreadGroupCpu.ROUTES);
        assertThat(ThreadGroupCpu.group("HikariPool-1 ho")).isEqualTo(ThreadGroupCpu.OTHER);
    }

    @Test
    void shouldReadUserPlusSystemTicksEvenWhenTheThreadNameHoldsSpacesAndParentheses() {
        String stat = "4242 (Camel (camel-1) t) S 1 2 3 0 -1 4194368 10 0 0 0 1234 56 0 0 20 0 80 0 100 0 0";

        assertThat(ThreadGroupCpu.ticks(stat)).isEqualTo(1290);
    }

    @Test
    void shouldNeverReportLessThanNothingForAGroupWhoseThreadsEnded() {
        Map<String, Double> used = ThreadGroupCpu.between(Map.of(ThreadGroupCpu.JIT, 5.0, ThreadGroupCpu.GC, 2.0),
                Map.of(ThreadGroupCpu.JIT, 7.5, ThreadGroupCpu.GC, 1.0));

        assertThat(used).containsEntry(ThreadGroupCpu.JIT, 2.5).containsEntry(ThreadGroupCpu.GC, 0.0)
                .containsEntry(ThreadGroupCpu.OTHER, 0.0);
    }

    @Test
    void shouldReadThisJvmsOwnThreadsFromProc() {
        Map<String, Double> own = ThreadGroupCpu.read(ProcessHandle.current().pid());

        assertThat(own.keySet()).containsExactlyElementsOf(ThreadGroupCpu.GROUPS);
        assertThat(own.values().stream().mapToDouble(Double::doubleValue).sum()).isPositive();
    }

    @Test
    void shouldCountTheServiceSettledInTheFirstWindowBelowATenthOfACore() {
        java.util.Iterator<Long> cpuMillis = List.of(0L, 900L, 1_700L, 1_799L, 1_800L).iterator();
        List<java.time.Duration> slept = new ArrayList<>();

        int windows = SettledService.await(() -> java.time.Duration.ofMillis(cpuMillis.next()), slept::add);

        // 900 and 800 ms are busy, 99 ms (just under a tenth of the 1 s window) is settled
        assertThat(windows).isEqualTo(3);
        assertThat(slept).hasSize(3).containsOnly(SettledService.WINDOW);
    }

    @Test
    void shouldNotCountExactlyATenthOfACoreAsSettled() {
        java.util.Iterator<Long> cpuMillis = List.of(0L, 100L, 150L).iterator();

        assertThat(SettledService.await(() -> java.time.Duration.ofMillis(cpuMillis.next()), d -> { })).isEqualTo(2);
    }

    @Test
    void shouldGiveUpAfterTheBoundWhenTheServiceNeverSettles() {
        long[] cpu = {0};
        int[] windows = {0};

        int settled = SettledService.await(() -> java.time.Duration.ofMillis(cpu[0]), d -> {
            windows[0]++;
            cpu[0] += 500;
        });

        assertThat(settled).isEqualTo(-1);
        assertThat(windows[0]).isEqualTo(60);
    }

    @Test
    void shouldGiveTheRouteTestsMinimumWhenTheTenantIsTheirs() {
        // the tenant of AutotaskSnapshotRouteTest's minimum-calls test: 1 + 1 + 3 + 13 + 1 + 1 + 2 calls
        Instant transfer = Instant.parse("2026-03-02T10:00:00Z");
        SandboxAutotaskSyntheticTenant.Generated tenant =
                new SandboxAutotaskSyntheticTenant(1234, 5, 6001, 3, 700, transfer).generate();

        AutotaskCallMinimum minimum = AutotaskCallMinimum.of(tenant.tenant(), tenant.transferredPurchaseOrders(),
                500, 200);

        assertThat(minimum.byEndpoint()).containsExactlyInAnyOrderEntriesOf(Map.of("ThresholdInformation", 1L,
                "InventoryLocations", 1L, "Products", 3L, "InventoryItems", 13L, "PurchaseOrders", 1L,
                "PurchaseOrderItems", 1L, "PurchaseOrderItemReceiving", 2L));
        assertThat(minimum.total()).isEqualTo(22);
    }

    @Test
    void shouldGiveTheTransferReadOfIssue10sBenchmarkItsFullPageMinimum() {
        // 2,000 POs with 5,000 lines and 6,700 receipts (issue 10 point 9), 40 vendors, one product per line
        SandboxAutotaskSyntheticTenant.Generated tenant = new SandboxAutotaskSyntheticTenant(5_000, 1, 5_000, 0, 0,
                Instant.parse("2026-03-02T10:00:00Z")).generate(
                        new SandboxAutotaskSyntheticTenant.PurchaseOrders(2_000, 5_000, 6_700, 40));
        List<Long> ids = java.util.stream.LongStream.range(0, 2_000)
                .mapToObj(o -> SandboxAutotaskSyntheticTenant.TRANSFER_PURCHASE_ORDER_ID_BASE + o).toList();

        TransferCallMinimum minimum = TransferCallMinimum.of(tenant.tenant(), ids, 500, 200 * 25, true);

        assertThat(minimum.byEndpoint()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ThresholdInformation", 1L, "PurchaseOrders/entityInformation/fields", 1L, "PurchaseOrders", 4L,
                "PurchaseOrderItems", 10L, "PurchaseOrderItemReceiving", 14L, "Companies", 1L, "Products", 10L));
        assertThat(minimum.entityReads()).isEqualTo(4 + 10 + 14 + 1 + 10);
        assertThat(minimum.total()).isEqualTo(41);
    }

    @Test
    void shouldCostATransferReadOnePagePerBatchEvenWhenNothingIsFoundAndNothingForNoLines() {
        SandboxAutotaskSyntheticTenant.Generated tenant = new SandboxAutotaskSyntheticTenant(10, 1, 10, 0, 0,
                Instant.parse("2026-03-02T10:00:00Z")).generate();

        TransferCallMinimum minimum = TransferCallMinimum.of(tenant.tenant(), List.of(1L, 2L), 500, 5_000, false);

        assertThat(minimum.byEndpoint()).containsEntry("PurchaseOrders", 1L).containsEntry("PurchaseOrderItems", 0L)
                .containsEntry("PurchaseOrderItemReceiving", 0L).containsEntry("Companies", 0L)
                .containsEntry("Products", 0L);
        assertThat(minimum.total()).isEqualTo(2);
        assertThat(TransferCallMinimum.pages(5_000, 500)).isEqualTo(10);
        assertThat(TransferCallMinimum.pages(5_001, 500)).isEqualTo(11);
    }

    @Test
    void shouldNeedTheEmptyPageWhenRowsAreAnExactMultipleOfThePageSize() {
        assertThat(AutotaskCallMinimum.pages(50_000, 500)).isEqualTo(101);
        assertThat(AutotaskCallMinimum.pages(49_999, 500)).isEqualTo(100);
        assertThat(AutotaskCallMinimum.pages(0, 500)).isEqualTo(1);
    }

    @Test
    void shouldReadPeaksAndFullCollectionsWhenTheGcLogHasG1Pauses() throws IOException {
        Path log = dir.resolve("gc.log");
        Files.write(log, List.of(
                "[2026-11-27T04:25:15.204+0000][0.009s][info][gc] Using G1",
                "[2026-11-27T04:25:15.636+0000][0.441s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause)"
                        + " 18M->2M(380M) 2.565ms",
                "[2026-11-27T04:25:16.000+0000][0.800s][info][gc] GC(1) Concurrent Mark Cycle 12.000ms",
                "[2026-11-27T04:25:17.133+0000][1.784s][info][gc] GC(2) Pause Full (G1 Compaction Pause)"
                        + " 507M->119M(407M) 134.147ms",
                "[2026-11-27T04:25:18.133+0000][2.784s][info][gc] GC(3) Pause Remark 1G->300M(512M) 1.000ms"));

        GcLog all = GcLog.read(log);
        GcLog late = GcLog.read(log, Instant.parse("2026-11-27T04:25:16Z"), Instant.parse("2026-11-27T04:25:17.5Z"));

        assertThat(all).isEqualTo(new GcLog(1024, 300, 512, 3, 1, 2.565 + 134.147 + 1.0));
        assertThat(late.pauses()).isEqualTo(1);
        assertThat(late.peakBeforeMb()).isEqualTo(507);
    }

    @Test
    void shouldNameTheFirstRequestWhenAMessageSetHoldsSeveral() {
        String messageSet = "<?xml version=\"1.0\"?><?qbxml version=\"13.0\"?><QBXML><QBXMLMsgsRq onError=\"stopOnError\">"
                + "<InventoryAdjustmentAddRq requestID=\"1\"/><ItemInventoryAddRq requestID=\"2\"/>"
                + "</QBXMLMsgsRq></QBXML>";

        assertThat(QbwcBreakdown.kind(messageSet)).isEqualTo("InventoryAdjustmentAddRq");
        assertThat(QbwcBreakdown.kind("<QBXML><QBXMLMsgsRq/></QBXML>")).isEqualTo("other");
    }

    @Test
    void shouldRefuseAMessageSetWhenItHasADoctype() {
        String withDoctype = "<?xml version=\"1.0\"?><!DOCTYPE QBXML [<!ENTITY x \"y\">]><QBXML><QBXMLMsgsRq>"
                + "<ItemQueryRq/></QBXMLMsgsRq></QBXML>";

        assertThatThrownBy(() -> QbwcBreakdown.kind(withDoctype))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void shouldFindEachPhaseOnceWhenTheServiceLogHasThem() throws IOException {
        Path log = dir.resolve("service.log");
        Files.write(log, List.of(
                "2026-11-27T04:14:45.607Z  INFO 1332 --- [atqb-sync] [exec-4] io.atqb.sync.InventorySyncArming : Inventory"
                        + " sync run 1 armed for connector 'Bench company' (ADMIN_API); loading the Autotask snapshot",
                "\tat some.stack.Frame(Frame.java:1) armed for connector",
                "2026-11-27T04:14:51.993Z  INFO 1332 --- [atqb-sync] [Multicast] io.atqb.autotask : Autotask snapshot"
                        + " complete: 20 locations",
                "2026-11-27T04:14:58.171Z  INFO 1332 --- [atqb-sync] [Multicast] io.atqb.sync : Inventory sync run 1 is"
                        + " planned: 50000 inventory products",
                "2026-11-27T04:16:19.960Z  INFO 1332 --- [atqb-sync] [exec-1] io.atqb.sync.InventorySyncJobHandler :"
                        + " Inventory sync run 1 for connector 'Bench company' complete. Inventory sync: 1 adjusted"));

        assertThat(ServiceLogPhases.read(log)).containsExactly(
                Map.entry("armed", Instant.parse("2026-11-27T04:14:45.607Z")),
                Map.entry("snapshot", Instant.parse("2026-11-27T04:14:51.993Z")),
                Map.entry("planned", Instant.parse("2026-11-27T04:14:58.171Z")),
                Map.entry("complete", Instant.parse("2026-11-27T04:16:19.960Z")));
    }

    @Test
    void shouldCountTheTestThreadsWorkInTheProcessAndNotInTheService() {
        CpuClock clock = CpuClock.start();
        long sum = 0;
        long until = System.nanoTime() + 200_000_000L;
        while (System.nanoTime() < until) {
            sum += Long.numberOfTrailingZeros(sum + 2) + 1;
        }
        CpuClock.Used used = clock.stop();

        assertThat(sum).isPositive();
        assertThat(used.testThreadSeconds()).isGreaterThan(0.05);
        assertThat(used.processSeconds()).isGreaterThanOrEqualTo(used.testThreadSeconds() - 0.02);
        assertThat(used.serviceThreadSeconds()).isLessThan(used.testThreadSeconds());
        assertThat(used.serviceSecondsByKind().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(used.serviceThreadSeconds(), within(1e-6));
        assertThat(new CpuClock.Used(1.0, 1.5, 0.0, Map.of()).processLessTestThreadSeconds()).isZero();
        assertThat(new CpuClock.Used(3.0, 1.0, 0.5, Map.of()).processLessTestThreadSeconds()).isEqualTo(2.0);
        assertThat(CpuClock.kind("http-nio-127.0.0.1-auto-1-exec-12")).isEqualTo("http-nio-#.#.#.#-auto-#-exec-#");
        assertThat(CpuClock.kind("transfer-write-back")).isEqualTo("transfer-write-back");
        assertThat(CpuClock.isSimulation("sandbox-autotask-3")).isTrue();
        assertThat(CpuClock.isSimulation("HTTP-Dispatcher")).isTrue();
        assertThat(CpuClock.isSimulation("HttpClient-3-SelectorManager")).isTrue();
        assertThat(CpuClock.isSimulation("HttpClient-3-Worker-0")).isTrue();
        assertThat(CpuClock.isSimulation("http-nio-127.0.0.1-auto-1-exec-2")).isFalse();
    }

    @Test
    void shouldReadTheLocationsOfASizeWhenTheSizeNamesThem() {
        BenchSize million = BenchSize.parse(" 1_000_000@8 ");

        assertThat(million.inventoryRows()).isEqualTo(1_000_000);
        assertThat(million.products()).isEqualTo(125_000);
        assertThat(million.locations()).isEqualTo(8);
        assertThat(million.label()).isEqualTo("rows-1000000-locations-8");
        assertThat(BenchSize.parse("400000").locations()).isEqualTo(BenchSize.LOCATIONS);
        assertThat(BenchSize.parse("400000").label()).isEqualTo("rows-400000");
    }

    @Test
    void shouldRefuseASizeWithFewerLocationsThanRowsPerProductOrAMalformedOne() {
        assertThat(BenchSize.parse("800@8").locations()).isEqualTo(8);
        assertThatThrownBy(() -> BenchSize.parse("800@7")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 8 locations");
        for (String malformed : List.of("800@", "@8", "800@8@8", "")) {
            assertThatThrownBy(() -> BenchSize.parse(malformed)).as(malformed)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void shouldReadTheSparseShapeAsIssue15sFiftyThousandProductTenant() {
        BenchSize sparse = BenchSize.parse("100_000:sparse");

        assertThat(sparse.products()).isEqualTo(50_000);
        assertThat(sparse.locations()).isEqualTo(BenchSize.LOCATIONS);
        assertThat(sparse.shape()).isEqualTo(BenchSize.Shape.SPARSE);
        assertThat(sparse.issue5Tenant()).isFalse();
        assertThat(sparse.label()).isEqualTo("rows-100000-sparse");
        assertThat(sparse.title()).isEqualTo("100,000 rows (sparse: 2 per product)");
        assertThat(BenchSize.parse("800@8:SPARSE").label()).isEqualTo("rows-800-locations-8-sparse");
        assertThat(BenchSize.parse("400000:standard")).isEqualTo(BenchSize.parse("400000"));
        assertThat(BenchSize.parse("400000").issue5Tenant()).isTrue();
        assertThat(BenchSize.parse("1000000@8").issue5Tenant()).isFalse();
        assertThat(BenchSize.parse("1000000@8").title()).isEqualTo("1,000,000 rows over 8 locations");
        assertThat(sparse.rowsCell()).isEqualTo("100,000 (sparse: 2 per product)");
        assertThat(BenchSize.parse("1000000@8").rowsCell()).isEqualTo("1,000,000 over 8 locations");
        assertThat(BenchSize.parse("400000").rowsCell()).isEqualTo("400,000");
    }

    @Test
    void shouldRefuseAnUnknownShapeOrTooFewLocationsForItsRowsPerProduct() {
        assertThatThrownBy(() -> BenchSize.parse("1000:dense")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown tenant shape 'dense'");
        assertThatThrownBy(() -> BenchSize.parse("1000:sparse:sparse")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchSize.parse("1000:")).isInstanceOf(IllegalArgumentException.class);
        assertThat(BenchSize.parse("1000@2:sparse").products()).isEqualTo(500);
        assertThatThrownBy(() -> BenchSize.parse("1000@1:sparse")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 2 locations");
    }

    @Test
    void shouldPickExactlyTheShareOfEachBlockAndItsLastIndex() {
        assertThat(IntStream.range(0, 25).filter(i -> BenchSize.Shape.picks(i, 11, 25)).count()).isEqualTo(11);
        assertThat(IntStream.range(0, 24).filter(i -> BenchSize.Shape.picks(i, 11, 25)).count()).isEqualTo(10);
        assertThat(BenchSize.Shape.picks(24, 11, 25)).isTrue();
        assertThat(BenchSize.Shape.picks(0, 11, 25)).isFalse();
        assertThat(IntStream.range(0, 50_000).filter(BenchSize.Shape.SPARSE::toCreate).count()).isEqualTo(22_000);
        assertThat(IntStream.range(0, 28_000).filter(BenchSize.Shape.SPARSE::toAdjust).count()).isEqualTo(15_000);
        assertThat(IntStream.range(0, 50).filter(BenchSize.Shape.STANDARD::toCreate).toArray())
                .containsExactly(IntStream.range(0, 50).filter(i -> i % 5 == 4).toArray());
        assertThat(IntStream.range(0, 10).filter(BenchSize.Shape.STANDARD::toAdjust).toArray())
                .containsExactly(1, 3, 5, 7, 9);
        assertThat(BenchSize.Shape.picks(Integer.MAX_VALUE - 1, 15, 28)).isEqualTo(
                (Integer.MAX_VALUE * 15L) / 28 > ((Integer.MAX_VALUE - 1L) * 15) / 28);
    }

    @Test
    void shouldSeedQuickBooksWithTheSharesOfTheTenantsShape() {
        BenchTenant tenant = BenchTenant.generate(BenchSize.parse("1000:sparse"), Instant.parse("2026-01-01T00:00:00Z"));
        SandboxCompanyFile company = SandboxCompanyFile.withStandardAccounts("Seed");

        SyncExpectations expected = SyncExpectations.seed(tenant, company);

        assertThat(tenant.targets()).hasSize(500);
        assertThat(expected.created()).isEqualTo(220);
        assertThat(expected.quickbooksItems()).isEqualTo(280);
        assertThat(expected.adjusted()).isEqualTo(150);
        assertThat(expected.unchanged()).isEqualTo(130);
        assertThat(company.items()).hasSize(280);
        long atTarget = tenant.targets().entrySet().stream().filter(target -> company.items().stream()
                .anyMatch(item -> item.name().equals(tenant.productNames().get(target.getKey()))
                        && item.quantityOnHand().compareTo(BigDecimal.valueOf(target.getValue())) == 0))
                .count();
        assertThat(atTarget).isEqualTo(130);
    }

    @Test
    void shouldTakeTheLiveBytesFromTheHistogramsTotalLine() {
        String histogram = """
                12345:
                 num     #instances         #bytes  class name (module)
                -------------------------------------------------------
                   1:        120000       98765432  [B (java.base@17)
                   2:          4000         128000  java.lang.String (java.base@17)
                Total        650123      157286400
                """;

        assertThat(LiveSet.totalBytes(histogram)).isEqualTo(157_286_400L);
        assertThat(LiveSet.mb(157_286_400L)).isEqualTo(150);
        assertThat(LiveSet.totalBytes("12345:\ncom.sun.tools.attach.AttachNotSupportedException")).isEqualTo(-1);
        assertThat(LiveSet.mb(-1)).isEqualTo(-1);
    }

    @Test
    void shouldMeasureThisJvmsOwnLiveSet() {
        long live = LiveSet.of(ProcessHandle.current().pid(), dir.resolve("histogram.txt"));

        assertThat(live).isPositive().isLessThan(Runtime.getRuntime().totalMemory() + 1);
    }
}
