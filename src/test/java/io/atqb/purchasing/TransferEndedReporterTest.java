package io.atqb.purchasing;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import io.atqb.operations.OperationsRecorder;
import org.junit.jupiter.api.Test;

class TransferEndedReporterTest {

    @Test
    void shouldHandAnEndedAttemptToTheOperationsSideWithItsStatusAndMessage() {
        OperationsRecorder operations = mock(OperationsRecorder.class);

        new TransferEndedReporter(operations).onTransferEnded(
                new PurchaseOrderTransferEnded(3001, 17, "FAILED", "Vendor name is in use (3100)"));

        verify(operations).purchaseOrderTransferEnded(3001, 17, "FAILED", "Vendor name is in use (3100)");
    }
}
