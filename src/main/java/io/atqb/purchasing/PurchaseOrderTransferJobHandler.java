package io.atqb.purchasing;

import io.atqb.qbwc.JobStep;
import io.atqb.qbwc.QbwcJob;
import io.atqb.qbwc.QbwcJobHandler;
import io.atqb.qbwc.QbwcSession;
import io.atqb.qbwc.RequestQueue;
import io.atqb.qbxml.ItemInventoryAddRq;
import io.atqb.qbxml.ItemInventoryAddRs;
import io.atqb.qbxml.ItemQueryRq;
import io.atqb.qbxml.ItemQueryRs;
import io.atqb.qbxml.ItemReceiptAddRq;
import io.atqb.qbxml.ItemReceiptAddRs;
import io.atqb.qbxml.ItemReceiptQueryRq;
import io.atqb.qbxml.ItemReceiptQueryRs;
import io.atqb.qbxml.PurchaseOrderAddRq;
import io.atqb.qbxml.PurchaseOrderAddRs;
import io.atqb.qbxml.PurchaseOrderModRq;
import io.atqb.qbxml.PurchaseOrderModRs;
import io.atqb.qbxml.PurchaseOrderQueryRq;
import io.atqb.qbxml.PurchaseOrderQueryRs;
import io.atqb.qbxml.QbxmlRequest;
import io.atqb.qbxml.QbxmlResponse;
import io.atqb.qbxml.VendorAddRq;
import io.atqb.qbxml.VendorAddRs;
import io.atqb.qbxml.VendorQueryRq;
import io.atqb.qbxml.VendorQueryRs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The purchase-order transfer as a QBWC job of the default connector: hands the session's steps to
 * {@link TransferSteps} and each answer to {@link TransferResponses}, one typed method per kind of answer.
 */
@Component
public class PurchaseOrderTransferJobHandler implements QbwcJobHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PurchaseOrderTransferJobHandler.class);

    private final TransferSteps steps;
    private final TransferResponses responses;
    private final TransferJobRepository work;

    PurchaseOrderTransferJobHandler(TransferSteps steps, TransferResponses responses, TransferJobRepository work) {
        this.steps = steps;
        this.responses = responses;
        this.work = work;
    }

    @Override
    public String jobType() {
        return PurchaseOrderTransfers.JOB_TYPE;
    }

    @Override
    public void beginSession(QbwcJob job, QbwcSession session, RequestQueue queue) {
        steps.beginSession(job, queue);
    }

    @Override
    public JobStep next(QbwcJob job, QbwcSession session, RequestQueue queue) {
        return steps.next(job, queue);
    }

    /** The job's row is locked once for all the answers of the message set (the load and the sessions take turns). */
    @Override
    public void beginResponses(QbwcJob job) {
        work.lock(job.id());
    }

    @Override
    public void handleResponse(QbwcJob job, QbxmlRequest request, QbxmlResponse response, RequestQueue queue) {
        if (response instanceof VendorQueryRs rs && request instanceof VendorQueryRq rq) {
            responses.vendorFound(job, rq, rs, queue);
        } else if (response instanceof VendorAddRs rs && request instanceof VendorAddRq rq) {
            responses.vendorAdded(job, rq, rs);
        } else if (response instanceof ItemQueryRs rs && request instanceof ItemQueryRq rq) {
            responses.nameInspected(job, rq, rs, queue);
        } else if (response instanceof ItemInventoryAddRs rs && request instanceof ItemInventoryAddRq rq) {
            responses.itemCreated(job, rq, rs, queue);
        } else if (response instanceof PurchaseOrderQueryRs rs && request instanceof PurchaseOrderQueryRq rq) {
            responses.orderRead(job, rq, rs, queue);
        } else if (response instanceof PurchaseOrderAddRs rs && request instanceof PurchaseOrderAddRq rq) {
            responses.orderAdded(job, rq, rs, queue);
        } else if (response instanceof PurchaseOrderModRs rs && request instanceof PurchaseOrderModRq rq) {
            responses.orderModified(job, rq, rs, queue);
        } else if (response instanceof ItemReceiptQueryRs rs && request instanceof ItemReceiptQueryRq rq) {
            responses.receiptsRead(job, rq, rs);
        } else if (response instanceof ItemReceiptAddRs rs && request instanceof ItemReceiptAddRq rq) {
            responses.receiptAdded(job, rq, rs);
        } else {
            LOG.warn("Transfer job {}: unexpected {} ignored", job.id(), response.elementName());
        }
    }

    @Override
    public void interrupted(QbwcJob job, String reason) {
        // the next session starts every unfinished purchase order over and asks QuickBooks before adding again
        LOG.info("Transfer job {} interrupted: {}", job.id(), reason);
    }

    @Override
    public String summary(QbwcJob job) {
        return steps.summary(job);
    }

    @Override
    public int remainingEstimate(QbwcJob job) {
        return steps.remainingEstimate(job);
    }
}
