package io.atqb.purchasing;

import io.atqb.qbwc.QbwcJob;
import io.atqb.qbwc.QbwcJobRepository;
import java.time.Instant;
import java.util.Optional;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The PURCHASE_ORDER_TRANSFER job of a connector: there is at most one open, and whenever POs are marked ready
 * it reads Autotask again (in the background, after the marking commits) for those it does not carry yet.
 */
@Component
class TransferJobs {

    private final QbwcJobRepository jobs;
    private final TransferJobRepository transferJobs;
    private final ProducerTemplate producer;

    TransferJobs(QbwcJobRepository jobs, TransferJobRepository transferJobs, ProducerTemplate producer) {
        this.jobs = jobs;
        this.transferJobs = transferJobs;
        this.producer = producer;
    }

    /** The connector's open transfer job, created when there is none; it loads the READY POs it lacks. */
    long ensureLoading(long connectorId, Instant now) {
        Optional<QbwcJob> open = jobs.findOpen(connectorId, PurchaseOrderTransfers.JOB_TYPE);
        long jobId;
        if (open.isPresent()) {
            jobId = open.get().id();
            if (transferJobs.lock(jobId).isEmpty()) {
                transferJobs.create(jobId);
            }
            transferJobs.setPhase(jobId, TransferJobRepository.Phase.LOADING, null, null);
        } else {
            jobId = jobs.create(connectorId, PurchaseOrderTransfers.JOB_TYPE, null, now);
            transferJobs.create(jobId);
        }
        afterCommit(() -> producer.sendBody(PurchasingRoutes.LOAD_ENDPOINT, jobId));
        return jobId;
    }

    /** Whether the connector's open transfer job reads Autotask or has a purchase order that can go on. */
    boolean hasPendingWork(long connectorId) {
        Optional<QbwcJob> open = jobs.findOpen(connectorId, PurchaseOrderTransfers.JOB_TYPE);
        if (open.isEmpty()) {
            return false;
        }
        Optional<TransferJobRepository.TransferJob> job = transferJobs.find(open.get().id());
        if (job.isEmpty()) {
            return false;
        }
        if (job.get().phase() == TransferJobRepository.Phase.LOADING) {
            return true;
        }
        return transferJobs.hasRowToGoOn(open.get().id());
    }

    /** Whether the connector has an open transfer job. */
    boolean isOpen(long connectorId) {
        return jobs.findOpen(connectorId, PurchaseOrderTransfers.JOB_TYPE).isPresent();
    }

    static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
