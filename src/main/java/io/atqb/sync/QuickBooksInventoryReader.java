package io.atqb.sync;

import io.atqb.history.SyncRun;
import io.atqb.history.SyncRunRepository;
import io.atqb.qbwc.RequestQueue;
import io.atqb.qbxml.ItemInventoryQueryRs;
import io.atqb.quickbooks.QuickBooksCodes;
import org.springframework.stereotype.Component;

/**
 * Reads every QuickBooks inventory item in the current session (iterators live only within a session) into
 * the run's picture; when the last page is in, the run goes on to reconcile.
 */
@Component
public class QuickBooksInventoryReader {

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
        picture.clear(runId);
        items.replanUnfinished(runId);
        queue.enqueue(requests.startQuery());
        runs.setPhase(runId, SyncRun.Phase.QUERYING);
    }

    /** The run is complete: its picture is no longer needed. */
    public void clear(long runId) {
        picture.clear(runId);
    }

    /** One iterator page: kept, then the next page, or on to reconcile; a refused query fails the run for now. */
    public void page(long runId, ItemInventoryQueryRs rs, RequestQueue queue) {
        if (!rs.status().isOk() && !rs.status().isNoMatch()) {
            String why = "QuickBooks refused the inventory item query (" + QuickBooksCodes.describe(rs.status())
                    + "); the sync tries again in the next session";
            runs.setStatus(runId, SyncRun.Status.FAILED, why);
            runs.setPhase(runId, SyncRun.Phase.READY);
            return;
        }
        picture.add(runId, rs.items().stream().map(QuickBooksItem::of).toList());
        Integer remaining = rs.iteratorRemainingCount();
        if (remaining != null && remaining > 0 && rs.iteratorId() != null) {
            queue.enqueue(requests.continueQuery(rs.iteratorId()));
        } else {
            runs.setPhase(runId, SyncRun.Phase.RECONCILING);
        }
    }
}
