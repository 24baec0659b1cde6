package io.atqb.purchasing;

import io.atqb.autotask.AutotaskPurchasing;
import io.atqb.autotask.WriteBackResult;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The write-back of the QuickBooks PO number to Autotask's externalPONumber after a first transfer: queued when
 * the transfer commits and written in the background (routes/purchasing-transfer-write-back.camel.yaml), never on
 * the QBWC call. A refused or failed write is a warning on the attempt, never its failure.
 */
@Component("purchasingWriteBack")
public class TransferWriteBacks {

    private static final Logger LOG = LoggerFactory.getLogger(TransferWriteBacks.class);

    private final ProducerTemplate producer;
    private final AutotaskPurchasing autotask;
    private final TransferStateRepository states;

    TransferWriteBacks(ProducerTemplate producer, AutotaskPurchasing autotask, TransferStateRepository states) {
        this.producer = producer;
        this.autotask = autotask;
        this.states = states;
    }

    /** Queues the write-back once the current transaction commits. */
    void after(WriteBack writeBack) {
        TransferJobs.afterCommit(() -> producer.sendBody(PurchasingRoutes.WRITE_BACK_ENDPOINT, writeBack));
    }

    /** Writes the PO number; a refusal becomes a warning on the attempt and the PO. */
    @Transactional
    public void write(WriteBack writeBack) {
        WriteBackResult result;
        try {
            result = autotask.writeExternalPoNumber(writeBack.purchaseOrderId(), writeBack.refNumber());
        } catch (RuntimeException e) {
            result = WriteBackResult.refused(e.getMessage());
        }
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
