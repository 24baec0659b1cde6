package io.atqb.autotask;

import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.CANCELED_PO;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.DOCK;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.ESPRESSO;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.LONG_NUMBER_PO;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.NEW_PO;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.OPEN_PO;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.PARTIAL_PO;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.SUBMITTED_PO;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.TRANSFERRED_PO;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.VENDOR_INGRAM;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.VENDOR_LONG_NAME;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.WIDGET_KIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atqb.TestClock;
import io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant;
import io.atqb.sandbox.autotask.SandboxAutotaskSyntheticTenant;
import io.atqb.sandbox.autotask.SandboxFault;
import io.atqb.sandbox.autotask.SandboxStats;
import io.atqb.sandbox.autotask.SandboxTenant;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** AutotaskPurchasing over the purchase-order routes against the sandbox Autotask over real HTTP. */
@Import(TestClock.Config.class)
class AutotaskPurchasingRouteTest extends AutotaskConfiguredZoneTestSupport {

    private static final Duration TTL = Duration.ofSeconds(60);

    @Autowired
    AutotaskPurchasing purchasing;

    @Autowired
    AutotaskPurchaseOrderStatuses statuses;

    @Autowired
    TestClock clock;

    @BeforeEach
    void readTheFieldInformationAgainAndLetKeptSearchesExpire() {
        statuses.forget();
        clock.advance(Duration.ofHours(1));
    }

    /** Reads the field information first, so faults injected afterwards hit the call under test only. */
    private void fieldInformationRead() {
        purchasing.purchaseOrder(TRANSFERRED_PO);
        calls().reset();
    }

    private static SandboxStats calls() {
        return SANDBOX.stats();
    }

    private static List<Long> ids(PurchaseOrderSearchResult result) {
        return result.purchaseOrders().stream().map(AutotaskPurchaseOrder::id).toList();
    }

    private static PurchaseOrderCriteria status(PurchaseOrderStatus status) {
        return new PurchaseOrderCriteria(null, null, status, null);
    }

    // ---- one PO ----

    @Test
    void shouldReadOnePurchaseOrderWithVendorNameStatusAndShipToWithOneGetEach() {
        AutotaskPurchaseOrder po = purchasing.purchaseOrder(NEW_PO).orElseThrow();

        assertThat(po.purchaseOrderNumber()).isEqualTo("PO-1004");
        assertThat(po.status()).isEqualTo(PurchaseOrderStatus.NEW);
        assertThat(po.vendorName()).isEqualTo("TD SYNNEX & Partners");
        assertThat(po.submitDateTime()).isNull();
        assertThat(po.createDateTime()).isEqualTo(Instant.parse("2026-02-10T09:00:00Z"));
        assertThat(po.generalMemo()).isEqualTo("Rush order – deliver to loading dock B");
        assertThat(po.shipTo()).isEqualTo(new ShipTo("Acme MSP Warehouse", "12 Harbour Road", null, "Springfield",
                "IL", "62701"));
        assertThat(calls().calls("PurchaseOrders", "get")).isEqualTo(1);
        assertThat(calls().calls("PurchaseOrders", "fields")).isEqualTo(1);
        assertThat(calls().calls("Companies", "get")).isEqualTo(1);
        assertThat(calls().calls("ThresholdInformation")).isZero();
    }

    @Test
    void shouldReadTheFieldInformationOnceAndKeepItForLaterReads() {
        purchasing.purchaseOrder(NEW_PO);
        purchasing.purchaseOrder(SUBMITTED_PO);
        purchasing.transferData(List.of(OPEN_PO));

        assertThat(calls().calls("PurchaseOrders", "fields")).isEqualTo(1);
    }

    @Test
    void shouldAnswerEmptyWithoutReadingAVendorWhenThePurchaseOrderDoesNotExist() {
        assertThat(purchasing.purchaseOrder(987_654)).isEmpty();

        assertThat(calls().calls("Companies")).isZero();
    }

    // ---- status from the picklist labels ----

