package io.atqb.sync;

import io.atqb.autotask.SnapshotRequest;
import io.atqb.history.HistoryEntry;
import io.atqb.history.HistoryRecorder;
import io.atqb.history.SyncRun;
import io.atqb.history.SyncRunRepository;
import io.atqb.operations.OperationsRecorder;
import io.atqb.purchasing.PurchaseOrderLedger;
import io.atqb.purchasing.PurchaseOrderTransfers;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
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
    private final PurchaseOrderTransfers transfers;
    private final HistoryRecorder history;
    private final Clock clock;
    private final OperationsRecorder operations;

    public InventorySyncLoader(SyncRunRepository runs, PurchaseOrderLedger ledger, PurchaseOrderTransfers transfers,
                               HistoryRecorder history, Clock clock, OperationsRecorder operations) {
        this.runs = runs;
        this.ledger = ledger;
        this.transfers = transfers;
        this.history = history;
        this.clock = clock;
        this.operations = operations;
    }

    /**
     * True while purchase orders of the run's connector are still to be transferred: the plan reads the
     * transferred-PO ledger, so the run's load waits for them and starts when they settle
     * ({@link InventorySyncArming#onTransfersSettled}).
     */
    public boolean waitsForTransfers(@Header(SyncRoutes.RUN_ID) long runId) {
        return runs.find(runId).filter(run -> run.phase() == SyncRun.Phase.LOADING)
                .map(run -> transfers.transferPending(run.connectorId())).orElse(false);
    }

    /**
     * What to ask Autotask for: the snapshot, with the receipts on every PO in the transferred-PO ledger; on the POs
     * the service transferred itself every receipt, since one its transfer did not send is left out whatever its date.
     */
    public SnapshotRequest snapshotRequest() {
        return new SnapshotRequest(ledger.transfers(), ledger.sentReceipts().keySet());
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
        Instant now = clock.instant();
        runs.finish(runId, SyncRun.Status.FAILED, SyncRun.Phase.LOAD_FAILED, reason, now);
        operations.syncRunEnded(run, SyncRun.Status.FAILED, reason, now, Map.of(HistoryEntry.Action.FAILED, 1));
    }
}
