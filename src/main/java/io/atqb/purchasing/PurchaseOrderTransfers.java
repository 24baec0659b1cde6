package io.atqb.purchasing;

import io.atqb.autotask.PurchaseOrderDetail;
import io.atqb.connector.WebConnector;
import io.atqb.connector.WebConnectorRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transfer state of Autotask purchase orders, in the database: marking them ready for the default connector's
 * next QBWC session, their status and QuickBooks keys, every attempt, and what changed since the last transfer.
 */
@Component
public class PurchaseOrderTransfers {

    /** The QBWC job type that carries purchase orders to QuickBooks. */
    public static final String JOB_TYPE = "PURCHASE_ORDER_TRANSFER";

    private final TransferStateRepository states;
    private final PurchaseOrderLedger ledger;
    private final WebConnectorRepository connectors;
    private final TransferJobs jobs;

    PurchaseOrderTransfers(TransferStateRepository states, PurchaseOrderLedger ledger,
                           WebConnectorRepository connectors, TransferJobs jobs) {
        this.states = states;
        this.ledger = ledger;
        this.connectors = connectors;
        this.jobs = jobs;
    }

    /** The state of each PO asked for; a PO nothing is recorded for is NOT_TRANSFERRED. */
    @Transactional(readOnly = true)
    public Map<Long, PurchaseOrderState> states(Collection<Long> purchaseOrderIds) {
        Set<Long> ids = new TreeSet<>(purchaseOrderIds);
        Map<Long, TransferStateRepository.StoredState> stored = states.states(ids);
        Map<Long, Instant> transfers = ledger.transfers(ids);
        Map<Long, PurchaseOrderState> answer = new LinkedHashMap<>();
        for (long id : ids) {
            answer.put(id, stateOf(id, stored.get(id), transfers.get(id)));
        }
        return answer;
    }

    /**
     * The POs with this status, in id order. TRANSFERRED includes POs recorded as transferred by other means
     * ({@code PUT .../quickbooks-transfer}); NOT_TRANSFERRED lists none (every other Autotask PO is).
     */
    @Transactional(readOnly = true)
    public List<Long> idsWithStatus(TransferStatus status) {
        if (status == TransferStatus.NOT_TRANSFERRED) {
            return List.of();
        }
        Set<Long> ids = new TreeSet<>(states.idsWithStatus(status));
        if (status == TransferStatus.TRANSFERRED) {
            Set<Long> tracked = new TreeSet<>();
            for (TransferStatus other : TransferStatus.values()) {
                if (other != TransferStatus.TRANSFERRED) {
                    tracked.addAll(states.idsWithStatus(other));
                }
            }
            ledger.transfers().keySet().stream().filter(id -> !tracked.contains(id)).forEach(ids::add);
        }
        return new ArrayList<>(ids);
    }

    /** The POs QuickBooks has (the ledger the complete sync reads), in id order. */
    @Transactional(readOnly = true)
    public List<Long> transferredIds() {
        return new ArrayList<>(ledger.transfers().keySet());
    }

    /**
     * Marks the POs READY (one QuickBooks already has: an update) and makes sure the default connector has a
     * PENDING transfer job that reads them; answers false when there is no default connector yet (they stay READY
     * and the first connector's first session takes them).
     */
    @Transactional
    public boolean markReady(Collection<Long> purchaseOrderIds, Instant now) {
        Set<Long> ids = new TreeSet<>(purchaseOrderIds);
        Map<Long, PurchaseOrderState> current = states(ids);
        for (long id : ids) {
            PurchaseOrderState state = current.get(id);
            boolean update = state.quickbooksTxnId() != null || state.transferredAt() != null;
            states.markReady(id, update, now);
        }
        Optional<WebConnector> connector = connectors.findDefault();
        if (connector.isEmpty()) {
            return false;
        }
        connectors.lock(connector.get().id());
        jobs.ensureLoading(connector.get().id(), now);
        return true;
    }

    /**
     * Whether the connector has purchase orders still to transfer before a complete sync may plan: an open
     * transfer job that reads Autotask or has a PO that can go on (POs waiting for QuickBooks locks do not hold the
     * sync back). The sync reads the ledger when it plans, so it plans after the transfers.
     */
    @Transactional(readOnly = true)
    public boolean transferPending(long connectorId) {
        return jobs.hasPendingWork(connectorId);
    }

    /** Every attempt to transfer the PO, newest first, each with the receipts it sent. */
    @Transactional(readOnly = true)
    public List<TransferAttempt> attempts(long purchaseOrderId) {
        return states.attempts(purchaseOrderId);
    }

    /**
     * What changed in Autotask since the PO's last transfer: receipts QuickBooks does not have, lines whose
     * quantity or unit cost changed, lines never sent. A PO recorded as transferred by other means (nothing of it
     * was sent by this service) differs by the receipts dated after its transfer time.
     */
    @Transactional(readOnly = true)
    public TransferDifference difference(PurchaseOrderDetail autotask) {
        long id = autotask.purchaseOrder().id();
        List<TransferStateRepository.StoredLine> sentLines = states.lines(id);
        List<TransferStateRepository.StoredReceipt> sentReceipts = states.receipts(id);
        Instant transferredAt = ledger.transfers(List.of(id)).get(id);
        if (sentLines.isEmpty() && sentReceipts.isEmpty() && transferredAt != null) {
            return new TransferDifference(autotask.receipts().stream()
                    .filter(r -> r.receiveDate() == null || r.receiveDate().isAfter(transferredAt)).toList(),
                    List.of(), List.of());
        }
        return TransferPlanning.difference(autotask, sentLines, sentReceipts);
    }

    private static PurchaseOrderState stateOf(long id, TransferStateRepository.StoredState stored, Instant transferredAt) {
        if (stored == null) {
            return transferredAt == null ? PurchaseOrderState.notTransferred(id)
                    : new PurchaseOrderState(id, TransferStatus.TRANSFERRED, transferredAt, null, null, false, null);
        }
        return new PurchaseOrderState(id, stored.status(), transferredAt, stored.txnId(), stored.refNumber(),
                stored.updateRequested(), stored.message());
    }
}
