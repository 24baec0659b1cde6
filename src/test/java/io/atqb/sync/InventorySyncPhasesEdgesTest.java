package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
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
import io.atqb.qbxml.InventoryAdjustmentAddRq;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The phase machine's counts at their edges: 100 lines per adjustment exactly, the estimate, the summary. */
class InventorySyncPhasesEdgesTest {

    static final long RUN = InventorySyncPhasesTest.RUN;
    static final long CONNECTOR = InventorySyncPhasesTest.CONNECTOR;

    final SyncRunRepository runs = mock(SyncRunRepository.class);
    final SyncItemRepository items = mock(SyncItemRepository.class);
    final WebConnectorRepository connectors = mock(WebConnectorRepository.class);
    final HistoryRepository history = mock(HistoryRepository.class);
    final InventorySyncProperties properties = new InventorySyncProperties("", "UTC", 1000, 100);
    final InventorySyncPhases phases = new InventorySyncPhases(runs, items, mock(QuickBooksInventoryReader.class),
            connectors, history, mock(SyncOutcomes.class), new QuickBooksRequests(properties), properties,
            mock(ProducerTemplate.class), Clock.fixed(InventorySyncPhasesTest.NOW, ZoneOffset.UTC),
            mock(OperationsRecorder.class));
    final InventorySyncPhasesTest.InMemoryQueue queue = new InventorySyncPhasesTest.InMemoryQueue();

    @BeforeEach
    void connector() {
        when(connectors.findById(CONNECTOR)).thenReturn(Optional.of(new WebConnector(CONNECTOR, "Main company", "qb",
                "", 60, true, true, null, ConnectorAccounts.defaults(), "owner", "file")));
        when(items.findByState(eq(RUN), any())).thenReturn(List.of());
        when(history.counts(RUN)).thenReturn(InventorySyncPhasesTest.actions(Map.of()));
    }

    void run(SyncRun.Phase phase, String message) {
        SyncRun run = new SyncRun(RUN, CONNECTOR, "ADMIN_API", SyncRun.Status.RUNNING, phase, Instant.EPOCH, null,
                message, 1);
        when(runs.lock(RUN)).thenReturn(run);
        when(runs.find(RUN)).thenReturn(Optional.of(run));
    }

    static List<SyncItem> needingAdjustment(int count) {
        List<SyncItem> products = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            products.add(InventorySyncPhasesTest.product(i, ItemState.NEEDS_ADJUST));
        }
        return products;
    }

    @ParameterizedTest(name = "{0} products to adjust -> {1} request(s), the last of {2} lines")
    @CsvSource({"1, 1, 1", "99, 1, 99", "100, 1, 100", "101, 2, 1", "200, 2, 100", "201, 3, 1"})
    void shouldPutAtMostOneHundredLinesInOneAdjustment(int products, int requests, int lastLines) {
        run(SyncRun.Phase.WRITING, null);
        when(items.findByState(RUN, ItemState.NEEDS_ADJUST)).thenReturn(needingAdjustment(products));

        assertThat(phases.next(RUN, queue)).isEqualTo(JobStep.work());

        assertThat(queue.queued).hasSize(requests).allSatisfy(rq -> assertThat(rq)
                .isInstanceOf(InventoryAdjustmentAddRq.class));
        InventoryAdjustmentAddRq last = (InventoryAdjustmentAddRq) queue.queued.get(requests - 1);
        assertThat(last.lines()).hasSize(lastLines);
        assertThat(queue.queued).allSatisfy(rq -> assertThat(((InventoryAdjustmentAddRq) rq).lines().size())
                .isLessThanOrEqualTo(100));
    }

    @ParameterizedTest(name = "{0} to create, {1} to adjust -> {2}")
    @CsvSource({"0, 0, 0", "99, 99, 0", "100, 0, 1", "0, 100, 1", "199, 250, 3", "300, 100, 4"})
    void shouldEstimateTheRequestsStillToQueue(int toCreate, int toAdjust, int estimate) {
        when(items.count(RUN, ItemState.NEEDS_CREATE)).thenReturn(toCreate);
        when(items.count(RUN, ItemState.NEEDS_ADJUST)).thenReturn(toAdjust);

        assertThat(phases.remainingEstimate(RUN)).isEqualTo(estimate);
    }

    @Test
    void shouldAnswerTheSummaryAFinishedRunKeptWithoutCountingItsHistoryAgain() {
        String kept = "Inventory sync: 2 adjusted, 1 created, 5 unchanged, 3 not synced, 4 failed";
        run(SyncRun.Phase.DONE, kept);
        when(history.counts(RUN)).thenReturn(InventorySyncPhasesTest.actions(Map.of(HistoryEntry.Action.ADJUSTED, 9)));

        assertThat(phases.summary(RUN)).isEqualTo(kept);
        verify(history, never()).counts(RUN);
    }

    @Test
    void shouldGiveOnlyTheCountsOfAFinishedRunThatKeptNoSummary() {
        run(SyncRun.Phase.DONE, null);
        when(history.counts(RUN)).thenReturn(InventorySyncPhasesTest.actions(Map.of(HistoryEntry.Action.ADJUSTED, 2,
                HistoryEntry.Action.CREATED, 1, HistoryEntry.Action.UNCHANGED, 5, HistoryEntry.Action.NOT_SYNCED, 3,
                HistoryEntry.Action.FAILED, 4)));

        assertThat(phases.summary(RUN))
                .isEqualTo("Inventory sync: 2 adjusted, 1 created, 5 unchanged, 3 not synced, 4 failed");
    }

    @Test
    void shouldSayARunWithoutAMessageContinuesInTheNextSession() {
        run(SyncRun.Phase.WRITING, null);

        assertThat(phases.summary(RUN)).endsWith(" (not finished: continues in the next session)");
    }
}
