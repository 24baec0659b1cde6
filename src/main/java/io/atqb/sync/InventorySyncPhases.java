package io.atqb.sync;

import io.atqb.connector.WebConnector;
import io.atqb.connector.WebConnectorRepository;
import io.atqb.history.HistoryEntry;
import io.atqb.history.HistoryRepository;
import io.atqb.history.SyncRun;
import io.atqb.history.SyncRunRepository;
import io.atqb.operations.OperationsRecorder;
import io.atqb.qbwc.JobStep;
import io.atqb.qbwc.RequestQueue;
import io.atqb.qbxml.QbxmlRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The phases of a run on the QuickBooks side and its completion. A session starts over from reading QuickBooks
 * (LOADING reads every QuickBooks inventory item but the last page while Autotask loads, then waits for the plan;
 * READY asks for that last page, or reads QuickBooks; QUERYING reads; RECONCILING matches and decides;
 * WRITING queues creates first, then adjustments); when nothing is left the run completes, or pauses for
 * items QuickBooks had locked. Each session reads QuickBooks afresh, so a resumed run converges without
 * applying anything twice.
 */
@Component
public class InventorySyncPhases {

    private static final Logger LOG = LoggerFactory.getLogger(InventorySyncPhases.class);

    private final SyncRunRepository runs;
    private final SyncItemRepository items;
    private final QuickBooksInventoryReader reader;
    private final WebConnectorRepository connectors;
    private final HistoryRepository history;
    private final SyncOutcomes outcomes;
    private final QuickBooksRequests requests;
    private final InventorySyncProperties properties;
    private final ProducerTemplate producer;
    private final Clock clock;
    private final OperationsRecorder operations;

    public InventorySyncPhases(SyncRunRepository runs, SyncItemRepository items, QuickBooksInventoryReader reader,
                               WebConnectorRepository connectors, HistoryRepository history, SyncOutcomes outcomes,
                               QuickBooksRequests requests, InventorySyncProperties properties,
                               ProducerTemplate producer, Clock clock, OperationsRecorder operations) {
        this.runs = runs;
        this.items = items;
        this.reader = reader;
        this.connectors = connectors;
        this.history = history;
        this.outcomes = outcomes;
        this.requests = requests;
        this.properties = properties;
        this.producer = producer;
        this.clock = clock;
        this.operations = operations;
    }

    /** A new session: what an earlier session left queued is gone, and QuickBooks is read again. */
    public void beginSession(long runId, RequestQueue queue) {
        SyncRun run = runs.lock(runId);
        queue.discardOutstanding();
        reader.forget(run.id());
        runs.countSession(run.id());
        if (readsOrWritesQuickBooks(run)) {
            runs.setPhase(run.id(), SyncRun.Phase.READY);
        }
        if (run.status() == SyncRun.Status.FAILED && run.isOpen()) {
            runs.setStatus(run.id(), SyncRun.Status.RUNNING, "Resumed in a new QuickBooks session");
        }
    }

    /** The queue ran dry: the next step of the run's phase. */
    public JobStep next(long runId, RequestQueue queue) {
        SyncRun run = runs.lock(runId);
        if (run.status() == SyncRun.Status.FAILED && run.phase() != SyncRun.Phase.LOAD_FAILED) {
            // QuickBooks refused something the whole run needs; stop here, the next session tries again
            return JobStep.paused(run.message());
        }
        return switch (run.phase()) {
            case LOADING -> readWhileLoading(run, queue);
            case LOAD_FAILED -> JobStep.failed(run.message());
            case READY -> reader.state(run.id()) == PictureState.LAST_PAGE ? finishRead(run, queue) : read(run, queue);
            case QUERYING -> read(run, queue);
            case RECONCILING -> reconcile(run, queue);
            case WRITING -> write(run, queue);
            case DONE -> JobStep.finished();
        };
    }

    /** The session ended before the run did; the run resumes at the next poll. */
    public void interrupted(long runId, String reason) {
        SyncRun run = runs.lock(runId);
        if (!run.isOpen()) {
            return;
        }
        runs.setStatus(run.id(), SyncRun.Status.FAILED,
                reason + ". QuickBooks is consistent; the sync resumes at the next QuickBooks poll.");
        if (readsOrWritesQuickBooks(run)) {
            runs.setPhase(run.id(), SyncRun.Phase.READY);
        }
    }

    /**
     * The counts so far, and why the run is not finished yet when it is not. A finished run's summary was counted
     * when it completed and kept as its message; its history does not change after that, so it is not counted again.
     */
    public String summary(long runId) {
        SyncRun run = runs.find(runId).orElseThrow();
        if (run.phase() == SyncRun.Phase.DONE && run.message() != null) {
            return run.message();
        }
        String summary = summary(history.counts(run.id()));
        if (run.phase() == SyncRun.Phase.DONE) {
            return summary;
        }
        return summary + " (not finished: " + (run.message() == null ? "continues in the next session" : run.message())
                + ")";
    }

    /** Requests still to queue in this session: creates (about 100 per message set) and adjustments. */
    public int remainingEstimate(long runId) {
        return items.count(runId, ItemState.NEEDS_CREATE) / 100
                + items.count(runId, ItemState.NEEDS_ADJUST) / properties.adjustmentLinesPerRequest();
    }