    @Test
    void shouldMapEveryDemoStatusByItsPicklistLabel() {
        assertThat(ids(purchasing.search(status(PurchaseOrderStatus.NEW)))).containsExactly(NEW_PO);
        assertThat(ids(purchasing.search(status(PurchaseOrderStatus.SUBMITTED)))).containsExactly(SUBMITTED_PO);
        assertThat(ids(purchasing.search(status(PurchaseOrderStatus.RECEIVED_PARTIAL))))
                .containsExactly(TRANSFERRED_PO, PARTIAL_PO);
        assertThat(ids(purchasing.search(status(PurchaseOrderStatus.RECEIVED_FULL))))
                .containsExactly(OPEN_PO, LONG_NUMBER_PO);
        assertThat(ids(purchasing.search(status(PurchaseOrderStatus.CANCELED)))).containsExactly(CANCELED_PO);
        assertThat(purchasing.search(status(PurchaseOrderStatus.RECEIVED_FULL)).purchaseOrders())
                .allMatch(po -> po.status() == PurchaseOrderStatus.RECEIVED_FULL);
    }

    @Test
    void shouldMapByLabelWhenTheTenantNumbersTheStatusesDifferently() {
        SANDBOX.replaceTenant(SandboxTenant.builder()
                .picklist("PurchaseOrders", "status", Map.of(11, "Canceled", 12, "New", 13, "Received Full"))
                .vendor(9001, "Ingram Micro Inc.")
                .purchaseOrder(1, "A", 11).purchaseOrder(2, "B", 12).purchaseOrder(3, "C", 13)
                .build());

        assertThat(purchasing.search(PurchaseOrderCriteria.any()).purchaseOrders())
                .extracting(AutotaskPurchaseOrder::status)
                .containsExactly(PurchaseOrderStatus.CANCELED, PurchaseOrderStatus.NEW,
                        PurchaseOrderStatus.RECEIVED_FULL);
        assertThat(ids(purchasing.search(status(PurchaseOrderStatus.NEW)))).containsExactly(2L);
        assertThat(ids(purchasing.search(status(PurchaseOrderStatus.SUBMITTED)))).isEmpty();
        assertThat(calls().calls("PurchaseOrders", "query")).isEqualTo(2);
    }

    @Test
    void shouldReadAStatusWithAnUnknownLabelAsUnknownAndFindItBySearchingForUnknown() {
        SANDBOX.setPicklistLabel("PurchaseOrders", "status", 9, "On Hold");
        SANDBOX.setField("PurchaseOrders", SUBMITTED_PO, "status", 9);

        assertThat(purchasing.purchaseOrder(SUBMITTED_PO).orElseThrow().status())
                .isEqualTo(PurchaseOrderStatus.UNKNOWN);
        assertThat(ids(purchasing.search(status(PurchaseOrderStatus.UNKNOWN)))).containsExactly(SUBMITTED_PO);
        assertThat(statuses.label(9L)).isEqualTo("On Hold");
    }

    @Test
    void shouldReadAStatusValueMissingFromThePicklistAsUnknown() {
        SANDBOX.setField("PurchaseOrders", NEW_PO, "status", 77);

        assertThat(purchasing.transferData(List.of(NEW_PO))).singleElement()
                .satisfies(d -> assertThat(d.purchaseOrder().status()).isEqualTo(PurchaseOrderStatus.UNKNOWN));
    }

    // ---- search ----

    @Test
    void shouldSearchByNumberPrefixVendorNameIdsAndTheirCombination() {
        assertThat(ids(purchasing.search(new PurchaseOrderCriteria("po-100", null, null, null))))
                .containsExactly(TRANSFERRED_PO, OPEN_PO, SUBMITTED_PO, NEW_PO, CANCELED_PO, PARTIAL_PO);
        assertThat(ids(purchasing.search(new PurchaseOrderCriteria("PO-1003", null, null, null))))
                .containsExactly(SUBMITTED_PO);
        assertThat(ids(purchasing.search(new PurchaseOrderCriteria(null, "INGRAM", null, null))))
                .containsExactly(TRANSFERRED_PO, OPEN_PO, SUBMITTED_PO);
        assertThat(ids(purchasing.search(new PurchaseOrderCriteria(null, null, null,
                List.of(PARTIAL_PO, TRANSFERRED_PO, 424242L))))).containsExactly(TRANSFERRED_PO, PARTIAL_PO);
        assertThat(ids(purchasing.search(new PurchaseOrderCriteria("PO", "synnex", PurchaseOrderStatus.RECEIVED_FULL,
                null)))).containsExactly(LONG_NUMBER_PO);
    }

