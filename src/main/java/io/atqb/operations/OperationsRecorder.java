package io.atqb.operations;

import io.atqb.history.HistoryEntry;
import io.atqb.history.SyncRun;
import io.atqb.system.Texts;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the other packages tell operations, one typed call at each hook: the meters count it and the alerts judge it.
 * Inside a transaction both wait for its commit (a rolled-back run end is no end), outside they happen at once; neither
 * waits on an alert's delivery.
 */
@Component
public class OperationsRecorder {

    private final OperationsMetrics metrics;
    private final OperationsAlerts alerts;

    public OperationsRecorder(OperationsMetrics metrics, OperationsAlerts alerts) {
        this.metrics = metrics;
        this.alerts = alerts;
    }

    /** A sync run ended: {@code run} as it was before, its final status and message, when, and its history counts. */
    public void syncRunEnded(SyncRun run, SyncRun.Status status, String message, Instant finishedAt,
                             Map<HistoryEntry.Action, Integer> counts) {
        Map<String, Integer> byAction = new LinkedHashMap<>();
        counts.forEach((action, count) -> byAction.put(action.name(), count));
        Duration duration = Duration.between(run.startedAt(), finishedAt);
        afterCommit(new SyncRunEnded(metrics, alerts, run.id(), run.connectorId(), status.name(), message, duration,
                byAction));
    }

    /** A purchase-order transfer to QuickBooks ended (the purchasing package's PurchaseOrderTransferEnded event). */
    public void purchaseOrderTransferEnded(long purchaseOrderId, long transferId, String status, String message) {
        afterCommit(new TransferEnded(metrics, alerts, purchaseOrderId, transferId, status, message));
    }

    /** One Autotask REST call: {@code ok}, or the kind of its failure. */
    public void autotaskCall(String entity, String outcome) {
        metrics.autotaskCall(entity, outcome);
    }

    /** Autotask's ThresholdInformation as read before a pull. */
    public void autotaskBudget(long used, long limit) {
        metrics.autotaskBudget(used, limit);
        alerts.autotaskBudget(used, limit);
    }

    /** The four strings authenticate answered (ticket, answer, postpone, ""). */
    public void qbwcAuthenticated(List<String> answer) {
        String second = answer.size() > 1 ? answer.get(1) : "";
        metrics.qbwcSession(second.equals("nvu") || second.equals("none") || second.equals("busy") ? second : "work");
    }

    /** What sendRequestXML answered ("" when nothing went out). */
    public void qbwcRequestSent(String xml) {
        if (xml != null && !xml.isEmpty()) {
            metrics.qbwcRequestSent(Texts.utf8Length(xml));
        }
    }

    /** What receiveResponseXML brought (QuickBooks' answer to a message set). */
    public void qbwcResponseReceived(String xml) {
        metrics.qbwcResponseReceived(Texts.utf8Length(xml));
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new AfterCommit(action));
        } else {
            action.run();
        }
    }

    private record AfterCommit(Runnable action) implements TransactionSynchronization {

        @Override
        public void afterCommit() {
            action.run();
        }
    }

    private record SyncRunEnded(OperationsMetrics metrics, OperationsAlerts alerts, long runId, long connectorId,
                                String status, String message, Duration duration, Map<String, Integer> counts)
            implements Runnable {

        @Override
        public void run() {
            metrics.syncRunEnded(status, duration, counts);
            alerts.syncRunEnded(runId, connectorId, status, message, counts);
        }
    }

    private record TransferEnded(OperationsMetrics metrics, OperationsAlerts alerts, long purchaseOrderId,
                                 long transferId, String status, String message) implements Runnable {

        @Override
        public void run() {
            metrics.purchaseOrderTransferEnded(purchaseOrderId, transferId, status, message);
            alerts.purchaseOrderTransferEnded(purchaseOrderId, transferId, status, message);
        }
    }
}
