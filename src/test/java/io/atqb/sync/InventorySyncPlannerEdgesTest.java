package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.autotask.AutotaskLocation;
import io.atqb.autotask.AutotaskProduct;
import io.atqb.autotask.AutotaskSnapshot;
import io.atqb.autotask.LedgerReceipt;
import io.atqb.history.HistoryEntry;
import io.atqb.history.HistoryRecorder;
import io.atqb.history.SyncRun;
import io.atqb.history.SyncRunRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The plan rules at their edges (CONTRACT 6.2): a receipt is left out only when it came strictly after its PO's
 * transfer; a product's target is its on hand over all locations less what was left out, never below zero; names
 * that collide once cut to 31 characters fail; the plan is saved only by a run that is still loading.
 */
class InventorySyncPlannerEdgesTest {

    static final long RUN = 7;
    static final long PO = 500;
    static final Instant TRANSFERRED = Instant.parse("2026-02-10T09:30:00Z");

    final SyncRunRepository runs = mock(SyncRunRepository.class);
    final SyncItemRepository items = mock(SyncItemRepository.class);
    final HistoryRecorder history = mock(HistoryRecorder.class);
    final SyncOutcomes outcomes = mock(SyncOutcomes.class);
    final ObjectMapper json = new ObjectMapper();
    final ItemLinkRepository links = mock(ItemLinkRepository.class);
    final InventorySyncPlanner planner = new InventorySyncPlanner(runs, items, history, outcomes, links, json);
    final AutotaskSnapshot snapshot = mock(AutotaskSnapshot.class);

    @BeforeEach
    void transferredPurchaseOrder() {
        when(snapshot.transferredPurchaseOrders()).thenReturn(Map.of(PO, TRANSFERRED));
        when(snapshot.product(anyLong())).thenReturn(Optional.empty());
        when(snapshot.location(anyLong())).thenReturn(Optional.empty());
    }

    static LedgerReceipt receipt(long id, long po, long productId, int quantity, Instant receivedAt) {
        return new LedgerReceipt(id, po, "PO-" + po, 1, productId, 1L, quantity, receivedAt);
    }

    private void onHand(long productId, Long... perLocation) {
        Map<Long, Long> byLocation = new LinkedHashMap<>();
        for (int i = 0; i < perLocation.length; i++) {
            byLocation.put(10L + i, perLocation[i]);
        }
        when(snapshot.onHandByLocation(productId)).thenReturn(byLocation);
    }

    private SyncItem target(long productId, String name, Map<Long, Long> excluded) {
        return planner.target(new AutotaskProduct(productId, name, true), RUN, snapshot, excluded);
    }

    private void loading(SyncRun.Phase phase) {
        SyncRun run = new SyncRun(RUN, 3, "manual", SyncRun.Status.RUNNING, phase, TRANSFERRED, null, null, 0);
        when(runs.lock(RUN)).thenReturn(run);
        when(runs.find(RUN)).thenReturn(java.util.Optional.of(run));
    }

    // --- received after the transfer: strictly after, to the millisecond ---

    @Test
    void shouldCountAReceiptDatedExactlyAtItsPurchaseOrdersTransfer() {
        assertThat(planner.receivedAfterTransfer(receipt(1, PO, 1, 4, TRANSFERRED), snapshot)).isFalse();
    }

    @Test
    void shouldLeaveOutAReceiptOneMillisecondAfterItsPurchaseOrdersTransfer() {
        assertThat(planner.receivedAfterTransfer(receipt(1, PO, 1, 4, TRANSFERRED.plusMillis(1)), snapshot)).isTrue();
    }

    @Test
    void shouldCountAReceiptOneMillisecondBeforeItsPurchaseOrdersTransfer() {
        assertThat(planner.receivedAfterTransfer(receipt(1, PO, 1, 4, TRANSFERRED.minusMillis(1)), snapshot)).isFalse();
    }

