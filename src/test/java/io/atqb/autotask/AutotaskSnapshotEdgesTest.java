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

/** Lookups in a snapshot at the ends of its sorted arrays (the first id, an unknown id) and its consistency check. */
class AutotaskSnapshotEdgesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);
    private static final Instant TRANSFER = Instant.parse("2026-03-02T10:00:00Z");

    private static AutotaskSnapshot snapshot() {
        SnapshotAccumulator accumulator = new SnapshotAccumulator(new SnapshotRequest(Map.of(7L, TRANSFER)),
                InventorySource.InventoryItems, new PullStats(CLOCK), true);
        accumulator.acceptLocation(row("InventoryLocations", SnapshotAccumulator.LOCATION_FIELDS, 10L, "A", true));
        accumulator.acceptLocation(row("InventoryLocations", SnapshotAccumulator.LOCATION_FIELDS, 20L, "B", true));
        accumulator.acceptProduct(row("Products", SnapshotAccumulator.PRODUCT_FIELDS, 1L, "One", true));
        accumulator.acceptProduct(row("Products", SnapshotAccumulator.PRODUCT_FIELDS, 2L, "Two", true));
        accumulator.referencesComplete();
        accumulator.acceptOnHand(row("InventoryItems", List.of("id", "productID", "inventoryLocationID",
                "quantityOnHand"), 100L, 1L, 10L, 4L));
        accumulator.acceptOnHand(row("InventoryItems", List.of("id", "productID", "inventoryLocationID",
                "quantityOnHand"), 101L, 1L, 20L, -1L));
        return accumulator.build(CLOCK);
    }

    @Test
    void shouldFindTheFirstLocationAndProductAndNothingForUnknownIds() {
        AutotaskSnapshot snapshot = snapshot();

        assertThat(snapshot.location(10)).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("A"));
        assertThat(snapshot.location(20)).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("B"));
        assertThat(snapshot.location(0)).isEmpty();
        assertThat(snapshot.location(15)).isEmpty();
        assertThat(snapshot.product(1)).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("One"));
        assertThat(snapshot.product(3)).isEmpty();
    }

    @Test
    void shouldSumTheFirstProductIncludingANegativeLocationAndRefuseAnUnknownProduct() {
        AutotaskSnapshot snapshot = snapshot();

        assertThat(snapshot.totalOnHand(1)).isEqualTo(3);
        assertThat(snapshot.onHandByLocation(1)).containsExactly(Map.entry(10L, 4L), Map.entry(20L, -1L));
        assertThat(snapshot.totalOnHand(2)).isZero();
        assertThatThrownBy(() -> snapshot.totalOnHand(3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("product 3 is not in this Autotask snapshot");
        assertThatThrownBy(() -> snapshot.onHandByLocation(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldSayWhatWasPulledInOneLine() {
        AutotaskSnapshot snapshot = snapshot();

        assertThat(snapshot.summary()).isEqualTo("2 locations, 2 products, 2 on-hand entries from InventoryItems, "
                + "0 receipts on transferred POs; 0 calls, 0 retries, 0 ms");
        assertThat(snapshot.toString()).isEqualTo("AutotaskSnapshot[" + snapshot.summary() + "]");
        assertThat(snapshot.inventorySource()).isEqualTo(InventorySource.InventoryItems);
        assertThat(snapshot.pulledAt()).isEqualTo(CLOCK.instant());
        assertThat(snapshot.transferredPurchaseOrders()).containsExactly(Map.entry(7L, TRANSFER));
        assertThat(snapshot.statistics().calls()).isZero();
    }

    @Test
    void shouldRefuseOnHandArraysThatDoNotFitTogether() {
        PullStatistics statistics = new PullStats(CLOCK).statistics();
        List<AutotaskProduct> oneProduct = List.of(new AutotaskProduct(1, "One", true));

        assertThatThrownBy(() -> new AutotaskSnapshot(InventorySource.InventoryItems, CLOCK.instant(), List.of(),
                oneProduct, new int[] {0}, new int[0], new long[0], List.of(), Map.of(), Set.of(), statistics))
                .hasMessage("inconsistent on-hand arrays");
        assertThatThrownBy(() -> new AutotaskSnapshot(InventorySource.InventoryItems, CLOCK.instant(), List.of(),
                oneProduct, new int[] {0, 1}, new int[1], new long[2], List.of(), Map.of(), Set.of(), statistics))
                .hasMessage("inconsistent on-hand arrays");
    }
}
