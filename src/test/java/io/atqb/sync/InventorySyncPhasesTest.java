package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.atqb.operations.OperationsRecorder;
import io.atqb.connector.ConnectorAccounts;
import io.atqb.connector.WebConnector;
import io.atqb.connector.WebConnectorRepository;
import io.atqb.history.HistoryEntry;
import io.atqb.history.HistoryRepository;
import io.atqb.history.SyncRun;
import io.atqb.history.SyncRunRepository;
import io.atqb.qbwc.JobStep;
import io.atqb.qbwc.RequestQueue;
import io.atqb.qbxml.InventoryAdjustmentAddRq;
import io.atqb.qbxml.ItemInventoryAddRq;
import io.atqb.qbxml.QbxmlRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.ArgumentCaptor;

/** The phase machine of a run on the QuickBooks side, with its repositories mocked and an in-memory queue. */
class InventorySyncPhasesTest {

    static final long RUN = 7;
    static final long CONNECTOR = 3;
    static final Instant NOW = Instant.parse("2026-03-05T12:00:00Z");

    final SyncRunRepository runs = mock(SyncRunRepository.class);
    final SyncItemRepository items = mock(SyncItemRepository.class);
    final QuickBooksInventoryReader reader = mock(QuickBooksInventoryReader.class);
    final WebConnectorRepository connectors = mock(WebConnectorRepository.class);
    final HistoryRepository history = mock(HistoryRepository.class);
    final SyncOutcomes outcomes = mock(SyncOutcomes.class);
    final ProducerTemplate producer = mock(ProducerTemplate.class);
    final InventorySyncProperties properties = new InventorySyncProperties("", "UTC", 1000, 100);
    final InventorySyncPhases phases = new InventorySyncPhases(runs, items, reader, connectors, history, outcomes,
            new QuickBooksRequests(properties), properties, producer, Clock.fixed(NOW, ZoneOffset.UTC),
            mock(OperationsRecorder.class));
    final InMemoryQueue queue = new InMemoryQueue();

    /** The job's queue as a list: what was queued, and whether the rest was discarded. */
    static final class InMemoryQueue implements RequestQueue {
        final List<QbxmlRequest> queued = new ArrayList<>();
        boolean discarded;

        @Override
        public void enqueue(List<? extends QbxmlRequest> requests) {
            queued.addAll(requests);
        }

        @Override
        public int outstanding() {
            return queued.size();
        }

        @Override
        public void discardOutstanding() {
            queued.clear();
            discarded = true;
        }
    }

    @BeforeEach
    void connector() {
        when(connectors.findById(CONNECTOR)).thenReturn(Optional.of(new WebConnector(CONNECTOR, "Main company", "qb",
                "", 60, true, true, null, ConnectorAccounts.defaults(), "owner", "file")));
        when(items.findByState(eq(RUN), any())).thenReturn(List.of());
        when(items.countByState(RUN)).thenReturn(states(Map.of()));
        when(history.counts(RUN)).thenReturn(actions(Map.of()));
    }

    void run(SyncRun.Status status, SyncRun.Phase phase) {
        SyncRun run = new SyncRun(RUN, CONNECTOR, "ADMIN_API", status, phase, NOW, null, "why", 1);
        when(runs.lock(RUN)).thenReturn(run);
        when(runs.find(RUN)).thenReturn(Optional.of(run));
    }

    static Map<ItemState, Integer> states(Map<ItemState, Integer> some) {
        Map<ItemState, Integer> all = new EnumMap<>(ItemState.class);
        for (ItemState state : ItemState.values()) {
            all.put(state, some.getOrDefault(state, 0));
        }
        return all;
    }

    static Map<HistoryEntry.Action, Integer> actions(Map<HistoryEntry.Action, Integer> some) {
        Map<HistoryEntry.Action, Integer> all = new EnumMap<>(HistoryEntry.Action.class);
        for (HistoryEntry.Action action : HistoryEntry.Action.values()) {
            all.put(action, some.getOrDefault(action, 0));
        }
        return all;
    }

    static SyncItem product(long id, ItemState state) {
        return ReconciliationTest.product(id, "Item " + id, id).linked("L" + id, null).withState(state);
    }

