package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.atqb.history.SyncRun;
import io.atqb.history.SyncRunRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The reconcile route's beans with their repositories mocked: kept links, products to match, recording. */
class InventorySyncReconcilerTest {

    static final long RUN = 7;
    static final long CONNECTOR = 3;
    static final Instant NOW = Instant.parse("2026-03-05T12:00:00Z");

    final SyncItemRepository items = mock(SyncItemRepository.class);
    final QuickBooksPictureRepository picture = mock(QuickBooksPictureRepository.class);
    final ItemLinkRepository links = mock(ItemLinkRepository.class);
    final SyncRunRepository runs = mock(SyncRunRepository.class);
    final SyncOutcomes outcomes = mock(SyncOutcomes.class);
    final InventorySyncReconciler reconciler = new InventorySyncReconciler(items, picture, links, runs, outcomes,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void run() {
        when(runs.find(RUN)).thenReturn(Optional.of(new SyncRun(RUN, CONNECTOR, "manual", SyncRun.Status.RUNNING,
                SyncRun.Phase.RECONCILING, NOW, null, null, 1)));
    }

    @Test
    void shouldReadTheLinksKeptForTheRunsConnector() {
        when(links.links(CONNECTOR)).thenReturn(Map.of(1L, "L1"));

        assertThat(reconciler.keptLinks(RUN)).containsExactlyEntriesOf(Map.of(1L, "L1"));
    }

    @Test
    void shouldGiveAPlannedProductItsKeptListId() {
        when(items.findByState(RUN, ItemState.PLANNED)).thenReturn(List.of(ReconciliationTest.product(1, "Dock", 2),
                ReconciliationTest.product(2, "Cable", 3)));

        List<SyncItem> planned = reconciler.plannedProducts(RUN, Map.of(1L, "L1"));

        assertThat(planned).extracting(SyncItem::listId).containsExactly("L1", null);
        assertThat(planned.get(0).qbBefore()).isNull();
    }

    @Test
    void shouldKeepAListIdAProductAlreadyHas() {
        when(items.findByState(RUN, ItemState.PLANNED))
                .thenReturn(List.of(ReconciliationTest.product(1, "Dock", 2).linked("L-new", null)));

        assertThat(reconciler.plannedProducts(RUN, Map.of(1L, "L-old"))).extracting(SyncItem::listId)
                .containsExactly("L-new");
    }

    @Test
    void shouldMatchNothingWhenNothingIsPlanned() {
        when(items.findByState(RUN, ItemState.PLANNED)).thenReturn(List.of());

        assertThat(reconciler.plannedProducts(RUN, Map.of(1L, "L1"))).isEmpty();
    }

    @Test
    void shouldReadTheQuickBooksItemsOfTheRun() {
        List<QuickBooksItem> read = List.of(ReconciliationTest.qb("L1", "Dock", "2"));
        when(picture.load(RUN)).thenReturn(read);

        assertThat(reconciler.quickbooksItems(RUN)).isEqualTo(read);
    }

    @SuppressWarnings("unchecked")
    private Map<Long, String> savedLinks() {
        ArgumentCaptor<Map<Long, String>> captor = ArgumentCaptor.forClass(Map.class);
        verify(links).save(eq(CONNECTOR), captor.capture(), eq(NOW));
        return captor.getValue();
    }

    @SuppressWarnings("unchecked")
    private List<SyncItem> savedOutcomes() {
        ArgumentCaptor<Collection<SyncItem>> captor = ArgumentCaptor.forClass(Collection.class);
        verify(outcomes).save(captor.capture());
        return List.copyOf(captor.getValue());
    }

    @Test
    void shouldRecordTheDecisionsAndKeepOnlyNewOrChangedLinks() {
        SyncItem unchanged = ReconciliationTest.product(1, "Dock", 2).linked("L1", null);
        SyncItem moved = ReconciliationTest.product(2, "Cable", 3).linked("L2-old", null);
        SyncItem fresh = ReconciliationTest.product(3, "Mouse", 4);
        SyncItem toCreate = ReconciliationTest.product(4, "Screen", 1);
        List<Reconciliation.Match> matches = Reconciliation.match(List.of(unchanged, moved, fresh, toCreate),
                List.of(ReconciliationTest.qb("L1", "Dock", "2"), ReconciliationTest.qb("L2-new", "Cable", "1"),
                        ReconciliationTest.qb("L3", "Mouse", "4")));

        int recorded = reconciler.record(matches, RUN, Map.of(1L, "L1", 2L, "L2-old"));

        assertThat(recorded).isEqualTo(4);
        assertThat(savedOutcomes()).extracting(SyncItem::state)
                .containsExactly(ItemState.DONE, ItemState.NEEDS_ADJUST, ItemState.DONE, ItemState.NEEDS_CREATE);
        assertThat(savedLinks()).containsExactlyInAnyOrderEntriesOf(Map.of(2L, "L2-new", 3L, "L3"));
    }

    @Test
    void shouldKeepNoLinkForAProductThatFailed() {
        SyncItem first = ReconciliationTest.product(1, "Dock", 2);
        SyncItem second = ReconciliationTest.product(2, "DOCK", 2);
        List<Reconciliation.Match> matches = List.of(
                new Reconciliation.Match(first, ReconciliationTest.qb("L1", "Dock", "2"), null),
                new Reconciliation.Match(second.linked("L1", null), null, "already linked"));

        reconciler.record(matches, RUN, Map.of());

        assertThat(savedOutcomes().get(1).outcome()).isEqualTo("FAILED");
        assertThat(savedLinks()).containsExactlyEntriesOf(Map.of(1L, "L1"));
    }

    @Test
    void shouldRecordNothingForNoMatches() {
        assertThat(reconciler.record(List.of(), RUN, Map.of())).isZero();

        assertThat(savedOutcomes()).isEmpty();
        assertThat(savedLinks()).isEmpty();
    }
}
