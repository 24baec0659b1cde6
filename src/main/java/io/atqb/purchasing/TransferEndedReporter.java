package io.atqb.purchasing;

import io.atqb.operations.OperationsRecorder;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands every ended transfer attempt to the operations side (the transfers counter and the transfer alerts).
 * The recorder waits for the attempt's transaction to commit, so a rolled-back attempt is never counted.
 */
@Component
class TransferEndedReporter {

    private final OperationsRecorder operations;

    TransferEndedReporter(OperationsRecorder operations) {
        this.operations = operations;
    }

    @EventListener
    void onTransferEnded(PurchaseOrderTransferEnded ended) {
        operations.purchaseOrderTransferEnded(ended.purchaseOrderId(), ended.transferId(), ended.status(),
                ended.message());
    }
}
