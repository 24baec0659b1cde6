package io.atqb.autotask;

import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.DOCK;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.ESPRESSO;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.MAIN_WAREHOUSE;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.MOUSE_INACTIVE;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.OLD_DEPOT;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.SERVICE_VAN;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.TONER;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.TRANSFERRED_PO;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.TRANSFER_TIME;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.WIDGET_KIT;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.transferredPurchaseOrders;
import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.sandbox.autotask.SandboxAutotaskSyntheticTenant;
import io.atqb.sandbox.autotask.SandboxFault;
import io.atqb.sandbox.autotask.SandboxRecordedRequest;
import io.atqb.sandbox.autotask.SandboxStats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AutotaskSnapshotRouteTest extends AutotaskConfiguredZoneTestSupport {

    private static final int PAGE = 500;
    private static final int LOOKUP_BATCH = 200;
    private static final Instant TRANSFER = Instant.parse("2026-02-01T08:30:00Z");
    private static final List<String> ENTITIES = List.of("ThresholdInformation", "InventoryLocations", "Products",
            "InventoryItems", "PurchaseOrders", "PurchaseOrderItems", "PurchaseOrderItemReceiving");

    @Autowired
    CamelContext camelContext;

    @Autowired
    ProducerTemplate producer;

    /** Calls keyset paging needs for an unbounded query: full pages, then the short (possibly empty) last one. */
    private static int keysetCalls(int rows) {
        return rows / PAGE + 1;
    }

    private static int batches(int values, int batchSize) {
        return (values + batchSize - 1) / batchSize;
    }

    @Test
    void shouldLoadEveryAutotaskRouteWhenTheServiceStarts() {
        for (String id : List.of(AutotaskRouteIds.SNAPSHOT,
                AutotaskRouteIds.CHECK_THRESHOLD, AutotaskRouteIds.PULL_LOCATIONS, AutotaskRouteIds.PULL_PRODUCTS,
                AutotaskRouteIds.PULL_ON_HAND, AutotaskRouteIds.PULL_LEDGER_RECEIPTS, AutotaskRouteIds.QUERY_PAGES,
                AutotaskRouteIds.CALL, AutotaskRouteIds.DISCOVER_ZONE)) {
            assertThat(camelContext.getRoute(id)).as(id).isNotNull();
        }
    }

    @Test
    void shouldPullTheDemoTenantWhenAutotaskAnswersNormally() {
        AutotaskSnapshot snapshot = autotask.pull(new SnapshotRequest(transferredPurchaseOrders()));

        assertThat(snapshot.locations()).hasSize(4);
        assertThat(snapshot.location(OLD_DEPOT)).hasValueSatisfying(l -> assertThat(l.active()).isFalse());
        assertThat(snapshot.products()).hasSize(12).extracting(AutotaskProduct::name)
                .contains("Widget & Gadget Kit", "Cable <Cat6> 3m", "Monitor 27\" 4K UHD", "O'Brien's Rack Shelf",
                        "Café Espresso Maschine Größe L", "Dell Latitude 5540 Laptop i7 16GB RAM Silver",
                        "DELL LATITUDE 5540 LAPTOP I7 16GB - Black Edition");
        assertThat(snapshot.product(MOUSE_INACTIVE)).hasValueSatisfying(p -> assertThat(p.active()).isFalse());
        assertThat(snapshot.onHandByLocation(WIDGET_KIT))
                .containsExactly(Map.entry(MAIN_WAREHOUSE, 25L), Map.entry(SERVICE_VAN, 3L), Map.entry(OLD_DEPOT, 2L));
        assertThat(snapshot.totalOnHand(WIDGET_KIT)).isEqualTo(30);
        assertThat(snapshot.totalOnHand(ESPRESSO)).isEqualTo(7);
        assertThat(snapshot.totalOnHand(MOUSE_INACTIVE)).isEqualTo(9);
        assertThat(snapshot.totalOnHand(TONER)).isZero();
        assertThat(snapshot.inventorySource()).isEqualTo(InventorySource.InventoryItems);
        assertThat(snapshot.transferredPurchaseOrders()).containsEntry(TRANSFERRED_PO, TRANSFER_TIME);
        assertThat(snapshot.ledgerReceipts()).containsExactly(
                new LedgerReceipt(6002, TRANSFERRED_PO, "PO-1001", 4001, WIDGET_KIT, MAIN_WAREHOUSE, 4,
                        Instant.parse("2026-03-03T14:30:00Z")),
                new LedgerReceipt(6003, TRANSFERRED_PO, "PO-1001", 4002, ESPRESSO, MAIN_WAREHOUSE, 5,
                        Instant.parse("2026-03-04T08:00:00Z")),
                new LedgerReceipt(6004, TRANSFERRED_PO, "PO-1001", 4002, ESPRESSO, MAIN_WAREHOUSE, -2,
                        Instant.parse("2026-03-05T16:45:00Z")));
        assertThat(snapshot.statistics().calls()).isEqualTo(7).isEqualTo((int) SANDBOX.stats().totalCalls());
        assertThat(snapshot.statistics().budgetUsed()).isEqualTo(1);
        assertThat(snapshot.statistics().rows("InventoryItems")).isEqualTo(20);
    }

    @Test
    void shouldPageAcrossManyPagesWithTheMinimumNumberOfCalls() {
        int products = 1234;
        int locations = 5;
        int rows = 6001;
        int purchaseOrders = 3;
        int receiptsAfterTransfer = 700;
        SandboxAutotaskSyntheticTenant.Generated tenant = new SandboxAutotaskSyntheticTenant(products, locations, rows,
                purchaseOrders, receiptsAfterTransfer, TRANSFER).generate();
        SANDBOX.replaceTenant(tenant.tenant());

        AutotaskSnapshot snapshot = autotask.pull(new SnapshotRequest(tenant.transferredPurchaseOrders()));

        int purchaseOrderItems = purchaseOrders * 2;
        Map<String, Integer> minimum = Map.of(
                "ThresholdInformation", 1,
                "InventoryLocations", keysetCalls(locations),
                "Products", keysetCalls(products),
                "InventoryItems", keysetCalls(rows),
                "PurchaseOrders", batches(purchaseOrders, LOOKUP_BATCH),
                "PurchaseOrderItems", keysetCalls(purchaseOrderItems),
                "PurchaseOrderItemReceiving", keysetCalls(receiptsAfterTransfer));
        int minimumTotal = minimum.values().stream().mapToInt(Integer::intValue).sum();
        // 1 + 1 + 3 + 13 + 1 + 1 + 2 = 22 calls
        assertThat(SANDBOX.stats().totalCalls()).isEqualTo(minimumTotal);
        assertThat(snapshot.statistics().calls()).isEqualTo(minimumTotal);
        for (String entity : ENTITIES) {
            assertThat(SANDBOX.stats().calls(entity)).as(entity).isEqualTo(minimum.get(entity).longValue());
            assertThat(snapshot.statistics().calls(entity)).as(entity).isEqualTo(minimum.get(entity));
        }
        assertThat(snapshot.statistics().rows("InventoryItems")).isEqualTo(rows);
        assertThat(snapshot.statistics().duplicateRowsSkipped()).isZero();
        assertThat(snapshot.products()).hasSize(products);
        assertThat(snapshot.onHandEntryCount()).isEqualTo(rows);
        assertThat(snapshot.ledgerReceipts()).hasSize(receiptsAfterTransfer);
        assertOnHandMatchesTheGenerator(snapshot, products, locations, rows);
    }

    private static void assertOnHandMatchesTheGenerator(AutotaskSnapshot snapshot, int products, int locations,
            int rows) {
        Map<Long, Long> expected = new HashMap<>();
        for (int r = 0; r < rows; r++) {
            expected.merge(SandboxAutotaskSyntheticTenant.PRODUCT_ID_BASE + r % products,
                    (long) SandboxAutotaskSyntheticTenant.quantityOfRow(r), Long::sum);
        }
        for (AutotaskProduct product : snapshot.products()) {
            assertThat(snapshot.totalOnHand(product.id())).as("product %d", product.id())
                    .isEqualTo(expected.getOrDefault(product.id(), 0L));
        }
        long first = SandboxAutotaskSyntheticTenant.PRODUCT_ID_BASE;
        assertThat(snapshot.onHandByLocation(first)).hasSize(Math.min(locations, (rows + products - 1) / products));
    }

    @Test
    void shouldStreamFourHundredThousandRowsWithTheMinimumNumberOfCalls() {
        int products = 50_000;
        int rows = 400_000;
        SANDBOX.replaceTenant(new SandboxAutotaskSyntheticTenant(products, 8, rows, 0, 0, TRANSFER).generate()
                .tenant());

        AutotaskSnapshot snapshot = autotask.pull(SnapshotRequest.withoutLedger());

        assertThat(SANDBOX.stats().calls("InventoryItems")).isEqualTo(keysetCalls(rows)).isEqualTo(801);
        assertThat(SANDBOX.stats().totalCalls()).isEqualTo(1 + keysetCalls(8) + keysetCalls(products)
                + keysetCalls(rows));
        assertThat(snapshot.statistics().rows("InventoryItems")).isEqualTo(rows);
        assertThat(snapshot.onHandEntryCount()).isEqualTo(rows);
        assertOnHandMatchesTheGenerator(snapshot, products, 8, rows);
    }

    @Test
    void shouldNeedOneExtraCallWhenARowCountIsAnExactMultipleOfThePageSize() {
        SANDBOX.replaceTenant(new SandboxAutotaskSyntheticTenant(1000, 2, 500, 0, 0, TRANSFER).generate().tenant());

        AutotaskSnapshot snapshot = autotask.pull(SnapshotRequest.withoutLedger());

        assertThat(SANDBOX.stats().calls("Products")).isEqualTo(keysetCalls(1000)).isEqualTo(3);
        assertThat(SANDBOX.stats().calls("InventoryItems")).isEqualTo(keysetCalls(500)).isEqualTo(2);
        assertThat(SANDBOX.stats().calls("PurchaseOrders")).isZero();
        assertThat(SANDBOX.stats().calls("PurchaseOrderItemReceiving")).isZero();
        assertThat(snapshot.products()).hasSize(1000);
    }

    @Test
    void shouldLookUpLedgerRecordsInBoundedBatchesWhenManyPurchaseOrdersWereTransferred() {
        int purchaseOrders = 450;
        int items = purchaseOrders * 2;
        int receiptsAfterTransfer = 1000;
        SandboxAutotaskSyntheticTenant.Generated tenant = new SandboxAutotaskSyntheticTenant(100, 2, 0,
                purchaseOrders, receiptsAfterTransfer, TRANSFER).generate();
        SANDBOX.replaceTenant(tenant.tenant());

        AutotaskSnapshot snapshot = autotask.pull(new SnapshotRequest(tenant.transferredPurchaseOrders()));

        // every batch of 200 POs has at most 400 lines and every batch of 200 lines at most 300 receipts after the
        // transfer, so each batch is one short page
        assertThat(SANDBOX.stats().calls("PurchaseOrders")).isEqualTo(batches(purchaseOrders, LOOKUP_BATCH));
        assertThat(SANDBOX.stats().calls("PurchaseOrderItems")).isEqualTo(batches(purchaseOrders, LOOKUP_BATCH));
        assertThat(SANDBOX.stats().calls("PurchaseOrderItemReceiving")).isEqualTo(batches(items, LOOKUP_BATCH));
        assertThat(SANDBOX.stats().totalCalls()).isEqualTo(1 + 1 + 1 + 1 + 3 + 3 + 5);
        assertThat(snapshot.ledgerReceipts()).hasSize(receiptsAfterTransfer);
        assertThat(snapshot.ledgerReceipts()).allSatisfy(r -> assertThat(r.receiveDate()).isAfter(TRANSFER));
        assertThat(snapshot.missingLedgerPurchaseOrders()).isEmpty();
    }

    @Test
    void shouldSkipRepeatedRowsWhenAutotaskRepeatsThePagingBoundary() {
        int products = 400;
        int rows = 1600;
        SANDBOX.replaceTenant(new SandboxAutotaskSyntheticTenant(products, 4, rows, 0, 0, TRANSFER).generate()
                .tenant());
        SANDBOX.injectFault(SandboxFault.duplicateBoundaryRow().forEntity("InventoryItems").afterCalls(1).times(3));

        AutotaskSnapshot snapshot = autotask.pull(SnapshotRequest.withoutLedger());

        assertThat(snapshot.statistics().duplicateRowsSkipped()).isEqualTo(3);
        assertThat(snapshot.statistics().rows("InventoryItems")).isEqualTo(rows);
        assertThat(snapshot.onHandEntryCount()).isEqualTo(rows);
        assertOnHandMatchesTheGenerator(snapshot, products, 4, rows);
    }

    @Test
    void shouldMakeNoLedgerCallsWhenNoPurchaseOrderWasTransferred() {
        AutotaskSnapshot snapshot = autotask.pull(SnapshotRequest.withoutLedger());

        assertThat(snapshot.ledgerReceipts()).isEmpty();
        assertThat(SANDBOX.stats().calls("PurchaseOrders") + SANDBOX.stats().calls("PurchaseOrderItems")
                + SANDBOX.stats().calls("PurchaseOrderItemReceiving")).isZero();
        assertThat(SANDBOX.stats().totalCalls()).isEqualTo(4);
    }

    @Test
    void shouldRefuseToStartWhenTooMuchOfTheHourlyBudgetIsUsed() {
        SANDBOX.setCurrentTimeframeRequestCount(8_500);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> autotask.pull(SnapshotRequest.withoutLedger()))
                .isInstanceOf(AutotaskException.class)
                .hasMessageContaining("Autotask API budget too far used: used 8501 of 10000 requests")
                .hasMessageContaining("80 %");

        assertThat(SANDBOX.stats().totalCalls()).isEqualTo(1);
        assertThat(SANDBOX.stats().calls("ThresholdInformation")).isEqualTo(1);
    }

    @Test
    void shouldStartWhenTheBudgetIsUsedUpToTheConfiguredShare() {
        SANDBOX.setCurrentTimeframeRequestCount(7_999);

        AutotaskSnapshot snapshot = autotask.pull(SnapshotRequest.withoutLedger());

        assertThat(snapshot.statistics().budgetUsed()).isEqualTo(8_000);
        assertThat(snapshot.statistics().budgetLimit()).isEqualTo(10_000);
    }

    @Test
    void shouldNotLetInboundHttpHeadersReachAutotaskWhenTheCallerCameOverHttp() {
        Map<String, Object> inbound = new HashMap<>();
        inbound.put("CamelHttpPath", "/hijacked");
        inbound.put("CamelHttpQuery", "injected=1");
        inbound.put("CamelHttpRawQuery", "raw=1");
        inbound.put("CamelHttpUri", "http://127.0.0.1:1/evil");
        inbound.put("CamelHttpMethod", "DELETE");
        inbound.put("Authorization", "Basic YWRtaW46YWRtaW4=");
        inbound.put("X-Forwarded-For", "10.0.0.1");

        Object result = producer.requestBodyAndHeaders(AutotaskRouteIds.SNAPSHOT_ENDPOINT,
                new SnapshotRequest(transferredPurchaseOrders()), inbound);

        assertThat(result).isInstanceOf(AutotaskSnapshot.class);
        List<SandboxRecordedRequest> requests = SANDBOX.stats().requests();
        assertThat(requests).hasSize(7).allSatisfy(request -> {
            assertThat(request.path()).startsWith("/ATServicesRest/V1.0/");
            assertThat(request.rawQuery()).isNull();
            assertThat(request.method()).isIn("GET", "POST");
            assertThat(request.status()).isEqualTo(200);
            assertThat(request.headerNames()).doesNotContain("authorization", "x-forwarded-for", "camelhttppath",
                    "camelhttpuri", "camelhttpmethod");
            assertThat(request.headerNames()).contains("username", "secret", "apiintegrationcode");
        });
    }

    @Test
    void shouldPullEntitiesInParallelButNeverPagesOfOneEntity() {
        SANDBOX.replaceTenant(new SandboxAutotaskSyntheticTenant(1600, 3, 2400, 0, 0, TRANSFER).generate().tenant());
        SANDBOX.injectFault(SandboxFault.slow(Duration.ofMillis(25)).times(1_000));

        autotask.pull(SnapshotRequest.withoutLedger());

        SandboxStats stats = SANDBOX.stats();
        for (String entity : ENTITIES) {
            assertThat(stats.highestConcurrency(entity)).as(entity).isLessThanOrEqualTo(1);
        }
        assertThat(stats.calls("Products")).isEqualTo(4);
        assertThat(stats.highestConcurrencyOverall()).isGreaterThan(1);
    }

    @Test
    void shouldKeepConcurrentCallsPerEntityWithinTheCapWhenPullsRunInParallel() throws Exception {
        SANDBOX.injectFault(SandboxFault.slow(Duration.ofMillis(40)).times(1_000));
        int pulls = 5;
        ExecutorService callers = Executors.newFixedThreadPool(pulls);
        try {
            CyclicBarrier start = new CyclicBarrier(pulls);
            List<Future<AutotaskSnapshot>> results = new ArrayList<>();
            for (int i = 0; i < pulls; i++) {
                results.add(callers.submit(() -> {
                    start.await(5, TimeUnit.SECONDS);
                    return autotask.pull(new SnapshotRequest(transferredPurchaseOrders()));
                }));
            }
            for (Future<AutotaskSnapshot> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS).totalOnHand(DOCK)).isEqualTo(18);
            }
        } finally {
            callers.shutdownNow();
        }

        SandboxStats stats = SANDBOX.stats();
        int highest = 0;
        for (String entity : ENTITIES) {
            assertThat(stats.highestConcurrency(entity)).as(entity).isLessThanOrEqualTo(2);
            highest = Math.max(highest, stats.highestConcurrency(entity));
        }
        assertThat(highest).as("the cap was reached").isEqualTo(2);
        assertThat(stats.highestConcurrencyOverall()).isGreaterThan(2);
        assertThat(stats.totalCalls()).isEqualTo(pulls * 7L);
    }
}
