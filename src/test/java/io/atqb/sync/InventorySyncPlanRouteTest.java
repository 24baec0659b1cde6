package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.autotask.AutotaskSnapshot;
import io.atqb.autotask.AutotaskSnapshotService;
import io.atqb.autotask.SnapshotRequest;
import io.atqb.history.HistoryEntry;
import io.atqb.history.SyncRun;
import io.atqb.sandbox.autotask.SandboxTenant;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plan route ({@code routes/inventory-sync-plan.camel.yaml}) on a snapshot pulled from the simulated Autotask:
 * which receipts are left out, each product's count over all locations, its QuickBooks name, and collisions.
 */
class InventorySyncPlanRouteTest extends InventorySyncRouteTestSupport {

    static final long MAIN = 1;
    static final long VAN = 2;
    static final long CLOSED_DEPOT = 3;
    static final long TRANSFERRED_PO = 31;
    static final long OTHER_PO = 32;
    static final Instant TRANSFER = Instant.parse("2026-03-02T10:00:00Z");

    /** 30 characters; a 31st decides whether two names collide. */
    static final String PREFIX_30 = "Patch Panel 24 Port Cat6A Blue";

    @Autowired
    AutotaskSnapshotService autotask;

    /** Pulls the tenant from the simulated Autotask and sends it through the plan route of a new run. */
    long plan(SandboxTenant tenant) {
        DOUBLE.autotask.replaceTenant(tenant);
        AutotaskSnapshot snapshot = autotask.pull(new SnapshotRequest(Map.of(TRANSFERRED_PO, TRANSFER)));
        long runId = newRun(newConnector());
        producer.sendBodyAndHeader(SyncRoutes.PLAN_ENDPOINT, snapshot, SyncRoutes.RUN_ID, runId);
        return runId;
    }

    static SandboxTenant.Builder tenant() {
        return SandboxTenant.builder()
                .location(MAIN, "Main Warehouse", true)
                .location(VAN, "Service Van", true)
                .location(CLOSED_DEPOT, "Closed Depot", false)
                .purchaseOrder(TRANSFERRED_PO, "PO-1001", 3)
                .purchaseOrder(OTHER_PO, "PO-1002", 3);
    }

    /** Products 11-14 each got one receipt on the transferred PO (or, for 14, on another PO) at the given time. */
    static SandboxTenant receiptsAroundTheTransfer() {
        return tenant()
                .product(11, "Received at the transfer", true).stock(11, MAIN, 20)
                .product(12, "Received a millisecond later", true).stock(12, MAIN, 20)
                .product(13, "Received a millisecond before", true).stock(13, MAIN, 20)
                .product(14, "Received on another PO", true).stock(14, MAIN, 20)
                .purchaseOrderItem(41, TRANSFERRED_PO, 11, MAIN, 10)
                .purchaseOrderItem(42, TRANSFERRED_PO, 12, MAIN, 10)
                .purchaseOrderItem(43, TRANSFERRED_PO, 13, MAIN, 10)
                .purchaseOrderItem(44, OTHER_PO, 14, MAIN, 10)
                .receiving(61, 41, 3, TRANSFER)
                .receiving(62, 42, 4, TRANSFER.plusMillis(1))
                .receiving(63, 43, 5, TRANSFER.minusMillis(1))
                .receiving(64, 44, 6, TRANSFER.plusSeconds(3600))
                .build();
    }

    @Test
    void shouldLoadTheSyncRoutesUnderTheirIdsAndEndpoints() throws URISyntaxException {
        Map<String, String> endpoints = Map.of(SyncRoutes.LOAD, SyncRoutes.LOAD_ENDPOINT,
                SyncRoutes.PLAN, SyncRoutes.PLAN_ENDPOINT, SyncRoutes.RECONCILE, SyncRoutes.RECONCILE_ENDPOINT,
                SyncRoutes.QUICKBOOKS_ITEMS, SyncRoutes.QUICKBOOKS_ITEMS_ENDPOINT);
        for (Map.Entry<String, String> route : endpoints.entrySet()) {
            assertThat(camel.getRoute(route.getKey())).as(route.getKey()).isNotNull();
            assertThat(camel.getRoute(route.getKey()).getEndpoint().getEndpointBaseUri()).as(route.getKey())
                    .isEqualTo(URISupport.normalizeUri(route.getValue()));
        }
    }