    static String summary(Map<HistoryEntry.Action, Integer> counts) {
        return "Inventory sync: " + counts.get(HistoryEntry.Action.ADJUSTED) + " adjusted, "
                + counts.get(HistoryEntry.Action.CREATED) + " created, "
                + counts.get(HistoryEntry.Action.UNCHANGED) + " unchanged, "
                + counts.get(HistoryEntry.Action.NOT_SYNCED) + " not synced, "
                + counts.get(HistoryEntry.Action.FAILED) + " failed";
    }

    private static boolean readsOrWritesQuickBooks(SyncRun run) {
        return run.phase() == SyncRun.Phase.QUERYING || run.phase() == SyncRun.Phase.RECONCILING
                || run.phase() == SyncRun.Phase.WRITING;
    }

    private JobStep read(SyncRun run, RequestQueue queue) {
        reader.start(run.id(), queue);
        return JobStep.work();
    }

    /**
     * While the snapshot loads, the session reads QuickBooks instead of waiting (once per session; a read whose
     * request was lost starts over); with every page but the last in, or QuickBooks' refusal, it waits for the plan.
     */
    private JobStep readWhileLoading(SyncRun run, RequestQueue queue) {
        PictureState state = reader.state(run.id());
        if (state == PictureState.NONE || state == PictureState.READING) {
            reader.startWhileLoading(run.id(), queue);
            return JobStep.work();
        }
        return JobStep.waiting("Loading the Autotask inventory snapshot");
    }

    /** Planned, with all of QuickBooks but the last page read while it loaded: that page, then reconcile. */
    private JobStep finishRead(SyncRun run, RequestQueue queue) {
        reader.finish(run.id(), queue);
        return JobStep.work();
    }

    /** QuickBooks is read and the run planned: match, decide, then write. */
    private JobStep reconcile(SyncRun run, RequestQueue queue) {
        producer.sendBody(SyncRoutes.RECONCILE_ENDPOINT, run.id());
        runs.setPhase(run.id(), SyncRun.Phase.WRITING);
        return write(run, queue);
    }

    /** Creates first, then adjustments; when nothing is left, the run is complete (or waits for locks). */
    private JobStep write(SyncRun run, RequestQueue queue) {
        WebConnector connector = connectors.findById(run.connectorId()).orElseThrow();
        List<SyncItem> toCreate = items.findByState(run.id(), ItemState.NEEDS_CREATE);
        if (!toCreate.isEmpty()) {
            queueCreates(toCreate, connector, queue);
            return JobStep.work();
        }
        List<SyncItem> toAdjust = items.findByState(run.id(), ItemState.NEEDS_ADJUST);
        if (!toAdjust.isEmpty()) {
            queue.enqueue(requests.adjust(run.id(), toAdjust, connector.accounts().adjustment()));
            outcomes.save(toAdjust.stream().map(SyncItem::adjusting).toList());
            return JobStep.work();
        }
        Map<ItemState, Integer> states = items.countByState(run.id());
        int unfinished = states.get(ItemState.CREATING) + states.get(ItemState.INSPECTING)
                + states.get(ItemState.ADJUSTING) + states.get(ItemState.PLANNED);
        if (unfinished > 0) {
            // requests were lost on the way (the queue is empty): read QuickBooks again and carry on
            LOG.warn("Inventory sync run {}: {} items lost their requests; reading QuickBooks again", run.id(),
                    unfinished);
            return read(run, queue);
        }
        int retry = states.get(ItemState.RETRY);
        if (retry > 0) {
            String why = retry + " item(s) were locked or busy in QuickBooks; they are retried in the next session";
            runs.setStatus(run.id(), SyncRun.Status.RUNNING, why);
            return JobStep.paused(why);
        }
        complete(run, connector);
        return JobStep.finished();
    }

    private void queueCreates(List<SyncItem> toCreate, WebConnector connector, RequestQueue queue) {
        List<QbxmlRequest> adds = new ArrayList<>();
        List<SyncItem> changed = new ArrayList<>();
        for (SyncItem item : toCreate) {
            try {
                adds.add(requests.create(item, connector.accounts()));
                changed.add(item.creating());
            } catch (IllegalArgumentException e) {
                changed.add(item.done("FAILED", "Cannot create QuickBooks item \"" + item.qbName() + "\": "
                        + e.getMessage()));
            }
        }
        queue.enqueue(adds);
        outcomes.save(changed);
    }

    /**
     * Every product is done: the run's status, the flag cleared, "Last Inventory Sync" stamped; its working rows go
     * in the background ({@link InventorySyncCleanup}).
     */
    private void complete(SyncRun run, WebConnector connector) {
        Map<HistoryEntry.Action, Integer> counts = history.counts(run.id());
        boolean clean = counts.get(HistoryEntry.Action.FAILED) == 0 && counts.get(HistoryEntry.Action.NOT_SYNCED) == 0;
        String summary = summary(counts);
        SyncRun.Status status = clean ? SyncRun.Status.SUCCEEDED : SyncRun.Status.COMPLETED_WITH_ERRORS;
        Instant now = clock.instant();
        runs.finish(run.id(), status, SyncRun.Phase.DONE, summary, now);
        operations.syncRunEnded(run, status, summary, now, counts);
        connectors.completeInventorySync(connector.id(), clock.instant());
        LOG.info("Inventory sync run {} for connector '{}' complete. {}", run.id(), connector.name(), summary);
    }
}