    @Test
    void shouldFillVendorNamesOfEverySearchResultInIdOrder() {
        PurchaseOrderSearchResult all = purchasing.search(PurchaseOrderCriteria.any());

        assertThat(ids(all)).isSorted().hasSize(7);
        assertThat(all.purchaseOrders()).allSatisfy(po -> assertThat(po.vendorName()).isNotBlank());
        assertThat(all.purchaseOrders()).filteredOn(po -> po.id() == PARTIAL_PO).singleElement()
                .satisfies(po -> assertThat(po.vendorName()).hasSizeGreaterThan(41));
        assertThat(calls().calls("Companies", "query")).isEqualTo(1);
        assertThat(all.fromCache()).isFalse();
        assertThat(all.readAt()).isEqualTo(clock.instant());
    }

    @Test
    void shouldNotQueryPurchaseOrdersWhenNoCompanyMatchesTheVendor() {
        assertThat(purchasing.search(new PurchaseOrderCriteria(null, "no such vendor", null, null))
                .purchaseOrders()).isEmpty();

        assertThat(calls().calls("Companies", "query")).isEqualTo(1);
        assertThat(calls().calls("PurchaseOrders", "query")).isZero();
    }

    @Test
    void shouldRefuseASearchWhenTheHourlyBudgetIsTooFarUsed() {
        SANDBOX.setCurrentTimeframeRequestCount(9_000);

        assertThatThrownBy(() -> purchasing.search(new PurchaseOrderCriteria("PO-9", null, null, null)))
                .isInstanceOf(AutotaskException.class).hasMessageContaining("budget");
        assertThat(calls().calls("PurchaseOrders", "query")).isZero();
    }

    // ---- search cache at the TTL edge ----

    @Test
    void shouldAnswerFromTheCacheOneMillisecondBeforeTheTtlEnds() {
        PurchaseOrderCriteria criteria = new PurchaseOrderCriteria("PO-100", null, null, null);
        PurchaseOrderSearchResult first = purchasing.search(criteria);
        long queries = calls().calls("PurchaseOrders", "query");
        SANDBOX.setField("PurchaseOrders", NEW_PO, "purchaseOrderNumber", "X-1004");

        clock.advance(TTL.minusMillis(1));
        PurchaseOrderSearchResult again = purchasing.search(criteria);

        assertThat(again.fromCache()).isTrue();
        assertThat(again.readAt()).isEqualTo(first.readAt());
        assertThat(again.purchaseOrders()).isEqualTo(first.purchaseOrders());
        assertThat(calls().calls("PurchaseOrders", "query")).isEqualTo(queries);
    }

    @Test
    void shouldReadAutotaskAgainExactlyWhenTheTtlEnds() {
        PurchaseOrderCriteria criteria = new PurchaseOrderCriteria("PO-100", null, null, null);
        PurchaseOrderSearchResult first = purchasing.search(criteria);
        SANDBOX.setField("PurchaseOrders", NEW_PO, "purchaseOrderNumber", "X-1004");

        clock.advance(TTL);
        PurchaseOrderSearchResult again = purchasing.search(criteria);

        assertThat(again.fromCache()).isFalse();
        assertThat(again.readAt()).isEqualTo(first.readAt().plus(TTL));
        assertThat(ids(again)).doesNotContain(NEW_PO).hasSize(ids(first).size() - 1);
    }

    @Test
    void shouldReadAutotaskAgainAfterTheTtlAndKeepTheNewReadFromThen() {
        PurchaseOrderCriteria criteria = new PurchaseOrderCriteria(null, null, PurchaseOrderStatus.NEW, null);
        purchasing.search(criteria);

        clock.advance(TTL.plusSeconds(5));
        PurchaseOrderSearchResult fresh = purchasing.search(criteria);
        clock.advance(Duration.ofSeconds(30));
        PurchaseOrderSearchResult cached = purchasing.search(criteria);

        assertThat(fresh.fromCache()).isFalse();
        assertThat(cached.fromCache()).isTrue();
        assertThat(cached.readAt()).isEqualTo(fresh.readAt());
        assertThat(calls().calls("PurchaseOrders", "query")).isEqualTo(2);
    }