    @SuppressWarnings("unchecked")
    List<SyncItem> saved() {
        ArgumentCaptor<Collection<SyncItem>> captor = ArgumentCaptor.forClass(Collection.class);
        verify(outcomes).save(captor.capture());
        return List.copyOf(captor.getValue());
    }

    @ParameterizedTest
    @EnumSource(value = PictureState.class, names = {"NONE", "READING"})
    void shouldReadQuickBooksWhileTheSnapshotLoadsInsteadOfWaiting(PictureState picture) {
        run(SyncRun.Status.RUNNING, SyncRun.Phase.LOADING);
        when(reader.state(RUN)).thenReturn(picture);

        JobStep step = phases.next(RUN, queue);

        assertThat(step.kind()).isEqualTo(JobStep.Kind.WORK);
        verify(reader).startWhileLoading(RUN, queue);
        verify(reader, never()).start(RUN, queue);
        verify(runs, never()).setPhase(eq(RUN), any());
    }

    @ParameterizedTest
    @EnumSource(value = PictureState.class, names = {"LAST_PAGE", "READ", "REFUSED"})
    void shouldWaitForTheSnapshotOnceQuickBooksIsReadOrRefusedWhileTheRunLoads(PictureState picture) {
        run(SyncRun.Status.RUNNING, SyncRun.Phase.LOADING);
        when(reader.state(RUN)).thenReturn(picture);

        JobStep step = phases.next(RUN, queue);

        assertThat(step.kind()).isEqualTo(JobStep.Kind.WAITING);
        assertThat(queue.queued).isEmpty();
        verify(reader, never()).startWhileLoading(RUN, queue);
        verify(producer, never()).sendBody(SyncRoutes.RECONCILE_ENDPOINT, RUN);
    }

    @Test
    void shouldFailTheJobWhenTheSnapshotCouldNotBeLoaded() {
        run(SyncRun.Status.FAILED, SyncRun.Phase.LOAD_FAILED);

        assertThat(phases.next(RUN, queue)).isEqualTo(JobStep.failed("why"));
    }

    @ParameterizedTest
    @EnumSource(value = PictureState.class, names = {"NONE", "READING", "READ", "REFUSED"})
    void shouldReadQuickBooksWhenTheRunIsReadyAndThisSessionHasNotReadItWhileItLoaded(PictureState picture) {
        run(SyncRun.Status.RUNNING, SyncRun.Phase.READY);
        when(reader.state(RUN)).thenReturn(picture);

        assertThat(phases.next(RUN, queue).kind()).isEqualTo(JobStep.Kind.WORK);
        verify(reader).start(RUN, queue);
        verify(producer, never()).sendBody(SyncRoutes.RECONCILE_ENDPOINT, RUN);
    }

    @Test
    void shouldAskForTheLastPageOnceTheRunIsPlannedAfterThisSessionReadTheOthers() {
        run(SyncRun.Status.RUNNING, SyncRun.Phase.READY);
        when(reader.state(RUN)).thenReturn(PictureState.LAST_PAGE);

        assertThat(phases.next(RUN, queue).kind()).isEqualTo(JobStep.Kind.WORK);

        verify(reader).finish(RUN, queue);
        verify(reader, never()).start(RUN, queue);
        verify(producer, never()).sendBody(SyncRoutes.RECONCILE_ENDPOINT, RUN);
    }

    @Test
    void shouldPauseARunQuickBooksRefusedUntilTheNextSession() {
        run(SyncRun.Status.FAILED, SyncRun.Phase.READY);

        assertThat(phases.next(RUN, queue)).isEqualTo(JobStep.paused("why"));
        verify(reader, never()).start(RUN, queue);
    }

    @Test
    void shouldReconcileThenWriteOnceQuickBooksIsRead() {
        run(SyncRun.Status.RUNNING, SyncRun.Phase.RECONCILING);
        when(items.findByState(RUN, ItemState.NEEDS_CREATE)).thenReturn(List.of(product(1, ItemState.NEEDS_CREATE)));

        assertThat(phases.next(RUN, queue).kind()).isEqualTo(JobStep.Kind.WORK);

        verify(producer).sendBody(SyncRoutes.RECONCILE_ENDPOINT, RUN);
        verify(runs).setPhase(RUN, SyncRun.Phase.WRITING);
        assertThat(queue.queued).hasSize(1);
    }

