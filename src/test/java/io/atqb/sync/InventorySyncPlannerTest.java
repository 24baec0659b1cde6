package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InventorySyncPlannerTest {

    @Test
    void shouldFailEveryProductWhoseCutNamesCollideWithoutRegardToCase() {
        List<SyncItem> plan = InventorySyncPlanner.withoutCollisions(List.of(
                ReconciliationTest.product(1, "Dell Latitude 5540 Laptop i7 16GB Silver", 5),
                ReconciliationTest.product(2, "DELL LATITUDE 5540 LAPTOP I7 16GB Black", 7),
                ReconciliationTest.product(3, "Dock", 2)));

        assertThat(plan).hasSize(3);
        assertThat(plan).filteredOn(i -> i.productId() != 3).allSatisfy(item -> {
            assertThat(item.state()).isEqualTo(ItemState.DONE);
            assertThat(item.outcome()).isEqualTo("FAILED");
            assertThat(item.message()).contains("1 (\"Dell Latitude 5540 Laptop i7 16GB Silver\")")
                    .contains("2 (\"DELL LATITUDE 5540 LAPTOP I7 16GB Black\")");
        });
        assertThat(plan).filteredOn(i -> i.productId() == 3).singleElement()
                .satisfies(item -> assertThat(item.state()).isEqualTo(ItemState.PLANNED));
    }

    @Test
    void shouldFailAProductWithoutAName() {
        List<SyncItem> plan = InventorySyncPlanner.withoutCollisions(List.of(ReconciliationTest.product(1, "   ", 1)));

        assertThat(plan.get(0).outcome()).isEqualTo("FAILED");
    }
}
