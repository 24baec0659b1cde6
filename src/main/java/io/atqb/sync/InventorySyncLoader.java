package io.atqb.sync;

import io.atqb.autotask.SnapshotRequest;
import io.atqb.history.HistoryEntry;
import io.atqb.history.HistoryRecorder;
import io.atqb.history.SyncRun;
import io.atqb.history.SyncRunRepository;
import io.atqb.purchasing.PurchaseOrderLedger;
import java.time.Clock;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The beans of the load route: what to ask Autotask, and failures. Which instance pulls a run is
 * {@link InventorySyncLoadClaims}'s business.
 */
@Component("inventorySyncLoader")
public class InventorySyncLoader {

    private static final Logger LOG = LoggerFactory.getLogger(InventorySyncLoader.class);

    private final SyncRunRepository runs;
    private final PurchaseOrderLedger ledger;
    private final HistoryRecorder history;
    private final Clock clock;

    public InventorySyncLoader(SyncRunRepository runs, PurchaseOrderLedger ledger, HistoryRecorder history,
                               Clock clock) {
        this.runs = runs;
        this.ledger = ledger;
        this.history = history;
        this.clock = clock;
    }

    /** What to ask Autotask for: the snapshot, with the receipts on every PO in the transferred-PO ledger. */
    public SnapshotRequest snapshotRequest() {
        return new SnapshotRequest(ledger.transfers());
    }

    /** Autotask could not give a complete snapshot: the run fails with the reason; QuickBooks is untouched. */
    @Transactional
    public void failed(@Header(SyncRoutes.RUN_ID) long runId,
                       @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception cause) {
        SyncRun run = runs.lock(runId);
        if (run.phase() != SyncRun.Phase.LOADING) {
            return;
        }
        String reason = "Could not read the inventory from Autotask: " + (cause == null ? "unknown error"
                : cause.getMessage()) + ". QuickBooks was not changed; the flag stays armed and the sync is retried"
                + " at the next QuickBooks poll.";
        LOG.warn("Inventory sync run {} failed: {}", runId, reason);
        history.record(new HistoryEntry(runId, HistoryEntry.Severity.ERROR, HistoryEntry.Action.FAILED, null, null,
                null, null, null, null, null, null, null, reason));
        runs.finish(runId, SyncRun.Status.FAILED, SyncRun.Phase.LOAD_FAILED, reason, clock.instant());
    }
}
