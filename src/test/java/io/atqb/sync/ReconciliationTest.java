package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.quickbooks.QuickBooksNames;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

    @Test
    void shouldMatchByTheKeptListIdBeforeTheName() {
        SyncItem renamedInQuickBooks = product(1, "Widget", 5).linked("L-OLD", null);
        List<Reconciliation.Match> matches = Reconciliation.match(List.of(renamedInQuickBooks),
                List.of(qb("L-NEW", "Widget", "5"), qb("L-OLD", "Widget (renamed)", "3")));

        assertThat(matches.get(0).quickbooks().listId()).isEqualTo("L-OLD");
    }

    @Test
    void shouldMatchByNameWithoutRegardToCaseWhenNoListIdIsKept() {
        List<Reconciliation.Match> matches = Reconciliation.match(List.of(product(1, "Cable <Cat6>", 5)),
                List.of(qb("L1", "cable <CAT6>", "2")));

        assertThat(matches.get(0).quickbooks().listId()).isEqualTo("L1");
        assertThat(matches.get(0).problem()).isNull();
    }

    @Test
    void shouldNeverLetOneQuickBooksItemServeTwoProducts() {
        SyncItem linked = product(1, "Old name", 5).linked("L1", null);
        SyncItem sameName = product(2, "Shared", 5);
        List<Reconciliation.Match> matches = Reconciliation.match(List.of(linked, sameName),
                List.of(qb("L1", "Shared", "5")));

        assertThat(matches.get(0).quickbooks().listId()).isEqualTo("L1");
        assertThat(matches.get(1).quickbooks()).isNull();
        assertThat(matches.get(1).problem()).contains("already linked to Autotask product 1");
    }

    @Test
    void shouldDecideUnchangedAdjustOrCreate() {
        List<SyncItem> decided = Reconciliation.decide(List.of(
                new Reconciliation.Match(product(1, "Same", 5), qb("L1", "Same", "5.00000"), null),
                new Reconciliation.Match(product(2, "Differs", 5), qb("L2", "Differs", "4"), null),
                new Reconciliation.Match(product(3, "Missing", 5), null, null),
                new Reconciliation.Match(product(4, "Taken", 5), null, "already linked")));

        assertThat(decided.get(0).state()).isEqualTo(ItemState.DONE);
        assertThat(decided.get(0).outcome()).isEqualTo("UNCHANGED");
        assertThat(decided.get(0).qbBefore()).isEqualByComparingTo("5");
        assertThat(decided.get(1).state()).isEqualTo(ItemState.NEEDS_ADJUST);
        assertThat(decided.get(1).listId()).isEqualTo("L2");
        assertThat(decided.get(1).qbBefore()).isEqualByComparingTo("4");
        assertThat(decided.get(2).state()).isEqualTo(ItemState.NEEDS_CREATE);
        assertThat(decided.get(3).outcome()).isEqualTo("FAILED");
    }

    @Test
    void shouldCountAnEarlierSessionsWriteWhenQuickBooksAlreadyMatches() {
        SyncItem adjustedBeforeTheDrop = product(1, "Adjusted", 5).linked("L1", new BigDecimal("2")).adjusting();
        SyncItem createdBeforeTheDrop = product(2, "Created", 0).creating();

        List<SyncItem> decided = Reconciliation.decide(List.of(
                new Reconciliation.Match(adjustedBeforeTheDrop, qb("L1", "Adjusted", "5"), null),
                new Reconciliation.Match(createdBeforeTheDrop, qb("L2", "Created", "0"), null)));

        assertThat(decided.get(0).outcome()).isEqualTo("ADJUSTED");
        assertThat(decided.get(0).qbBefore()).isEqualByComparingTo("2");
        assertThat(decided.get(1).outcome()).isEqualTo("CREATED");
    }

    static SyncItem product(long id, String name, long target) {
        return new SyncItem(7, id, name, QuickBooksNames.itemName(name), target, 0, target, "[]", null, null,
                false, false, ItemState.PLANNED, null, null);
    }

    static QuickBooksItem qb(String listId, String name, String quantity) {
        return new QuickBooksItem(listId, name, new BigDecimal(quantity), true);
    }
}