    @Test
    void shouldQueueEveryCreateBeforeAnyAdjustment() {
        run(SyncRun.Status.RUNNING, SyncRun.Phase.WRITING);
        when(items.findByState(RUN, ItemState.NEEDS_CREATE)).thenReturn(List.of(product(1, ItemState.NEEDS_CREATE)));
        when(items.findByState(RUN, ItemState.NEEDS_ADJUST)).thenReturn(List.of(product(2, ItemState.NEEDS_ADJUST)));

        phases.next(RUN, queue);

        assertThat(queue.queued).singleElement().isInstanceOfSatisfying(ItemInventoryAddRq.class, add -> {
            assertThat(add.name()).isEqualTo("Item 1");
            assertThat(add.incomeAccount()).isEqualTo(ConnectorAccounts.defaults().income());
        });
        assertThat(saved()).extracting(SyncItem::state).containsExactly(ItemState.CREATING);
    }

    @Test
    void shouldFailAProductWhoseItemCannotBeWrittenAndStillQueueTheOthers() {
        run(SyncRun.Status.RUNNING, SyncRun.Phase.WRITING);
        SyncItem withColon = new SyncItem(RUN, 1, "Cable: Cat6", "Cable: Cat6", 1, 0, 1, "[]", null, null, false,
                false, ItemState.NEEDS_CREATE, null, null);
        when(items.findByState(RUN, ItemState.NEEDS_CREATE)).thenReturn(List.of(withColon,
                product(2, ItemState.NEEDS_CREATE)));

        phases.next(RUN, queue);

        assertThat(queue.queued).hasSize(1);
        assertThat(saved()).extracting(SyncItem::outcome).containsExactly("FAILED", null);
    }

    @Test
    void shouldQueueTheAdjustmentsOnceNothingIsLeftToCreate() {
        run(SyncRun.Status.RUNNING, SyncRun.Phase.WRITING);
        when(items.findByState(RUN, ItemState.NEEDS_ADJUST)).thenReturn(List.of(product(2, ItemState.NEEDS_ADJUST),
                product(3, ItemState.NEEDS_ADJUST)));

        assertThat(phases.next(RUN, queue).kind()).isEqualTo(JobStep.Kind.WORK);

        assertThat(queue.queued).singleElement().isInstanceOfSatisfying(InventoryAdjustmentAddRq.class, adjustment -> {
            assertThat(adjustment.account()).isEqualTo(ConnectorAccounts.defaults().adjustment());
            assertThat(adjustment.lines()).extracting(line -> line.item().listId()).containsExactly("L2", "L3");
        });
        assertThat(saved()).extracting(SyncItem::state).containsOnly(ItemState.ADJUSTING);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ItemState.class, names = {"PLANNED", "CREATING", "INSPECTING", "ADJUSTING"})
    void shouldReadQuickBooksAgainWhenAProductLostItsRequest(ItemState lost) {
        run(SyncRun.Status.RUNNING, SyncRun.Phase.WRITING);
        when(items.countByState(RUN)).thenReturn(states(Map.of(lost, 1, ItemState.RETRY, 1)));

        assertThat(phases.next(RUN, queue).kind()).isEqualTo(JobStep.Kind.WORK);
        verify(reader).start(RUN, queue);
        verify(runs, never()).finish(eq(RUN), any(), any(), anyString(), any());
    }

    @Test
    void shouldPauseForLockedProductsAndLeaveTheRunOpen() {
        run(SyncRun.Status.RUNNING, SyncRun.Phase.WRITING);
        when(items.countByState(RUN)).thenReturn(states(Map.of(ItemState.RETRY, 2, ItemState.DONE, 5)));

        JobStep step = phases.next(RUN, queue);

        assertThat(step.kind()).isEqualTo(JobStep.Kind.PAUSED);
        assertThat(step.message()).startsWith("2 item(s) were locked or busy");
        verify(runs).setStatus(RUN, SyncRun.Status.RUNNING, step.message());
        verify(runs, never()).finish(eq(RUN), any(), any(), anyString(), any());
        verify(connectors, never()).completeInventorySync(CONNECTOR, NOW);
    }

