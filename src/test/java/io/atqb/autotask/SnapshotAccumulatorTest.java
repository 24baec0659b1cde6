package io.atqb.autotask;

import static io.atqb.autotask.AutotaskRows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotAccumulatorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);
    private static final Instant TRANSFER = Instant.parse("2026-03-02T10:00:00Z");

    private static SnapshotAccumulator accumulatorWithReferences(Map<Long, Instant> ledger) {
        SnapshotAccumulator accumulator = new SnapshotAccumulator(new SnapshotRequest(ledger),
                InventorySource.InventoryItems, new PullStats(CLOCK), true);
        accumulator.acceptLocation(row("InventoryLocations", SnapshotAccumulator.LOCATION_FIELDS, 20L, "B", false));
        accumulator.acceptLocation(row("InventoryLocations", SnapshotAccumulator.LOCATION_FIELDS, 10L, "A", true));
        accumulator.acceptProduct(row("Products", SnapshotAccumulator.PRODUCT_FIELDS, 2L, "Two", true));
        accumulator.acceptProduct(row("Products", SnapshotAccumulator.PRODUCT_FIELDS, 1L, "One", true));
        accumulator.acceptProduct(row("Products", SnapshotAccumulator.PRODUCT_FIELDS, 3L, "Three", false));
        accumulator.referencesComplete();
        return accumulator;
    }

    private static AutotaskRow onHand(long id, long product, long location, long quantity) {
        return row("InventoryItems", List.of("id", "productID", "inventoryLocationID", "quantityOnHand"), id, product,
                location, quantity);
    }

    @Test
    void shouldSumOnHandPerProductAndLocationWhenRowsArrive() {
        SnapshotAccumulator accumulator = accumulatorWithReferences(Map.of());
        accumulator.acceptOnHand(onHand(100, 1, 20, 4));
        accumulator.acceptOnHand(onHand(101, 1, 10, 6));
        accumulator.acceptOnHand(onHand(102, 2, 10, 1));
        accumulator.acceptOnHand(onHand(103, 1, 20, 5));

        AutotaskSnapshot snapshot = accumulator.build(CLOCK);

        assertThat(snapshot.products()).extracting(AutotaskProduct::id).containsExactly(1L, 2L, 3L);
        assertThat(snapshot.locations()).extracting(AutotaskLocation::name).containsExactly("A", "B");
        assertThat(snapshot.onHandByLocation(1)).containsExactly(Map.entry(10L, 6L), Map.entry(20L, 9L));
        assertThat(snapshot.totalOnHand(1)).isEqualTo(15);
        assertThat(snapshot.totalOnHand(2)).isEqualTo(1);
        assertThat(snapshot.totalOnHand(3)).isZero();
        assertThat(snapshot.onHandByLocation(3)).isEmpty();
        assertThat(snapshot.onHandEntryCount()).isEqualTo(3);
        assertThat(snapshot.product(3)).hasValueSatisfying(p -> assertThat(p.active()).isFalse());
        assertThatThrownBy(() -> snapshot.totalOnHand(99)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNameTheRowWhenItReferencesAnUnknownProductOrLocation() {
        SnapshotAccumulator accumulator = accumulatorWithReferences(Map.of());

        assertThatThrownBy(() -> accumulator.acceptOnHand(onHand(555, 9, 10, 1)))
                .isInstanceOf(AutotaskException.class)
                .hasMessage("Autotask InventoryItems 555 references unknown product 9 (productID; not among the 3 "
                        + "products read)")
                .satisfies(e -> assertThat(((AutotaskException) e).recordId()).isEqualTo(555L));
        assertThatThrownBy(() -> accumulator.acceptOnHand(onHand(556, 1, 30, 1)))
                .hasMessageContaining("InventoryItems 556 references unknown inventory location 30");
    }

    @Test
    void shouldMissNoTransferredPurchaseOrderWhenAutotaskHasEachOne() {
        SnapshotAccumulator accumulator = accumulatorWithReferences(Map.of(7L, TRANSFER, 8L, TRANSFER));
        accumulator.acceptLedgerPurchaseOrder(row("PurchaseOrders", SnapshotAccumulator.PURCHASE_ORDER_FIELDS, 8L,
                "PO-8"));
        accumulator.acceptLedgerPurchaseOrder(row("PurchaseOrders", SnapshotAccumulator.PURCHASE_ORDER_FIELDS, 7L,
                "PO-7"));

        assertThat(accumulator.build(CLOCK).missingLedgerPurchaseOrders()).isEmpty();
    }

    @Test
    void shouldKeepNonZeroReceiptsOnLedgerLinesAndReportThoseAfterEachTransfer() {
        SnapshotAccumulator accumulator = accumulatorWithReferences(Map.of(7L, TRANSFER, 8L, TRANSFER));
        accumulator.acceptLedgerPurchaseOrder(row("PurchaseOrders", SnapshotAccumulator.PURCHASE_ORDER_FIELDS, 7L,
                "PO-7"));
        accumulator.acceptLedgerItem(row("PurchaseOrderItems", SnapshotAccumulator.PURCHASE_ORDER_ITEM_FIELDS, 70L, 7L,
                1L, 10L));
        List<String> fields = SnapshotAccumulator.RECEIVING_FIELDS;
        accumulator.acceptLedgerReceiving(row("PurchaseOrderItemReceiving", fields, 700L, 70L, 5L,
                "2026-03-01T00:00:00Z"));
        accumulator.acceptLedgerReceiving(row("PurchaseOrderItemReceiving", fields, 701L, 70L, -2L,
                "2026-03-03T00:00:00Z"));
        accumulator.acceptLedgerReceiving(row("PurchaseOrderItemReceiving", fields, 702L, 70L, 0L,
                "2026-03-04T00:00:00Z"));

        AutotaskSnapshot snapshot = accumulator.build(CLOCK);

        assertThat(snapshot.ledgerReceipts()).extracting(LedgerReceipt::receivingId).containsExactly(700L, 701L);
        assertThat(snapshot.ledgerReceipts().get(1)).isEqualTo(new LedgerReceipt(701, 7, "PO-7", 70, 1, 10L, -2,
                Instant.parse("2026-03-03T00:00:00Z")));
        assertThat(snapshot.missingLedgerPurchaseOrders()).containsExactly(8L);
        assertThat(accumulator.earliestTransferOfItems(List.of(70L))).isEqualTo(TRANSFER);
    }

    @Test
    void shouldRejectAPurchaseOrderLineForAnUnknownProduct() {
        SnapshotAccumulator accumulator = accumulatorWithReferences(Map.of(7L, TRANSFER));

        assertThatThrownBy(() -> accumulator.acceptLedgerItem(row("PurchaseOrderItems",
                SnapshotAccumulator.PURCHASE_ORDER_ITEM_FIELDS, 70L, 7L, 42L, null)))
                .hasMessageContaining("PurchaseOrderItems 70 references unknown product 42");
    }
}
