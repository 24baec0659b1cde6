package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.connector.ConnectorAccounts;
import io.atqb.qbxml.ActiveStatus;
import io.atqb.qbxml.InventoryAdjustmentAddRq;
import io.atqb.qbxml.ItemInventoryAddRq;
import io.atqb.qbxml.ItemInventoryQueryRq;
import io.atqb.qbxml.ItemQueryRq;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sync's qbXML requests at their edges: the line limit exactly, empty lists, paging, RefNumber length. */
class QuickBooksRequestsEdgesTest {

    final QuickBooksRequests requests = new QuickBooksRequests(new InventorySyncProperties("", "UTC", 250, 100));

    static List<SyncItem> linked(int count) {
        List<SyncItem> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            items.add(ReconciliationTest.product(i, "Item " + i, i).linked("L" + i, null));
        }
        return items;
    }

    @Test
    void shouldSendNoAdjustmentForNoProducts() {
        assertThat(requests.adjust(1, List.of(), "Inventory Adjustment")).isEmpty();
    }

    @Test
    void shouldPutExactlyOneHundredLinesIntoOneAdjustment() {
        List<InventoryAdjustmentAddRq> adjustments = requests.adjust(1, linked(100), "Inventory Adjustment");

        assertThat(adjustments).extracting(a -> a.lines().size()).containsExactly(100);
    }

    @Test
    void shouldStartASecondAdjustmentForTheHundredAndFirstLine() {
        List<InventoryAdjustmentAddRq> adjustments = requests.adjust(1, linked(101), "Inventory Adjustment");

        assertThat(adjustments).extracting(a -> a.lines().size()).containsExactly(100, 1);
        assertThat(adjustments.get(1).lines().get(0).item().listId()).isEqualTo("L101");
    }

    @Test
    void shouldSetAZeroCountWithNewQuantity() {
        SyncItem empty = ReconciliationTest.product(1, "Dock", 0).linked("L1", null);

        InventoryAdjustmentAddRq adjustment = requests.adjustment(3, List.of(empty), "Inventory Adjustment");

        assertThat(adjustment.lines().get(0).newQuantity()).isEqualByComparingTo("0");
    }

    @ParameterizedTest(name = "run {0} -> {1}")
    @CsvSource({"1, ATQB1", "123456, ATQB123456", "1234567, ATQB1234567", "12345678, ATQB2345678"})
    void shouldNameTheRunInTheRefNumberKeepingItsLastSevenDigits(long runId, String refNumber) {
        assertThat(QuickBooksRequests.refNumber(runId)).isEqualTo(refNumber);
    }

    @Test
    void shouldCreateAnInventoryPartDescribedByTheProductsFullName() {
        String name = "A".repeat(31) + "B";
        SyncItem item = ReconciliationTest.product(1, name, 2);

        ItemInventoryAddRq add = requests.create(item, new ConnectorAccounts("Income", "COGS", "Asset", "Adj"));

        assertThat(add.name()).isEqualTo("A".repeat(31));
        assertThat(add.salesDesc()).isEqualTo(name);
        assertThat(add.incomeAccount()).isEqualTo("Income");
        assertThat(add.cogsAccount()).isEqualTo("COGS");
        assertThat(add.assetAccount()).isEqualTo("Asset");
    }

    @Test
    void shouldAskForTheNextPageWithTheIteratorOfThePreviousOne() {
        ItemInventoryQueryRq next = requests.continueQuery("{iterator-1}");

        assertThat(next.iteratorId()).isEqualTo("{iterator-1}");
        assertThat(next.maxReturned()).isEqualTo(250);
        assertThat(next.activeStatus()).isEqualTo(ActiveStatus.ALL);
        assertThat(next.includeRetElements()).isEqualTo(QuickBooksRequests.ITEM_FIELDS);
    }

    @Test
    void shouldReadTheFirstPageOfEveryItemActiveOrNot() {
        ItemInventoryQueryRq first = requests.startQuery();

        assertThat(first.iteratorId()).isNull();
        assertThat(first.maxReturned()).isEqualTo(250);
        assertThat(first.activeStatus()).isEqualTo(ActiveStatus.ALL);
    }

    @Test
    void shouldAskWhatHoldsANameByFullName() {
        ItemQueryRq query = requests.inspectName("Dock");

        assertThat(query.fullNames()).containsExactly("Dock");
        assertThat(query.listIds()).isEmpty();
    }

    @Test
    void shouldReadOneItemAgainByItsListId() {
        assertThat(requests.queryByListId("L1").listIds()).containsExactly("L1");
    }
}