    @Test
    void shouldCompleteCleanlyWhenNothingFailedAndEveryReceiptWasSynced() {
        run(SyncRun.Status.RUNNING, SyncRun.Phase.WRITING);
        when(items.countByState(RUN)).thenReturn(states(Map.of(ItemState.DONE, 5)));
        when(history.counts(RUN)).thenReturn(actions(Map.of(HistoryEntry.Action.ADJUSTED, 2,
                HistoryEntry.Action.CREATED, 3)));

        assertThat(phases.next(RUN, queue)).isEqualTo(JobStep.finished());

        verify(runs).finish(RUN, SyncRun.Status.SUCCEEDED, SyncRun.Phase.DONE,
                "Inventory sync: 2 adjusted, 3 created, 0 unchanged, 0 not synced, 0 failed", NOW);
        verify(connectors).completeInventorySync(CONNECTOR, NOW);
    }

    @ParameterizedTest(name = "one {0}")
    @EnumSource(value = HistoryEntry.Action.class, names = {"FAILED", "NOT_SYNCED"})
    void shouldCompleteWithErrorsWhenAProductFailedOrAReceiptWasNotSynced(HistoryEntry.Action action) {
        run(SyncRun.Status.RUNNING, SyncRun.Phase.WRITING);
        when(history.counts(RUN)).thenReturn(actions(Map.of(action, 1)));

        assertThat(phases.next(RUN, queue)).isEqualTo(JobStep.finished());

        verify(runs).finish(eq(RUN), eq(SyncRun.Status.COMPLETED_WITH_ERRORS), eq(SyncRun.Phase.DONE), anyString(),
                eq(NOW));
        verify(connectors).completeInventorySync(CONNECTOR, NOW);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = SyncRun.Phase.class, names = {"QUERYING", "RECONCILING", "WRITING"})
    void shouldStartANewSessionOverFromReadingQuickBooks(SyncRun.Phase phase) {
        run(SyncRun.Status.FAILED, phase);
        queue.enqueue(new QuickBooksRequests(properties).startQuery());

        phases.beginSession(RUN, queue);

        assertThat(queue.discarded).isTrue();
        verify(reader).forget(RUN);
        verify(runs).countSession(RUN);
        verify(runs).setPhase(RUN, SyncRun.Phase.READY);
        verify(runs).setStatus(RUN, SyncRun.Status.RUNNING, "Resumed in a new QuickBooks session");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = SyncRun.Phase.class, names = {"LOADING", "READY"})
    void shouldLeaveAPhaseBeforeQuickBooksAloneButForgetAnEarlierSessionsReadWhenASessionStarts(
            SyncRun.Phase phase) {
        run(SyncRun.Status.RUNNING, phase);

        phases.beginSession(RUN, queue);

        verify(reader).forget(RUN);
        verify(runs, never()).setPhase(eq(RUN), any());
        verify(runs, never()).setStatus(eq(RUN), any(), anyString());
    }

    @Test
    void shouldFailAnInterruptedRunAndResumeItFromReadingQuickBooks() {
        run(SyncRun.Status.RUNNING, SyncRun.Phase.WRITING);

        phases.interrupted(RUN, "QBWC reported an error");

        verify(runs).setStatus(RUN, SyncRun.Status.FAILED,
                "QBWC reported an error. QuickBooks is consistent; the sync resumes at the next QuickBooks poll.");
        verify(runs).setPhase(RUN, SyncRun.Phase.READY);
    }

    @Test
    void shouldSayWhyARunIsNotFinishedInTheSessionSummary() {
        run(SyncRun.Status.RUNNING, SyncRun.Phase.WRITING);

        assertThat(phases.summary(RUN))
                .isEqualTo("Inventory sync: 0 adjusted, 0 created, 0 unchanged, 0 not synced, 0 failed (not finished: why)");
    }
}
