package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.qbxml.InventoryAdjustmentAddRq;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuickBooksRequestsTest {

    final QuickBooksRequests requests = new QuickBooksRequests(new InventorySyncProperties("", "UTC", 1000, 3));

    @Test
    void shouldSplitAdjustmentsIntoRequestsOfTheConfiguredLineCount() {
        List<SyncItem> items = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            items.add(ReconciliationTest.product(i, "Item " + i, i).linked("L" + i, null));
        }

        List<InventoryAdjustmentAddRq> adjustments = requests.adjust(42, items, "Inventory Adjustment");

        assertThat(adjustments).extracting(a -> a.lines().size()).containsExactly(3, 3, 1);
        assertThat(adjustments.get(0).account()).isEqualTo("Inventory Adjustment");
        assertThat(adjustments.get(0).refNumber()).isEqualTo("ATQB42");
        assertThat(adjustments.get(0).memo()).contains("run 42");
        assertThat(adjustments.get(2).lines().get(0).item().listId()).isEqualTo("L7");
        assertThat(adjustments.get(2).lines().get(0).newQuantity()).isEqualByComparingTo("7");
        assertThat(adjustments.get(2).lines().get(0).quantityDifference()).isNull();
    }

    @Test
    void shouldKeepTheRefNumberWithinElevenCharacters() {
        assertThat(QuickBooksRequests.refNumber(123_456_789_012L)).isEqualTo("ATQB6789012").hasSize(11);
    }
}