    @Test
    void shouldCountAReceiptDatedExactlyAtItsPurchaseOrdersTransfer() {
        long runId = plan(receiptsAroundTheTransfer());

        SyncItem item = item(runId, 11);
        assertThat(item.excluded()).isZero();
        assertThat(item.target()).isEqualTo(20);
        assertThat(history(runId)).noneMatch(entry -> Long.valueOf(11).equals(entry.autotaskProductId()));
    }

    @Test
    void shouldLeaveOutAReceiptDatedOneMillisecondAfterItsPurchaseOrdersTransfer() {
        long runId = plan(receiptsAroundTheTransfer());

        SyncItem item = item(runId, 12);
        assertThat(item.autotaskOnHand()).isEqualTo(20);
        assertThat(item.excluded()).isEqualTo(4);
        assertThat(item.target()).isEqualTo(16);
        assertThat(history(runId)).filteredOn(entry -> Long.valueOf(12).equals(entry.autotaskProductId()))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo(HistoryEntry.Action.NOT_SYNCED);
                    assertThat(entry.severity()).isEqualTo(HistoryEntry.Severity.ERROR);
                    assertThat(entry.purchaseOrderId()).isEqualTo(TRANSFERRED_PO);
                    assertThat(entry.quantity()).isEqualTo(4);
                    assertThat(entry.message()).contains("Receipt 62").contains("PO-1001");
                });
    }

    @Test
    void shouldCountReceiptsBeforeTheTransferAndOnPurchaseOrdersNeverTransferred() {
        long runId = plan(receiptsAroundTheTransfer());

        assertThat(item(runId, 13).target()).isEqualTo(20);
        assertThat(item(runId, 14).target()).isEqualTo(20);
        assertThat(history(runId)).extracting(HistoryEntry::autotaskProductId).containsExactly(12L);
        assertThat(runs.find(runId).orElseThrow().phase()).isEqualTo(SyncRun.Phase.READY);
    }

    @Test
    void shouldSumOnHandOverEveryLocationInactiveOnesToo() throws Exception {
        long runId = plan(tenant()
                .product(11, "Widget & Gadget Kit", true)
                .stock(11, MAIN, 25).stock(11, VAN, 3).stock(11, CLOSED_DEPOT, 2)
                .build());

        SyncItem item = item(runId, 11);
        assertThat(item.autotaskOnHand()).isEqualTo(30);
        assertThat(item.target()).isEqualTo(30);
        List<HistoryEntry.LocationOnHand> locations = new ObjectMapper().readValue(item.locationsJson(),
                new TypeReference<>() {
                });
        assertThat(locations).containsExactlyInAnyOrder(
                new HistoryEntry.LocationOnHand(MAIN, "Main Warehouse", 25),
                new HistoryEntry.LocationOnHand(VAN, "Service Van", 3),
                new HistoryEntry.LocationOnHand(CLOSED_DEPOT, "Closed Depot", 2));
    }

    @Test
    void shouldNeverPlanACountBelowZero() {
        long runId = plan(tenant()
                .product(11, "More received after than on hand", true).stock(11, MAIN, 2)
                .product(12, "As much received after as on hand", true).stock(12, MAIN, 5)
                .product(13, "One more on hand than received after", true).stock(13, MAIN, 6)
                .purchaseOrderItem(41, TRANSFERRED_PO, 11, MAIN, 5)
                .purchaseOrderItem(42, TRANSFERRED_PO, 12, MAIN, 5)
                .purchaseOrderItem(43, TRANSFERRED_PO, 13, MAIN, 5)
                .receiving(61, 41, 5, TRANSFER.plusSeconds(60))
                .receiving(62, 42, 5, TRANSFER.plusSeconds(60))
                .receiving(63, 43, 5, TRANSFER.plusSeconds(60))
                .build());

        assertThat(item(runId, 11).target()).isZero();
        assertThat(item(runId, 11).excluded()).isEqualTo(5);
        assertThat(item(runId, 11).autotaskOnHand()).isEqualTo(2);
        assertThat(item(runId, 12).target()).isZero();
        assertThat(item(runId, 13).target()).isEqualTo(1);
    }

    @Test
    void shouldAddBackACancelledReceiptAfterTheTransfer() {
        long runId = plan(tenant()
                .product(11, "Cancelled after the transfer", true).stock(11, MAIN, 6)
                .purchaseOrderItem(41, TRANSFERRED_PO, 11, MAIN, 5)
                .receiving(61, 41, 5, TRANSFER.plusSeconds(60))
                .receiving(62, 41, -2, TRANSFER.plusSeconds(120))
                .build());

        assertThat(item(runId, 11).excluded()).isEqualTo(3);
        assertThat(item(runId, 11).target()).isEqualTo(3);
        assertThat(history(runId)).extracting(HistoryEntry::quantity).containsExactlyInAnyOrder(5L, -2L);
    }

    @Test
    void shouldKeepANameOfExactly31CharactersAndCutALongerOneTo31() {
        String exactly31 = PREFIX_30 + "X";
        String longer = "Uninterruptible Power Supply 1500VA Tower";
        long runId = plan(tenant()
                .product(11, exactly31, true).stock(11, MAIN, 1)
                .product(12, longer, true).stock(12, MAIN, 1)
                .build());

        assertThat(item(runId, 11).qbName()).isEqualTo(exactly31).hasSize(31);
        assertThat(item(runId, 12).qbName()).isEqualTo(longer.substring(0, 31)).hasSize(31);
        assertThat(item(runId, 12).productName()).isEqualTo(longer);
        assertThat(item(runId, 11).state()).isEqualTo(ItemState.PLANNED);
        assertThat(item(runId, 12).state()).isEqualTo(ItemState.PLANNED);
    }

    @Test
    void shouldFailEveryProductWhoseNamesAreEqualInTheirFirst31CharactersWithoutRegardToCase() {
        long runId = plan(tenant()
                .product(11, PREFIX_30 + "X", true).stock(11, MAIN, 1)
                .product(12, PREFIX_30.toUpperCase(Locale.ROOT) + "x-and-more", true).stock(12, MAIN, 2)
                .product(13, PREFIX_30 + "Y-and-more", true).stock(13, MAIN, 3)
                .build());

        for (long colliding : List.of(11L, 12L)) {
            SyncItem item = item(runId, colliding);
            assertThat(item.state()).isEqualTo(ItemState.DONE);
            assertThat(item.outcome()).isEqualTo("FAILED");
            assertThat(item.message()).contains("11 (\"" + PREFIX_30 + "X\")").contains("nothing is written");
        }
        assertThat(item(runId, 13).state()).isEqualTo(ItemState.PLANNED);
        assertThat(history(runId)).filteredOn(entry -> entry.action() == HistoryEntry.Action.FAILED)
                .extracting(HistoryEntry::autotaskProductId).containsExactlyInAnyOrder(11L, 12L);
    }

    @Test
    void shouldPlanNothingForAProductWithoutInventoryRows() {
        long runId = plan(tenant()
                .product(11, "Installation Service", true)
                .product(12, "Dock", true).stock(12, MAIN, 0)
                .build());

        assertThat(items.find(runId, 11)).isEmpty();
        assertThat(item(runId, 12).target()).isZero();
    }
}