    @Test
    void shouldCountAReceiptOnAPurchaseOrderThatWasNeverTransferred() {
        assertThat(planner.receivedAfterTransfer(receipt(1, PO + 1, 1, 4, TRANSFERRED.plusSeconds(60)), snapshot))
                .isFalse();
    }

    @Test
    void shouldSyncTheReceiptAtTheTransferTimeAndReportTheOneAMillisecondLaterAsNotSynced() {
        LedgerReceipt atTransfer = receipt(1, PO, 42, 3, TRANSFERRED);
        LedgerReceipt later = receipt(2, PO, 42, 2, TRANSFERRED.plusMillis(1));
        List<LedgerReceipt> notSynced = List.of(atTransfer, later).stream()
                .filter(r -> planner.receivedAfterTransfer(r, snapshot)).toList();
        onHand(42, 10L);
        loading(SyncRun.Phase.LOADING);

        SyncItem item = target(42, "Widget", planner.excludedByProduct(notSynced));
        planner.save(List.of(item), RUN, snapshot, notSynced);

        assertThat(item.excluded()).isEqualTo(2);
        assertThat(item.target()).isEqualTo(8);
        List<HistoryEntry> entries = recordedHistory().get(0);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(HistoryEntry.Action.NOT_SYNCED);
            assertThat(entry.severity()).isEqualTo(HistoryEntry.Severity.ERROR);
            assertThat(entry.message()).startsWith("Receipt 2 of 2 on PO-500 at " + TRANSFERRED.plusMillis(1));
        });
    }

    // --- a PO the service transferred: a receipt its transfers did not send is left out whatever its date ---

    @Test
    void shouldCountAReceiptAtTheTransferTimeWhenTheServicesTransferSentIt() {
        assertThat(planner.notCounted(receipt(1, PO, 1, 4, TRANSFERRED), snapshot, Map.of(PO, Set.of(1L))))
                .isFalse();
    }

    @Test
    void shouldLeaveOutAReceiptAtTheTransferTimeWhenTheServicesTransferDidNotSendIt() {
        assertThat(planner.notCounted(receipt(1, PO, 1, 4, TRANSFERRED), snapshot, Map.of(PO, Set.of(2L))))
                .isTrue();
    }

    @Test
    void shouldLeaveOutAReceiptBeforeTheTransferWhenTheServicesTransferSentNothing() {
        assertThat(planner.notCounted(receipt(1, PO, 1, 4, TRANSFERRED.minusSeconds(3600)), snapshot,
                Map.of(PO, Set.of()))).isTrue();
    }

    @Test
    void shouldLeaveOutASentReceiptDatedAfterTheTransfer() {
        assertThat(planner.notCounted(receipt(1, PO, 1, 4, TRANSFERRED.plusMillis(1)), snapshot,
                Map.of(PO, Set.of(1L)))).isTrue();
    }

    @Test
    void shouldKeepTheDateRuleForAPurchaseOrderRecordedByHand() {
        assertThat(planner.notCounted(receipt(1, PO, 1, 4, TRANSFERRED), snapshot, Map.of())).isFalse();
        assertThat(planner.notCounted(receipt(1, PO, 1, 4, TRANSFERRED.plusMillis(1)), snapshot, Map.of())).isTrue();
    }

    @Test
    void shouldCountAReceiptOnAPurchaseOrderNotInTheLedgerEvenWhenUnsent() {
        assertThat(planner.notCounted(receipt(1, PO + 1, 1, 4, TRANSFERRED), snapshot, Map.of(PO + 1, Set.of())))
                .isFalse();
    }

    @Test
    void shouldSayTheUnsentReceiptDidNotReachQuickBooksWithTheTransfer() {
        LedgerReceipt unsent = receipt(5, PO, 42, 3, TRANSFERRED.minusSeconds(60));
        onHand(42, 10L);
        loading(SyncRun.Phase.LOADING);

        SyncItem item = target(42, "Widget", planner.excludedByProduct(List.of(unsent)));
        planner.save(List.of(item), RUN, snapshot, List.of(unsent));

        assertThat(item.target()).isEqualTo(7);
        assertThat(recordedHistory().get(0)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(HistoryEntry.Action.NOT_SYNCED);
            assertThat(entry.severity()).isEqualTo(HistoryEntry.Severity.ERROR);
            assertThat(entry.purchaseOrderId()).isEqualTo(PO);
            assertThat(entry.message()).contains("Receipt 5 of 3 on PO-500")
                    .contains("did not reach QuickBooks with the PO's transfer at " + TRANSFERRED);
        });
    }

    // --- what is left out per product ---

    @Test
    void shouldLeaveNothingOutWithoutNotSyncedReceipts() {
        assertThat(planner.excludedByProduct(List.of())).isEmpty();
    }

    @Test
    void shouldSumTheLeftOutReceiptsPerProductCancelledOnesIncluded() {
        Map<Long, Long> excluded = planner.excludedByProduct(List.of(receipt(1, PO, 1, 5, TRANSFERRED),
                receipt(2, PO, 1, -2, TRANSFERRED), receipt(3, PO, 2, 4, TRANSFERRED)));

        assertThat(excluded).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 3L, 2L, 4L));
    }

    @Test
    void shouldGiveASplitAnEmptyListToCollectInto() {
        List<Object> collected = planner.collect();
        collected.add("one");

        assertThat(collected).containsExactly("one");
    }

    // --- a product's target: on hand over all locations, less what was left out, never below zero ---

    @Test
    void shouldSumOnHandOverEveryLocation() {
        onHand(1, 3L, 4L, 0L);

        SyncItem item = target(1, "Dock", Map.of());

        assertThat(item.autotaskOnHand()).isEqualTo(7);
        assertThat(item.excluded()).isZero();
        assertThat(item.target()).isEqualTo(7);
        assertThat(item.state()).isEqualTo(ItemState.PLANNED);
        assertThat(item.runId()).isEqualTo(RUN);
        assertThat(item.productId()).isEqualTo(1);
    }

    @Test
    void shouldReachZeroWhenEverythingOnHandWasLeftOut() {
        onHand(1, 5L);

        assertThat(target(1, "Dock", Map.of(1L, 5L)).target()).isZero();
    }

    @Test
    void shouldKeepOneWhenOneMoreIsOnHandThanWasLeftOut() {
        onHand(1, 6L);

        assertThat(target(1, "Dock", Map.of(1L, 5L)).target()).isEqualTo(1);
    }

    @Test
    void shouldNeverGoBelowZeroWhenMoreWasReceivedAfterTheTransferThanIsOnHand() {
        onHand(1, 2L, 1L);

        SyncItem item = target(1, "Dock", Map.of(1L, 5L));

        assertThat(item.target()).isZero();
        assertThat(item.autotaskOnHand()).isEqualTo(3);
        assertThat(item.excluded()).isEqualTo(5);
    }

    @Test
    void shouldRaiseTheTargetByACancelledReceiptLeftOut() {
        onHand(1, 5L);

        assertThat(target(1, "Dock", Map.of(1L, -2L)).target()).isEqualTo(7);
    }

    @Test
    void shouldKeepAZeroCountAtZero() {
        onHand(1, 0L);

        assertThat(target(1, "Dock", Map.of()).target()).isZero();
    }

    @Test
    void shouldTakeANegativeOnHandAsZero() {
        onHand(1, -3L);

        SyncItem item = target(1, "Dock", Map.of());

        assertThat(item.autotaskOnHand()).isEqualTo(-3);
        assertThat(item.target()).isZero();
    }

    @Test
    void shouldLeaveOutOnlyWhatWasReceivedForThisProduct() {
        onHand(1, 5L);

        assertThat(target(1, "Dock", Map.of(2L, 5L)).target()).isEqualTo(5);
    }

    @Test
    void shouldPlanNothingForAProductWithoutInventoryRows() {
        when(snapshot.onHandByLocation(1)).thenReturn(Map.of());

        assertThat(target(1, "Service", Map.of())).isNull();
    }

    @Test
    void shouldNameEachLocationOfAProductOrItsIdWhenTheSnapshotHasNoName() {
        onHand(1, 3L, 4L);
        when(snapshot.location(10L)).thenReturn(Optional.of(new AutotaskLocation(10, "Main Warehouse", true)));

        SyncItem item = target(1, "Dock", Map.of());

        assertThat(item.locationsJson()).contains("\"locationName\":\"Main Warehouse\"")
                .contains("\"locationName\":\"location 11\"").contains("\"onHand\":3").contains("\"onHand\":4");
    }

    @Test
    void shouldKeepAThirtyOneCharacterNameWhole() {
        String name = "A".repeat(31);
        onHand(1, 1L);

        assertThat(target(1, name, Map.of()).qbName()).isEqualTo(name);
    }

    @Test
    void shouldCutAThirtyTwoCharacterNameToThirtyOne() {
        onHand(1, 1L);

        SyncItem item = target(1, "A".repeat(31) + "B", Map.of());

        assertThat(item.qbName()).isEqualTo("A".repeat(31));
        assertThat(item.productName()).isEqualTo("A".repeat(31) + "B");
    }

    // --- collisions ---

    @Test
    void shouldPlanNothingForNoProducts() {
        assertThat(InventorySyncPlanner.withoutCollisions(List.of())).isEmpty();
    }

    @Test
    void shouldFailTwoProductsWhoseNamesDifferOnlyInTheThirtySecondCharacter() {
        List<SyncItem> plan = InventorySyncPlanner.withoutCollisions(List.of(
                ReconciliationTest.product(1, "A".repeat(31) + "B", 1),
                ReconciliationTest.product(2, "A".repeat(31) + "C", 1)));

        assertThat(plan).extracting(SyncItem::outcome).containsExactly("FAILED", "FAILED");
        assertThat(plan.get(0).message()).contains("\"" + "A".repeat(31) + "\"");
    }

    @Test
    void shouldPlanTwoProductsWhoseThirtyOneCharacterNamesDifferInTheLastCharacter() {
        List<SyncItem> plan = InventorySyncPlanner.withoutCollisions(List.of(
                ReconciliationTest.product(1, "A".repeat(30) + "B", 1),
                ReconciliationTest.product(2, "A".repeat(30) + "C", 1)));

        assertThat(plan).extracting(SyncItem::state).containsExactly(ItemState.PLANNED, ItemState.PLANNED);
    }

    @Test
    void shouldFailEveryOneOfThreeCollidingProducts() {
        List<SyncItem> plan = InventorySyncPlanner.withoutCollisions(List.of(
                ReconciliationTest.product(1, "Cable", 1), ReconciliationTest.product(2, "CABLE", 1),
                ReconciliationTest.product(3, "cable", 1)));

        assertThat(plan).extracting(SyncItem::outcome).containsExactly("FAILED", "FAILED", "FAILED");
    }

    // --- saving the plan ---

    @SuppressWarnings("unchecked")
    private List<List<HistoryEntry>> recordedHistory() {
        ArgumentCaptor<List<HistoryEntry>> captor = ArgumentCaptor.forClass(List.class);
        verify(history, org.mockito.Mockito.atLeastOnce()).record(captor.capture());
        return captor.getAllValues();
    }

    @SuppressWarnings("unchecked")
    private List<SyncItem> inserted() {
        ArgumentCaptor<List<SyncItem>> captor = ArgumentCaptor.forClass(List.class);
        verify(items).insertAll(captor.capture());
        return captor.getValue();
    }

    @Test
    void shouldSaveThePlanWithoutTheNonInventoryProductsAndMakeTheRunReady() {
        loading(SyncRun.Phase.LOADING);
        SyncItem dock = ReconciliationTest.product(1, "Dock", 2);
        SyncItem cable = ReconciliationTest.product(2, "Cable", 3);

        int saved = planner.save(Arrays.asList(dock, null, cable), RUN, snapshot, List.of());

        assertThat(saved).isEqualTo(2);
        assertThat(inserted()).containsExactly(dock, cable);
        verify(runs).setPhase(RUN, SyncRun.Phase.READY);
        assertThat(recordedHistory()).allSatisfy(entries -> assertThat(entries).isEmpty());
    }

    @Test
    void shouldLockTheRunOnlyAfterEveryRowIsWrittenSoQbwcCallsDoNotWaitForTheWholePlan() {
        loading(SyncRun.Phase.LOADING);

        planner.save(List.of(ReconciliationTest.product(1, "Dock", 2)), RUN, snapshot, List.of());

        org.mockito.InOrder order = org.mockito.Mockito.inOrder(items, runs);
        order.verify(items).insertAll(any());
        order.verify(runs).lock(RUN);
        order.verify(runs).setPhase(RUN, SyncRun.Phase.READY);
    }

    @Test
    void shouldSaveAnEmptyPlanAndStillMakeTheRunReady() {
        loading(SyncRun.Phase.LOADING);

        assertThat(planner.save(List.of(), RUN, snapshot, List.of())).isZero();

        assertThat(inserted()).isEmpty();
        verify(runs).setPhase(RUN, SyncRun.Phase.READY);
    }

    @Test
    void shouldRecordTheFinalOutcomeOfCollidingProductsOnly() {
        loading(SyncRun.Phase.LOADING);
        HistoryEntry failed = new HistoryEntry(RUN, HistoryEntry.Severity.ERROR, HistoryEntry.Action.FAILED, "Cable",
                1L, null, null, null, null, null, null, null, "collision");
        when(outcomes.entry(any())).thenReturn(failed);

        planner.save(List.of(ReconciliationTest.product(1, "Cable", 1), ReconciliationTest.product(2, "CABLE", 1),
                ReconciliationTest.product(3, "Dock", 1)), RUN, snapshot, List.of());

        List<List<HistoryEntry>> recorded = recordedHistory();
        assertThat(recorded.get(recorded.size() - 1)).containsExactly(failed, failed);
        verify(outcomes, org.mockito.Mockito.times(2)).entry(any());
    }

    @Test
    void shouldNotSaveAPlanTwiceOnceTheRunHasLeftLoading() {
        loading(SyncRun.Phase.READY);

        int saved = planner.save(List.of(ReconciliationTest.product(1, "Dock", 2)), RUN, snapshot,
                List.of(receipt(1, PO, 1, 1, TRANSFERRED.plusMillis(1))));

        assertThat(saved).isZero();
        verify(items, never()).insertAll(anyList());
        verify(history, never()).record(anyList());
        verify(runs, never()).setPhase(anyLong(), any());
    }

    @Test
    void shouldNameTheProductThePurchaseOrderAndBothTimesInANotSyncedEntry() {
        loading(SyncRun.Phase.LOADING);
        when(snapshot.product(42)).thenReturn(Optional.of(new AutotaskProduct(42, "Widget", true)));
        Instant received = TRANSFERRED.plusMillis(1);

        planner.save(List.of(), RUN, snapshot, List.of(receipt(9, PO, 42, 3, received)));

        HistoryEntry entry = recordedHistory().get(0).get(0);
        assertThat(entry.runId()).isEqualTo(RUN);
        assertThat(entry.itemName()).isEqualTo("Widget");
        assertThat(entry.autotaskProductId()).isEqualTo(42);
        assertThat(entry.purchaseOrderId()).isEqualTo(PO);
        assertThat(entry.quantity()).isEqualTo(3);
        assertThat(entry.message()).isEqualTo("Receipt 9 of 3 on PO-500 at " + received
                + " came after the PO's transfer to QuickBooks at " + TRANSFERRED + ": not counted, so it is not"
                + " counted twice; re-transfer PO-500 to bring it into QuickBooks");
    }

    @Test
    void shouldNameAnUnknownProductAndAPurchaseOrderWithoutNumberByTheirIds() {
        loading(SyncRun.Phase.LOADING);
        LedgerReceipt cancelled = new LedgerReceipt(9, PO, null, 1, 42, null, -1, TRANSFERRED.plusSeconds(1));

        planner.save(List.of(), RUN, snapshot, List.of(cancelled));

        HistoryEntry entry = recordedHistory().get(0).get(0);
        assertThat(entry.itemName()).isEqualTo("product 42");
        assertThat(entry.quantity()).isEqualTo(-1);
        assertThat(entry.message()).startsWith("Receipt 9 of -1 (cancelled) on PO 500 at ")
                .endsWith("re-transfer PO 500 to bring it into QuickBooks");
    }

    @Test
    void shouldNotCallAReceiptOfOneCancelled() {
        loading(SyncRun.Phase.LOADING);

        planner.save(List.of(), RUN, snapshot, List.of(receipt(9, PO, 42, 1, TRANSFERRED.plusSeconds(1))));

        assertThat(recordedHistory().get(0).get(0).message()).startsWith("Receipt 9 of 1 on PO-500")
                .doesNotContain("cancelled");
    }

    @Test
    void shouldRecordOneNotSyncedEntryPerReceiptLeftOut() {
        loading(SyncRun.Phase.LOADING);
        List<LedgerReceipt> notSynced = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            notSynced.add(receipt(i, PO, i, i, TRANSFERRED.plusSeconds(i)));
        }

        planner.save(List.of(), RUN, snapshot, notSynced);

        assertThat(recordedHistory().get(0)).extracting(HistoryEntry::autotaskProductId).containsExactly(1L, 2L, 3L);
    }

    // --- links kept from earlier runs ---

    @Test
    void shouldPlanAProductLinkedToTheItemItsConnectorKeptAndLeaveTheOthersUnlinked() {
        onHand(1, 4L);
        onHand(2, 5L);
        loading(SyncRun.Phase.LOADING);
        when(links.links(3)).thenReturn(Map.of(1L, "80000001-1", 99L, "80000099-1"));

        planner.save(List.of(target(1, "Kept", Map.of()), target(2, "New", Map.of())), RUN, snapshot, List.of());

        ArgumentCaptor<List<SyncItem>> inserted = listCaptor();
        verify(items).insertAll(inserted.capture());
        assertThat(inserted.getValue()).extracting(SyncItem::productId, SyncItem::listId, SyncItem::state)
                .containsExactly(tuple(1L, "80000001-1", ItemState.PLANNED), tuple(2L, null, ItemState.PLANNED));
    }

    @Test
    void shouldLinkOnlyPlannedProductsThatHaveNoListIdYet() {
        SyncItem planned = ReconciliationTest.product(1, "One", 1);
        SyncItem failed = ReconciliationTest.product(2, "Two", 2).done("FAILED", "name collides");
        SyncItem linkedAlready = ReconciliationTest.product(3, "Three", 3).linked("80000003-9", null);
        Map<Long, String> kept = Map.of(1L, "80000001-1", 2L, "80000002-1", 3L, "80000003-1");

        List<SyncItem> plan = InventorySyncPlanner.withKeptLinks(List.of(planned, failed, linkedAlready), kept);

        assertThat(plan).extracting(SyncItem::listId).containsExactly("80000001-1", null, "80000003-9");
        assertThat(InventorySyncPlanner.withKeptLinks(List.of(), kept)).isEmpty();
        assertThat(InventorySyncPlanner.withKeptLinks(List.of(planned), Map.of())).extracting(SyncItem::listId)
                .containsOnlyNulls();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ArgumentCaptor<List<SyncItem>> listCaptor() {
        return (ArgumentCaptor) ArgumentCaptor.forClass(List.class);
    }
}
