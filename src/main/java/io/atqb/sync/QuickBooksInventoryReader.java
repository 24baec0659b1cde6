package io.atqb.sync;

import io.atqb.history.SyncRun;
import io.atqb.history.SyncRunRepository;
import io.atqb.qbwc.RequestQueue;
import io.atqb.qbxml.ItemInventoryQueryRs;
import io.atqb.quickbooks.QuickBooksCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads every QuickBooks inventory item in the current session (iterators live only within a session) into
 * the run's picture; when the last page is in, the run goes on to reconcile. While the Autotask snapshot still
 * loads, every page but the last is read; the last is asked for once the run is planned, so that its answer
 * reconciles the run.
 */
@Component
public class QuickBooksInventoryReader {

    private static final Logger LOG = LoggerFactory.getLogger(QuickBooksInventoryReader.class);
    /** The longest iterator id kept for a last page (inventory_sync_run.picture_iterator); a longer one reads on. */
    static final int MAX_ITERATOR_ID = 200;

    private final SyncRunRepository runs;
    private final SyncItemRepository items;
    private final QuickBooksPictureRepository picture;
    private final QuickBooksRequests requests;

    public QuickBooksInventoryReader(SyncRunRepository runs, SyncItemRepository items,
                                     QuickBooksPictureRepository picture, QuickBooksRequests requests) {
        this.runs = runs;
        this.items = items;
        this.picture = picture;
        this.requests = requests;
    }

    /** Starts afresh: an empty picture, every unfinished product to be matched again, the first page asked for. */
    public void start(long runId, RequestQueue queue) {
        startQuery(runId, queue);
        items.replanUnfinished(runId);
        runs.setPhase(runId, SyncRun.Phase.QUERYING);
    }

    /**
     * Starts reading while the Autotask snapshot loads: QuickBooks' items do not depend on it, so the session reads
     * them instead of waiting. The run has no products yet and its phase stays LOADING (the load owns it).
     */
    public void startWhileLoading(long runId, RequestQueue queue) {
        startQuery(runId, queue);
    }

    /** An empty picture and the first page asked for. */
    private void startQuery(long runId, RequestQueue queue) {
        picture.clear(runId);
        queue.enqueue(requests.startQuery());
        picture.setState(runId, PictureState.READING);
    }

    /** How far this session has read QuickBooks. */
    public PictureState state(long runId) {
        return picture.state(runId);
    }

    /** The run is planned and every page but the last is in: the last one is asked for. */
    public void finish(long runId, RequestQueue queue) {
        String iterator = picture.lastPageIterator(runId)
                .orElseThrow(() -> new IllegalStateException("Run " + runId + " keeps no iterator for its last page"));
        queue.enqueue(requests.continueQuery(iterator));
        picture.setState(runId, PictureState.READING);
        runs.setPhase(runId, SyncRun.Phase.QUERYING);
    }

    /** A new session: what an earlier session read is no longer current. */
    public void forget(long runId) {
        picture.setState(runId, PictureState.NONE);
    }

    /**
     * One iterator page: kept, then the next page (while the snapshot loads, not the last one: it waits for the
     * plan); after the last one the picture is read and the run goes on to reconcile. A refused query fails the run
     * for now; while the snapshot loads it only marks the picture refused, and QuickBooks is read again once the run
     * is planned.
     */
    public void page(long runId, ItemInventoryQueryRs rs, RequestQueue queue) {
        // the run's row lock: a load that fails meanwhile, and the removal of its rows after, wait for this page
        SyncRun run = runs.lock(runId);
        if (!run.isOpen()) {
            LOG.info("Inventory sync run {} ended while QuickBooks was read; the page is not kept", runId);
            return;
        }
        boolean loading = run.phase() == SyncRun.Phase.LOADING;
        if (!rs.status().isOk() && !rs.status().isNoMatch()) {
            refused(runId, rs, loading);
            return;
        }
        picture.add(runId, rs.items().stream().map(QuickBooksItem::of).toList());
        Integer remaining = rs.iteratorRemainingCount();
        if (remaining != null && remaining > 0 && rs.iteratorId() != null) {
            if (loading && remaining <= requests.pageSize() && rs.iteratorId().length() <= MAX_ITERATOR_ID) {
                picture.awaitLastPage(runId, rs.iteratorId());
            } else {
                queue.enqueue(requests.continueQuery(rs.iteratorId()));
            }
            return;
        }
        picture.setState(runId, PictureState.READ);
        if (!loading) {
            runs.setPhase(runId, SyncRun.Phase.RECONCILING);
        }
    }

    /** While the snapshot loads only the picture is marked; a planned run fails for this session. */
    private void refused(long runId, ItemInventoryQueryRs rs, boolean loading) {
        String code = QuickBooksCodes.describe(rs.status());
        if (loading) {
            LOG.warn("Inventory sync run {}: QuickBooks refused the inventory item query ({}) while the Autotask"
                    + " snapshot loaded; it is asked again once the run is planned", runId, code);
            picture.setState(runId, PictureState.REFUSED);
            return;
        }
        runs.setStatus(runId, SyncRun.Status.FAILED, "QuickBooks refused the inventory item query (" + code
                + "); the sync tries again in the next session");
        runs.setPhase(runId, SyncRun.Phase.READY);
    }
}