    @Test
    void shouldKeepSearchesWithDifferentCriteriaApart() {
        purchasing.search(status(PurchaseOrderStatus.NEW));

        PurchaseOrderSearchResult other = purchasing.search(status(PurchaseOrderStatus.CANCELED));

        assertThat(other.fromCache()).isFalse();
        assertThat(ids(other)).containsExactly(CANCELED_PO);
    }

    // ---- transfer data ----

    @Test
    void shouldReadPurchaseOrdersLinesReceiptsVendorsAndProductsInTheOrderAsked() {
        List<PurchaseOrderDetail> details = purchasing.transferData(List.of(PARTIAL_PO, TRANSFERRED_PO, 555L,
                PARTIAL_PO));

        assertThat(details).extracting(d -> d.purchaseOrder().id()).containsExactly(PARTIAL_PO, TRANSFERRED_PO);
        PurchaseOrderDetail partial = details.get(0);
        assertThat(partial.vendor()).isEqualTo(new AutotaskVendor(VENDOR_LONG_NAME,
                "Müller Büro-Versand GmbH – Großhandel für Netzwerktechnik"));
        assertThat(partial.purchaseOrder().vendorName()).isEqualTo(partial.vendor().name());
        assertThat(partial.lines()).extracting(AutotaskPurchaseOrderLine::id).containsExactly(4009L, 4010L);
        assertThat(partial.lines().get(1).unitCost()).isEqualByComparingTo("129.5");
        assertThat(partial.receipts()).extracting(AutotaskReceipt::id, AutotaskReceipt::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6008L, 2),
                        org.assertj.core.groups.Tuple.tuple(6009L, 6), org.assertj.core.groups.Tuple.tuple(6010L, -1));
        assertThat(partial.products()).containsOnlyKeys(SandboxAutotaskDemoTenant.SWITCH_31, DOCK);
        PurchaseOrderDetail transferred = details.get(1);
        assertThat(transferred.vendor().id()).isEqualTo(VENDOR_INGRAM);
        assertThat(transferred.receipts()).extracting(AutotaskReceipt::id)
                .containsExactly(6001L, 6002L, 6003L, 6004L, 6006L);
        assertThat(transferred.products()).containsOnlyKeys(WIDGET_KIT, ESPRESSO, DOCK);
        assertThat(transferred.products().get(ESPRESSO).name()).isEqualTo("Café Espresso Maschine Größe L");
    }

    @Test
    void shouldReadEachEntityOnceForSmallTransfersAndNothingForNoIds() {
        purchasing.transferData(List.of(TRANSFERRED_PO, OPEN_PO, NEW_PO));

        for (String entity : List.of("PurchaseOrders", "PurchaseOrderItems", "PurchaseOrderItemReceiving",
                "Companies", "Products")) {
            assertThat(calls().calls(entity, "query")).as(entity).isEqualTo(1);
        }
        assertThat(calls().calls("ThresholdInformation")).isEqualTo(1);
        calls().reset();

        assertThat(purchasing.transferData(List.of())).isEmpty();
        assertThat(calls().totalCalls()).isZero();
    }

    @Test
    void shouldSeeReceiptsAndLineChangesMadeWhileTheServiceRuns() {
        purchasing.transferData(List.of(SUBMITTED_PO));
        SANDBOX.addReceiving(4005, 1, Instant.parse("2026-04-02T08:00:00Z"));
        long added = SANDBOX.addPurchaseOrderItem(SUBMITTED_PO, WIDGET_KIT, null, 3, new BigDecimal("19.99"));
        SANDBOX.setPurchaseOrderItemQuantity(4005, 5);

        PurchaseOrderDetail detail = purchasing.transferData(List.of(SUBMITTED_PO)).get(0);

        assertThat(detail.lines()).extracting(AutotaskPurchaseOrderLine::id, AutotaskPurchaseOrderLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4005L, 5),
                        org.assertj.core.groups.Tuple.tuple(added, 3));
        assertThat(detail.lines().get(1).locationId()).isNull();
        assertThat(detail.receipts()).singleElement().satisfies(r -> assertThat(r.quantity()).isEqualTo(1));
        assertThat(detail.products()).containsKey(WIDGET_KIT);
    }

    @Test
    void shouldReadTheBenchmarkTransferOfIssue10AtTheFullPageMinimumOfCallsPerEntity() {
        // 2,000 POs, 5,000 lines, 6,700 receipts, 40 vendors, 5,000 products: PurchaseOrders 4 pages (the id
        // batch is complete), lines 10 and products 10 (exact multiples of 500: the tenth page links no next page,
        // so no empty eleventh), receipts 14, vendors 1
        SANDBOX.replaceTenant(new SandboxAutotaskSyntheticTenant(6_000, 1, 6_000, 0, 0,
                Instant.parse("2026-03-01T00:00:00Z"))
                .generate(new SandboxAutotaskSyntheticTenant.PurchaseOrders(2_000, 5_000, 6_700, 40)).tenant());
        List<Long> ids = new java.util.ArrayList<>();
        for (long o = 0; o < 2_000; o++) {
            ids.add(SandboxAutotaskSyntheticTenant.TRANSFER_PURCHASE_ORDER_ID_BASE + o);
        }
        purchasing.purchaseOrder(ids.get(0));
        calls().reset();

        List<PurchaseOrderDetail> details = purchasing.transferData(ids);

        assertThat(details).hasSize(2_000);
        assertThat(details.stream().mapToInt(d -> d.lines().size()).sum()).isEqualTo(5_000);
        assertThat(details.stream().mapToInt(d -> d.receipts().size()).sum()).isEqualTo(6_700);
        assertThat(details.stream().mapToInt(d -> d.products().size()).sum()).isEqualTo(5_000);
        assertThat(details.stream().map(PurchaseOrderDetail::vendor).distinct()).hasSize(40);
        assertThat(calls().calls("PurchaseOrders", "query")).isEqualTo(4);
        assertThat(calls().calls("PurchaseOrderItems", "query")).isEqualTo(10);
        assertThat(calls().calls("PurchaseOrderItemReceiving", "query")).isEqualTo(14);
        assertThat(calls().calls("Companies", "query")).isEqualTo(1);
        assertThat(calls().calls("Products", "query")).isEqualTo(10);
        assertThat(calls().totalCalls()).as("plus the budget check").isEqualTo(4 + 10 + 14 + 1 + 10 + 1);
    }

    @Test
    void shouldRetryThrottledAndFailedPagesAndStillDeliverEveryRow() {
        SANDBOX.injectFault(SandboxFault.throttled("0").forEntity("PurchaseOrderItems"));
        SANDBOX.injectFault(SandboxFault.error(500, "Internal server error").forEntity("PurchaseOrderItemReceiving"));
        SANDBOX.injectFault(SandboxFault.threadThreshold(500).forEntity("Companies"));

        List<PurchaseOrderDetail> details = purchasing.transferData(List.of(TRANSFERRED_PO, PARTIAL_PO));

        assertThat(details).hasSize(2);
        assertThat(details.get(0).receipts()).hasSize(5);
        assertThat(details.get(1).vendor()).isNotNull();
        assertThat(calls().calls("PurchaseOrderItems", "query")).isEqualTo(2);
        assertThat(calls().calls("PurchaseOrderItemReceiving", "query")).isEqualTo(2);
        assertThat(calls().calls("Companies", "query")).isEqualTo(2);
        assertThat(SANDBOX.pendingFaults()).isZero();
    }

    @Test
    void shouldFailWithAnAutotaskExceptionWhenARefusalIsNotRetryable() {
        SANDBOX.injectFault(SandboxFault.error(500, "Unable to find quantity in the PurchaseOrderItem Entity.")
                .forEntity("PurchaseOrderItems"));

        assertThatThrownBy(() -> purchasing.transferData(List.of(TRANSFERRED_PO)))
                .isInstanceOf(AutotaskException.class).hasMessageContaining("Unable to find quantity");
        assertThat(calls().calls("PurchaseOrderItems", "query")).isEqualTo(1);
    }

    // ---- write-back ----

    @Test
    void shouldPatchOnlyTheExternalPoNumberWhenWritingBack() {
        WriteBackResult result = purchasing.writeExternalPoNumber(TRANSFERRED_PO, "4711");

        assertThat(result).isEqualTo(new WriteBackResult(true, null));
        assertThat(SANDBOX.purchaseOrderField(TRANSFERRED_PO, "externalPONumber")).isEqualTo("4711");
        assertThat(SANDBOX.writes()).singleElement()
                .satisfies(w -> assertThat(w.fields()).containsExactly(Map.entry("externalPONumber", "4711")));
        assertThat(purchasing.purchaseOrder(TRANSFERRED_PO).orElseThrow().externalPONumber()).isEqualTo("4711");
    }

    @Test
    void shouldAnswerNotWrittenWithAutotasksMessageAndNoRetryWhenThePatchIsRefused() {
        WriteBackResult result = purchasing.writeExternalPoNumber(424_242, "4711");

        assertThat(result.written()).isFalse();
        assertThat(result.message()).contains("424242");
        assertThat(calls().calls("PurchaseOrders", "update")).isEqualTo(1);
        assertThat(SANDBOX.writes()).isEmpty();
    }

    @Test
    void shouldAnswerNotWrittenWhenAutotaskRefusesThePatchWithAnyMessage() {
        fieldInformationRead();
        SANDBOX.injectFault(SandboxFault.error(500, "The logged in Resource does not have the adequate permissions")
                .forEntity("PurchaseOrders"));

        WriteBackResult result = purchasing.writeExternalPoNumber(TRANSFERRED_PO, "4711");

        assertThat(result).isEqualTo(new WriteBackResult(false,
                "The logged in Resource does not have the adequate permissions"));
        assertThat(SANDBOX.purchaseOrderField(TRANSFERRED_PO, "externalPONumber")).isNull();
    }

    @Test
    void shouldRetryAThrottledOrUnavailablePatchAndWriteOnce() {
        fieldInformationRead();
        SANDBOX.injectFault(SandboxFault.throttled("0").forEntity("PurchaseOrders"));
        SANDBOX.injectFault(SandboxFault.error(503, "Service Unavailable").forEntity("PurchaseOrders"));

        WriteBackResult result = purchasing.writeExternalPoNumber(TRANSFERRED_PO, "4711");

        assertThat(result.written()).isTrue();
        assertThat(calls().calls("PurchaseOrders", "update")).isEqualTo(3);
        assertThat(SANDBOX.writes()).hasSize(1);
    }

    @Test
    void shouldThrowWhenAutotaskStaysUnavailableForThePatch() {
        fieldInformationRead();
        SANDBOX.injectFault(SandboxFault.error(503, "Service Unavailable").forEntity("PurchaseOrders").times(10));

        assertThatThrownBy(() -> purchasing.writeExternalPoNumber(TRANSFERRED_PO, "4711"))
                .isInstanceOf(AutotaskException.class).hasMessageContaining("503");
        assertThat(SANDBOX.writes()).isEmpty();
        assertThat(calls().calls("PurchaseOrders", "update")).isEqualTo(4);
    }

    @Test
    void shouldThrowRatherThanAnswerNotWrittenWhenTheFieldInformationCannotBeRead() {
        SANDBOX.injectFault(SandboxFault.error(500, "Unable to find status in the PurchaseOrder Entity.")
                .forEntity("PurchaseOrders"));

        assertThatThrownBy(() -> purchasing.writeExternalPoNumber(TRANSFERRED_PO, "4711"))
                .isInstanceOf(AutotaskException.class).hasMessageContaining("entityInformation/fields");
        assertThat(calls().calls("PurchaseOrders", "update")).isZero();
    }

    @Test
    void shouldForgetKeptSearchesAfterAWrite() {
        PurchaseOrderCriteria criteria = new PurchaseOrderCriteria("PO-1001", null, null, null);
        purchasing.search(criteria);

        purchasing.writeExternalPoNumber(TRANSFERRED_PO, "4711");
        PurchaseOrderSearchResult after = purchasing.search(criteria);

        assertThat(after.fromCache()).isFalse();
        assertThat(after.purchaseOrders().get(0).externalPONumber()).isEqualTo("4711");
    }
}
