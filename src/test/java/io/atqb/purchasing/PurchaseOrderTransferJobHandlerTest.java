package io.atqb.purchasing;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.atqb.qbwc.QbwcJob;
import io.atqb.qbwc.RequestQueue;
import io.atqb.qbxml.QbxmlStatus;
import io.atqb.qbxml.VendorAddRq;
import io.atqb.qbxml.VendorAddRs;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/** The transfer job's handler takes the job's row lock once per message set of answers, not once per answer. */
class PurchaseOrderTransferJobHandlerTest {

    private static final QbwcJob JOB = new QbwcJob(12, 3, PurchaseOrderTransfers.JOB_TYPE, QbwcJob.Status.ACTIVE,
            null, "t", null);

    private final TransferSteps steps = mock(TransferSteps.class);
    private final TransferResponses responses = mock(TransferResponses.class);
    private final TransferJobRepository work = mock(TransferJobRepository.class);
    private final RequestQueue queue = mock(RequestQueue.class);
    private final PurchaseOrderTransferJobHandler handler = new PurchaseOrderTransferJobHandler(steps, responses, work);

    @Test
    void shouldLockTheJobOnceBeforeAMessageSetsAnswersAndNotPerAnswer() {
        VendorAddRq first = new VendorAddRq("1", "Acme");
        VendorAddRq second = new VendorAddRq("2", "Globex");
        VendorAddRs ok1 = new VendorAddRs("1", new QbxmlStatus(0, "Info", "Status OK"), null, null);
        VendorAddRs ok2 = new VendorAddRs("2", new QbxmlStatus(0, "Info", "Status OK"), null, null);

        handler.beginResponses(JOB);
        handler.handleResponse(JOB, first, ok1, queue);
        handler.handleResponse(JOB, second, ok2, queue);

        InOrder order = inOrder(work, responses);
        order.verify(work).lock(12);
        order.verify(responses).vendorAdded(JOB, first, ok1);
        order.verify(responses).vendorAdded(JOB, second, ok2);
        verify(work).lock(anyLong());
    }

    @Test
    void shouldNotLockForAnAnswerHandedOverAlone() {
        handler.handleResponse(JOB, new VendorAddRq("1", "Acme"),
                new VendorAddRs("1", new QbxmlStatus(0, "Info", "Status OK"), null, null), queue);

        verify(work, never()).lock(anyLong());
    }
}
