package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.atqb.history.HistoryEntry;
import io.atqb.quickbooks.QuickBooksNames;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reconcile route ({@code routes/inventory-sync-reconcile.camel.yaml}) on a planned run and the QuickBooks items
 * read in this session: the match (kept ListID, else the name without regard to case) and the decision (unchanged,
 * create, adjust), with the links it keeps.
 */
class InventorySyncReconcileRouteTest extends InventorySyncRouteTestSupport {

    @Autowired
    QuickBooksPictureRepository picture;
    @Autowired
    ItemLinkRepository links;

    long connectorId;
    long runId;

    @BeforeEach
    void newPlannedRun() {
        connectorId = newConnector();
        runId = newRun(connectorId);
    }

    void planned(long productId, String name, long target) {
        items.insertAll(List.of(new SyncItem(runId, productId, name, QuickBooksNames.itemName(name), target, 0, target,
                "[]", null, null, false, false, ItemState.PLANNED, null, null)));
    }

    void quickbooks(String listId, String fullName, String quantity, boolean active) {
        picture.add(runId, List.of(new QuickBooksItem(listId, fullName,
                quantity == null ? null : new BigDecimal(quantity), active)));
    }

    void quickbooks(String listId, String fullName, String quantity) {
        quickbooks(listId, fullName, quantity, true);
    }

    void kept(long productId, String listId) {
        links.save(connectorId, Map.of(productId, listId), Instant.now());
    }

    void reconcile() {
        producer.sendBody(SyncRoutes.RECONCILE_ENDPOINT, runId);
    }

    @Test
    void shouldMatchByTheKeptListIdBeforeTheName() {
        planned(1, "Widget", 5);
        kept(1, "L-OLD");
        quickbooks("L-NEW", "Widget", "5");
        quickbooks("L-OLD", "Widget (renamed in QuickBooks)", "3");

        reconcile();

        SyncItem item = item(runId, 1);
        assertThat(item.listId()).isEqualTo("L-OLD");
        assertThat(item.qbBefore()).isEqualByComparingTo("3");
        assertThat(item.state()).isEqualTo(ItemState.NEEDS_ADJUST);
        assertThat(links.links(connectorId)).isEqualTo(Map.of(1L, "L-OLD"));
    }

    @Test
    void shouldMatchByNameAndKeepTheNewLinkWhenTheKeptListIdIsGoneFromQuickBooks() {
        planned(1, "Widget", 5);
        kept(1, "L-DELETED");
        quickbooks("L-2", "Widget", "5");

        reconcile();

        assertThat(item(runId, 1).listId()).isEqualTo("L-2");
        assertThat(item(runId, 1).outcome()).isEqualTo("UNCHANGED");
        assertThat(links.links(connectorId)).isEqualTo(Map.of(1L, "L-2"));
    }

    @Test
    void shouldMatchByNameWithoutRegardToCase() {
        planned(1, "Cable <Cat6> 3m", 160);
        quickbooks("L-1", "CABLE <cat6> 3M", "160");

        reconcile();

        SyncItem item = item(runId, 1);
        assertThat(item.listId()).isEqualTo("L-1");
        assertThat(item.outcome()).isEqualTo("UNCHANGED");
        assertThat(links.links(connectorId)).isEqualTo(Map.of(1L, "L-1"));
    }

    @Test
    void shouldCreateAnItemWhenNoQuickBooksNameIsEqualBeyondCase() {
        planned(1, "Cable Cat6 3m", 5);
        quickbooks("L-1", "Cable Cat6 3", "5");
        quickbooks("L-2", "Cable Cat6 3m.", "5");

        reconcile();

        assertThat(item(runId, 1).state()).isEqualTo(ItemState.NEEDS_CREATE);
        assertThat(item(runId, 1).listId()).isNull();
        assertThat(links.links(connectorId)).isEmpty();
    }

    @Test
    void shouldLeaveAProductUnchangedWhoseCountEqualsQuickBooksAsANumber() {
        planned(1, "Monitor 27\" 4K", 8);
        planned(2, "Nothing on hand", 0);
        quickbooks("L-1", "Monitor 27\" 4K", "8.00000");
        quickbooks("L-2", "Nothing on hand", "0");

        reconcile();

        for (long product : List.of(1L, 2L)) {
            assertThat(item(runId, product).state()).isEqualTo(ItemState.DONE);
            assertThat(item(runId, product).outcome()).isEqualTo("UNCHANGED");
        }
        assertThat(history(runId)).extracting(HistoryEntry::action, HistoryEntry::quickbooksListId)
                .containsExactlyInAnyOrder(
                        tuple(HistoryEntry.Action.UNCHANGED, "L-1"),
                        tuple(HistoryEntry.Action.UNCHANGED, "L-2"));
    }

    @Test
    void shouldAdjustAProductWhoseCountIsOneAboveOrBelowQuickBooks() {
        planned(1, "One below", 5);
        planned(2, "One above", 5);
        planned(3, "Negative in QuickBooks", 0);
        quickbooks("L-1", "One below", "4");
        quickbooks("L-2", "One above", "6");
        quickbooks("L-3", "Negative in QuickBooks", "-1");

        reconcile();

        for (long product : List.of(1L, 2L, 3L)) {
            assertThat(item(runId, product).state()).isEqualTo(ItemState.NEEDS_ADJUST);
        }
        assertThat(item(runId, 1).qbBefore()).isEqualByComparingTo("4");
        assertThat(history(runId)).isEmpty();
    }

    @Test
    void shouldMatchAnInactiveQuickBooksItemToo() {
        planned(1, "Old Stock", 2);
        quickbooks("L-1", "Old Stock", "1", false);

        reconcile();

        assertThat(item(runId, 1).listId()).isEqualTo("L-1");
        assertThat(item(runId, 1).state()).isEqualTo(ItemState.NEEDS_ADJUST);
    }

    @Test
    void shouldNeverLetOneQuickBooksItemServeTwoProducts() {
        planned(1, "Renamed product", 5);
        planned(2, "Shared", 5);
        kept(1, "L-1");
        quickbooks("L-1", "Shared", "5");

        reconcile();

        assertThat(item(runId, 1).outcome()).isEqualTo("UNCHANGED");
        assertThat(item(runId, 2).outcome()).isEqualTo("FAILED");
        assertThat(item(runId, 2).message()).contains("already linked to Autotask product 1");
        assertThat(links.links(connectorId)).isEqualTo(Map.of(1L, "L-1"));
    }
}
