package io.atqb.purchasing;

import io.atqb.autotask.AutotaskPurchasing;
import io.atqb.autotask.WriteBackResult;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The write-back of the QuickBooks PO number to Autotask's externalPONumber after a first transfer: queued in the
 * database in the transaction that finished the transfer and written in the background by any instance
 * (routes/purchasing-transfer-write-back.camel.yaml), never on the QBWC call. A refused or failed write is a warning
 * on the attempt, never its failure; a write-back an instance took but did not finish (it stopped) is due again when
 * its lease ends, and writing the same number twice changes nothing in Autotask.
 */
@Component("purchasingWriteBack")
public class TransferWriteBacks {

    private static final Logger LOG = LoggerFactory.getLogger(TransferWriteBacks.class);

    private final AutotaskPurchasing autotask;
    private final TransferStateRepository states;
    private final WriteBackQueueRepository queue;
    private final PurchasingWriteBackProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    TransferWriteBacks(AutotaskPurchasing autotask, TransferStateRepository states, WriteBackQueueRepository queue,
                       PurchasingWriteBackProperties properties, TransactionTemplate tx, Clock clock) {
        this.autotask = autotask;
        this.states = states;
        this.queue = queue;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
    }

    /** Queues the write-back in the current transaction: it goes when the transfer commits, or not at all. */
    void queue(WriteBack writeBack) {
        queue.queue(writeBack, clock.instant());
    }

    /** The oldest write-backs due, each taken (committed) before it is written; answers how many were written. */
    public int writeDue() {
        Instant now = clock.instant();
        List<WriteBackQueueRepository.Queued> due = queue.due(now, properties.batch());
        int written = 0;
        for (WriteBackQueueRepository.Queued queued : due) {
            Boolean taken = tx.execute(status -> queue.take(queued.id(), now, now.plus(properties.lease())));
            if (Boolean.TRUE.equals(taken)) {
                tx.executeWithoutResult(status -> write(queued));
                written++;
            }
        }
        return written;
    }

    /** Writes the PO number; a refusal becomes a warning on the attempt and the PO. Either way it leaves the queue. */
    void write(WriteBackQueueRepository.Queued queued) {
        WriteBack writeBack = queued.writeBack();
        WriteBackResult result;
        try {
            result = autotask.writeExternalPoNumber(writeBack.purchaseOrderId(), writeBack.refNumber());
        } catch (RuntimeException e) {
            result = WriteBackResult.refused(e.getMessage());
        }
        queue.remove(queued.id());
        if (result.written()) {
            LOG.info("Purchase order {}: QuickBooks PO number {} written back to Autotask", writeBack.purchaseOrderId(),
                    writeBack.refNumber());
            return;
        }
        String warning = "Warning: the QuickBooks PO number " + writeBack.refNumber()
                + " could not be written back to Autotask: " + result.message();
        LOG.warn("Purchase order {}: {}", writeBack.purchaseOrderId(), warning);
        states.warnAttempt(writeBack.attemptId(), warning);
        states.warn(writeBack.purchaseOrderId(), warning);
    }
}
