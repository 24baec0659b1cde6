package io.atqb.purchasing;

import io.atqb.autotask.AutotaskPurchaseOrderLine;
import io.atqb.autotask.PurchaseOrderDetail;
import io.atqb.qbxml.PurchaseOrderLineRet;
import io.atqb.qbxml.PurchaseOrderRet;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * How a purchase order's part in a transfer job ends, or waits: TRANSFERRED (the ledger the sync reads records
 * the time Autotask was read, the attempt succeeds, the first transfer writes the PO number back), FAILED with
 * the reason (the rest of the job goes on), or RETRY in the next session when QuickBooks was busy.
 */
@Component
class TransferOutcomes {

    private static final Logger LOG = LoggerFactory.getLogger(TransferOutcomes.class);

    private final TransferStateRepository states;
    private final TransferJobRepository work;
    private final PurchaseOrderLedger ledger;
    private final ApplicationEventPublisher events;
    private final PurchasingTransferProperties properties;
    private final TransferWriteBacks writeBacks;
    private final Clock clock;

    TransferOutcomes(TransferStateRepository states, TransferJobRepository work, PurchaseOrderLedger ledger,
                     ApplicationEventPublisher events, PurchasingTransferProperties properties,
                     TransferWriteBacks writeBacks, Clock clock) {
        this.states = states;
        this.work = work;
        this.ledger = ledger;
        this.events = events;
        this.properties = properties;
        this.writeBacks = writeBacks;
        this.clock = clock;
    }

    /** QuickBooks has the PO as Autotask has it: what it has of each line is kept for the next re-transfer. */
    void recordLines(PurchaseOrderDetail detail, PurchaseOrderRet quickbooks) {
        Map<Long, String> txnLines = new HashMap<>();
        for (PurchaseOrderLineRet line : quickbooks.lines()) {
            Long origin = TransferPlanning.lineOfKey(line.other1());
            if (origin != null) {
                txnLines.put(origin, line.txnLineId());
            }
        }
        for (AutotaskPurchaseOrderLine line : detail.lines()) {
            if (txnLines.containsKey(line.id())) {
                states.saveLine(new TransferStateRepository.StoredLine(line.id(), line.purchaseOrderId(),
                        line.productId(), line.quantity(), TransferRequests.price(line.unitCost()),
                        txnLines.get(line.id())));
            }
        }
    }

    /** Everything of the PO reached QuickBooks. */
    void transferred(TransferWork row) {
        Instant now = clock.instant();
        TransferStateRepository.StoredState state = states.state(row.purchaseOrderId()).orElseThrow();
        TransferAttempt attempt = states.attempt(row.attemptId()).orElseThrow();
        states.setStatus(row.purchaseOrderId(), TransferStatus.TRANSFERRED, null, now);
        ledger.recordTransfer(row.purchaseOrderId(), transferTime(row, now), now);
        states.finishAttempt(row.attemptId(), TransferAttempt.Status.SUCCEEDED, state.txnId(), null, now);
        work.save(row.at(TransferWork.Step.DONE).withMessage(null));
        LOG.info("Purchase order {} transferred to QuickBooks as {} ({})", row.purchaseOrderId(), state.refNumber(),
                attempt.kind());
        events.publishEvent(new PurchaseOrderTransferEnded(row.purchaseOrderId(), row.attemptId(),
                TransferAttempt.Status.SUCCEEDED.name(), null));
        if (attempt.kind() == TransferAttempt.Kind.ADD && properties.writeBack() && state.refNumber() != null) {
            writeBacks.queue(new WriteBack(row.purchaseOrderId(), row.attemptId(), state.refNumber()));
        }
    }

    /** The PO cannot go (further) into QuickBooks; the reason stays on it and its attempt. */
    void failed(TransferWork row, String reason) {
        if (row.step().isFinal()) {
            return;
        }
        Instant now = clock.instant();
        TransferStateRepository.StoredState state = states.state(row.purchaseOrderId()).orElseThrow();
        states.setStatus(row.purchaseOrderId(), TransferStatus.FAILED, reason, now);
        if (state.txnId() != null) {
            // QuickBooks has the purchase order (and the receipts that went): the sync must see it as transferred
            ledger.recordTransfer(row.purchaseOrderId(), transferTime(row, now), now);
        }
        states.finishAttempt(row.attemptId(), TransferAttempt.Status.FAILED, state.txnId(), reason, now);
        work.save(row.at(TransferWork.Step.FAILED).withMessage(reason));
        LOG.warn("Purchase order {} failed to transfer: {}", row.purchaseOrderId(), reason);
        events.publishEvent(new PurchaseOrderTransferEnded(row.purchaseOrderId(), row.attemptId(),
                TransferAttempt.Status.FAILED.name(), reason));
    }

    /** QuickBooks was busy or locked: the PO goes on in the next session (it stays READY). */
    void retry(TransferWork row, String reason) {
        if (row.step().isFinal()) {
            return;
        }
        work.save(row.at(TransferWork.Step.RETRY).withMessage(reason));
        states.setStatus(row.purchaseOrderId(), TransferStatus.READY, reason, clock.instant());
    }

    private static Instant transferTime(TransferWork row, Instant now) {
        return row.readAt() == null || row.readAt().isAfter(now) ? now : row.readAt();
    }
}
