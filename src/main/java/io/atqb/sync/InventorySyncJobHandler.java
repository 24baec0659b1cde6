package io.atqb.sync;

import io.atqb.operations.SyncLogContext;
import io.atqb.qbwc.JobStep;
import io.atqb.qbwc.QbwcJob;
import io.atqb.qbwc.QbwcJobHandler;
import io.atqb.qbwc.QbwcSession;
import io.atqb.qbwc.RequestQueue;
import io.atqb.qbxml.InventoryAdjustmentAddRq;
import io.atqb.qbxml.InventoryAdjustmentAddRs;
import io.atqb.qbxml.ItemInventoryAddRq;
import io.atqb.qbxml.ItemInventoryAddRs;
import io.atqb.qbxml.ItemInventoryQueryRq;
import io.atqb.qbxml.ItemInventoryQueryRs;
import io.atqb.qbxml.ItemQueryRq;
import io.atqb.qbxml.ItemQueryRs;
import io.atqb.qbxml.QbxmlRequest;
import io.atqb.qbxml.QbxmlResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The complete inventory sync as a QBWC job: the job's reference is the run id. Hands the session's steps to
 * {@link InventorySyncPhases}, iterator pages to {@link QuickBooksInventoryReader} and the answers to writes to
 * {@link InventorySyncResponses}, one typed method per kind of answer.
 */
@Component
public class InventorySyncJobHandler implements QbwcJobHandler {

    public static final String JOB_TYPE = "INVENTORY_SYNC";
    private static final Logger LOG = LoggerFactory.getLogger(InventorySyncJobHandler.class);

    private final InventorySyncPhases phases;
    private final QuickBooksInventoryReader reader;
    private final InventorySyncResponses responses;

    public InventorySyncJobHandler(InventorySyncPhases phases, QuickBooksInventoryReader reader,
                                   InventorySyncResponses responses) {
        this.phases = phases;
        this.reader = reader;
        this.responses = responses;
    }

    @Override
    public String jobType() {
        return JOB_TYPE;
    }

    @Override
    public void beginSession(QbwcJob job, QbwcSession session, RequestQueue queue) {
        try (SyncLogContext log = logContext(job)) {
            phases.beginSession(job.referenceId(), queue);
        }
    }

    @Override
    public JobStep next(QbwcJob job, QbwcSession session, RequestQueue queue) {
        try (SyncLogContext log = logContext(job)) {
            return phases.next(job.referenceId(), queue);
        }
    }

    @Override
    public void handleResponse(QbwcJob job, QbxmlRequest request, QbxmlResponse response, RequestQueue queue) {
        try (SyncLogContext log = logContext(job)) {
            handle(job.referenceId(), request, response, queue);
        }
    }

    private void handle(long runId, QbxmlRequest request, QbxmlResponse response, RequestQueue queue) {
        if (response instanceof ItemInventoryQueryRs rs && request instanceof ItemInventoryQueryRq rq) {
            if (rq.iterator() != null) {
                reader.page(runId, rs, queue);
            } else {
                responses.itemRefreshed(runId, rq, rs, queue);
            }
        } else if (response instanceof ItemInventoryAddRs rs && request instanceof ItemInventoryAddRq rq) {
            responses.created(runId, rq, rs, queue);
        } else if (response instanceof ItemQueryRs rs && request instanceof ItemQueryRq rq) {
            responses.nameInspected(runId, rq, rs, queue);
        } else if (response instanceof InventoryAdjustmentAddRs rs && request instanceof InventoryAdjustmentAddRq rq) {
            responses.adjusted(runId, rq, rs, queue);
        } else {
            LOG.warn("Inventory sync run {}: unexpected {} ignored", runId, response.elementName());
        }
    }

    @Override
    public void interrupted(QbwcJob job, String reason) {
        try (SyncLogContext log = logContext(job)) {
            phases.interrupted(job.referenceId(), reason);
        }
    }

    @Override
    public String summary(QbwcJob job) {
        return phases.summary(job.referenceId());
    }

    @Override
    public int remainingEstimate(QbwcJob job) {
        return phases.remainingEstimate(job.referenceId());
    }

    /** The run id and connector on the log lines of this job's steps. */
    private static SyncLogContext logContext(QbwcJob job) {
        return SyncLogContext.open(job.referenceId(), job.connectorId());
    }
}
