package io.atqb.purchasing;

import io.atqb.autotask.AutotaskPurchasing;
import io.atqb.autotask.WriteBackResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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

    /**
     * Writes every write-back due when the look began, oldest first, a batch at a time: a batch is taken (leased) in
     * one transaction, written, and the written rows leave the queue in one transaction, even when a later one in the
     * batch failed. Rows queued after the look began wait for the next look, so the loop ends. Answers how many were
     * written or refused.
     */
    public int writeDue() {
        Instant now = clock.instant();
        int done = 0;
        while (true) {
            List<WriteBackQueueRepository.Queued> due = queue.due(now, properties.batch());
            done += writeBatch(due, now);
            if (due.size() < properties.batch()) {
                return done;
            }
        }
    }

    private int writeBatch(List<WriteBackQueueRepository.Queued> due, Instant now) {
        List<WriteBackQueueRepository.Queued> taken = tx.execute(status -> takeAll(due, now));
        List<Long> written = new ArrayList<>();
        try {
            for (WriteBackQueueRepository.Queued queued : taken) {
                if (write(queued)) {
                    written.add(queued.id());
                }
            }
        } finally {
            if (!written.isEmpty()) {
                tx.executeWithoutResult(status -> queue.remove(written));
            }
        }
        return taken.size();
    }

    private List<WriteBackQueueRepository.Queued> takeAll(List<WriteBackQueueRepository.Queued> due, Instant now) {
        Instant leaseEnd = now.plus(properties.lease());
        List<WriteBackQueueRepository.Queued> taken = new ArrayList<>(due.size());
        for (WriteBackQueueRepository.Queued queued : due) {
            if (queue.take(queued.id(), now, leaseEnd)) {
                taken.add(queued);
            }
        }
        return taken;
    }

    /**
     * Writes the PO number: true when Autotask took it (the caller removes the row with the rest of its batch); a
     * refusal becomes a warning on the attempt and the PO and leaves the queue with it, in one transaction.
     */
    boolean write(WriteBackQueueRepository.Queued queued) {
        WriteBack writeBack = queued.writeBack();
        WriteBackResult result;
        try {
            result = autotask.writeExternalPoNumber(writeBack.purchaseOrderId(), writeBack.refNumber());
        } catch (RuntimeException e) {
            result = WriteBackResult.refused(e.getMessage());
        }
        if (result.written()) {
            LOG.info("Purchase order {}: QuickBooks PO number {} written back to Autotask", writeBack.purchaseOrderId(),
                    writeBack.refNumber());
            return true;
        }
        String warning = "Warning: the QuickBooks PO number " + writeBack.refNumber()
                + " could not be written back to Autotask: " + result.message();
        LOG.warn("Purchase order {}: {}", writeBack.purchaseOrderId(), warning);
        tx.executeWithoutResult(status -> {
            queue.remove(List.of(queued.id()));
            states.warnAttempt(writeBack.attemptId(), warning);
            states.warn(writeBack.purchaseOrderId(), warning);
        });
        return false;
    }
}
