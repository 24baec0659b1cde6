package io.atqb.autotask;

import static io.atqb.autotask.AutotaskRows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The snapshot's rules at their edges: a receipt dated exactly at the transfer, a product with no stock between
 * two with stock, one product at more locations than the first guess, a PO line without a location.
 */
class SnapshotAccumulatorEdgesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);
    private static final Instant TRANSFER = Instant.parse("2026-03-02T10:00:00Z");

    private static SnapshotAccumulator accumulator(Map<Long, Instant> ledger) {
        return accumulator(new SnapshotRequest(ledger));
    }

    private static SnapshotAccumulator accumulator(SnapshotRequest request) {
        SnapshotAccumulator accumulator = new SnapshotAccumulator(request,
                InventorySource.InventoryItems, new PullStats(CLOCK), true);
        for (long location = 10; location <= 40; location += 10) {
            accumulator.acceptLocation(row("InventoryLocations", SnapshotAccumulator.LOCATION_FIELDS, location,
                    "L" + location, true));
        }
        for (long product = 1; product <= 3; product++) {
            accumulator.acceptProduct(row("Products", SnapshotAccumulator.PRODUCT_FIELDS, product, "P" + product,
                    true));
        }
        accumulator.referencesComplete();
        return accumulator;
    }

    private static AutotaskRow onHand(long id, long product, long location, long quantity) {
        return row("InventoryItems", List.of("id", "productID", "inventoryLocationID", "quantityOnHand"), id, product,
                location, quantity);
    }

    private static AutotaskRow receipt(long id, long item, long quantity, String date) {
        return row("PurchaseOrderItemReceiving", SnapshotAccumulator.RECEIVING_FIELDS, id, item, quantity, date);
    }

    private static SnapshotAccumulator ledgerWithOneLine(Map<Long, Instant> transfers) {
        SnapshotAccumulator accumulator = accumulator(transfers);
        accumulator.acceptLedgerPurchaseOrder(row("PurchaseOrders", SnapshotAccumulator.PURCHASE_ORDER_FIELDS, 7L,
                "PO-7"));
        accumulator.acceptLedgerItem(row("PurchaseOrderItems", SnapshotAccumulator.PURCHASE_ORDER_ITEM_FIELDS, 70L, 7L,
                1L, null));
        return accumulator;
    }

    @Test
    void shouldAcceptAPurchaseOrderLineWithoutALocationAndListTheLedgerIds() {
        SnapshotAccumulator accumulator = ledgerWithOneLine(Map.of(9L, TRANSFER, 7L, TRANSFER));

        assertThat(accumulator.ledgerItemIds()).containsExactly(70L);
        assertThat(accumulator.ledgerPurchaseOrdersFound()).containsExactly(7L);
        assertThat(accumulator.ledgerPurchaseOrderIds()).containsExactly(7L, 9L);
        assertThat(accumulator.build(CLOCK).missingLedgerPurchaseOrders()).containsExactly(9L);
    }

    @Test
    void shouldRefuseAPurchaseOrderLineOfAPurchaseOrderNotAskedFor() {
        SnapshotAccumulator accumulator = accumulator(Map.of(7L, TRANSFER));

        assertThatThrownBy(() -> accumulator.acceptLedgerItem(row("PurchaseOrderItems",
                SnapshotAccumulator.PURCHASE_ORDER_ITEM_FIELDS, 80L, 8L, 1L, null)))
                .hasMessageContaining("belongs to PO 8, which was not asked for");
    }

    @Test
    void shouldReadEveryReceiptOfAPurchaseOrderTheServiceTransferredItselfAndTheOthersFromTheirTransfer() {
        SnapshotAccumulator own = accumulator(new SnapshotRequest(Map.of(7L, TRANSFER), Set.of(7L)));
        own.acceptLedgerPurchaseOrder(row("PurchaseOrders", SnapshotAccumulator.PURCHASE_ORDER_FIELDS, 7L, "PO-7"));
        own.acceptLedgerItem(row("PurchaseOrderItems", SnapshotAccumulator.PURCHASE_ORDER_ITEM_FIELDS, 70L, 7L, 1L,
                null));
        SnapshotAccumulator byHand = accumulator(new SnapshotRequest(Map.of(7L, TRANSFER), Set.of(8L)));
        byHand.acceptLedgerPurchaseOrder(row("PurchaseOrders", SnapshotAccumulator.PURCHASE_ORDER_FIELDS, 7L,
                "PO-7"));
        byHand.acceptLedgerItem(row("PurchaseOrderItems", SnapshotAccumulator.PURCHASE_ORDER_ITEM_FIELDS, 70L, 7L, 1L,
                null));

        assertThat(own.earliestTransferOfItems(List.of(70L))).isEqualTo(Instant.EPOCH);
        assertThat(byHand.earliestTransferOfItems(List.of(70L))).isEqualTo(TRANSFER);
    }

    @Test
    void shouldFailToNameATransferForLinesOfNoLedgerPurchaseOrder() {
        SnapshotAccumulator accumulator = ledgerWithOneLine(Map.of(7L, TRANSFER));

        assertThat(accumulator.earliestTransferOfItems(List.of(70L, 99L))).isEqualTo(TRANSFER);
        assertThatThrownBy(() -> accumulator.earliestTransferOfItems(List.of(99L)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no ledger PO for lines [99]");
    }

    @Test
    void shouldKeepEachProductsStockInItsOwnRangeWhenAProductBetweenHasNone() {
        SnapshotAccumulator accumulator = accumulator(Map.of());
        accumulator.acceptOnHand(onHand(100, 1, 10, 4));
        accumulator.acceptOnHand(onHand(101, 3, 20, 6));

        AutotaskSnapshot snapshot = accumulator.build(CLOCK);

        assertThat(snapshot.onHandByLocation(1)).containsExactly(Map.entry(10L, 4L));
        assertThat(snapshot.onHandByLocation(2)).isEmpty();
        assertThat(snapshot.onHandByLocation(3)).containsExactly(Map.entry(20L, 6L));
    }

    @Test
    void shouldKeepEveryLocationOfAProductStockedAtMoreLocationsThanTheFirstGuess() {
        SnapshotAccumulator accumulator = accumulator(Map.of());
        accumulator.acceptOnHand(onHand(100, 1, 40, 4));
        accumulator.acceptOnHand(onHand(101, 1, 30, 3));
        accumulator.acceptOnHand(onHand(102, 1, 20, 2));
        accumulator.acceptOnHand(onHand(103, 1, 10, 1));
        accumulator.acceptOnHand(onHand(104, 1, 30, 30));

        AutotaskSnapshot snapshot = accumulator.build(CLOCK);

        assertThat(snapshot.onHandByLocation(1)).containsExactly(Map.entry(10L, 1L), Map.entry(20L, 2L),
                Map.entry(30L, 33L), Map.entry(40L, 4L));
        assertThat(snapshot.onHandEntryCount()).isEqualTo(4);
    }

    @Test
    void shouldAskForTheSourcesOnHandFieldAndKeepWhatThePullWasAskedFor() {
        PullStats stats = new PullStats(CLOCK);
        SnapshotRequest request = new SnapshotRequest(Map.of(7L, TRANSFER));
        SnapshotAccumulator accumulator = new SnapshotAccumulator(request, InventorySource.InventoryItems, stats,
                false);

        assertThat(accumulator.onHandFields()).containsExactly("id", "productID", "inventoryLocationID",
                InventorySource.InventoryItems.onHandField());
        assertThat(accumulator.request()).isEqualTo(request);
        assertThat(accumulator.source()).isEqualTo(InventorySource.InventoryItems);
        assertThat(accumulator.stats()).isSameAs(stats);
    }
}
