package io.atqb.purchasing;

import io.atqb.autotask.AutotaskProduct;
import io.atqb.autotask.AutotaskPurchaseOrderLine;
import io.atqb.autotask.AutotaskPurchasing;
import io.atqb.autotask.PurchaseOrderDetail;
import io.atqb.qbwc.QbwcJob;
import io.atqb.qbwc.QbwcJobRepository;
import io.atqb.quickbooks.QuickBooksNames;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The beans of the load route (routes/purchasing-transfer-load.camel.yaml): which READY purchase orders a transfer
 * job still has to read from Autotask, storing what was read as the job's working rows, and a failed read.
 */
@Component("purchasingTransferLoader")
public class TransferLoader {

    public static final String JOB_ID = "atqbJobId";
    public static final String READ_AT = "atqbReadAt";

    private static final Logger LOG = LoggerFactory.getLogger(TransferLoader.class);

    private final TransferJobRepository transferJobs;
    private final TransferStateRepository states;
    private final QbwcJobRepository jobs;
    private final TransferDetails details;
    private final AutotaskPurchasing autotask;
    private final ProducerTemplate producer;
    private final Clock clock;

    TransferLoader(TransferJobRepository transferJobs, TransferStateRepository states, QbwcJobRepository jobs,
                   TransferDetails details, AutotaskPurchasing autotask, ProducerTemplate producer, Clock clock) {
        this.transferJobs = transferJobs;
        this.states = states;
        this.jobs = jobs;
        this.details = details;
        this.autotask = autotask;
        this.producer = producer;
        this.clock = clock;
    }

    /** The time the read starts: the transfer time the ledger records for what it reads. */
    public Instant readTime() {
        return clock.instant();
    }

    /** The READY POs the job does not carry yet; none: the job is loaded. */
    @Transactional
    public List<Long> toRead(@Header(JOB_ID) long jobId) {
        var job = transferJobs.lock(jobId);
        if (job.isEmpty() || job.get().phase() != TransferJobRepository.Phase.LOADING) {
            return List.of();
        }
        List<Long> ids = readyNotCarried(jobId);
        if (ids.isEmpty()) {
            transferJobs.setPhase(jobId, TransferJobRepository.Phase.LOADED, clock.instant(), null);
        }
        return ids;
    }

    /** The READY POs the job's unfinished working rows do not carry. */
    private List<Long> readyNotCarried(long jobId) {
        Set<Long> carried = new HashSet<>();
        transferJobs.work(jobId).stream().filter(w -> !w.step().isFinal())
                .forEach(w -> carried.add(w.purchaseOrderId()));
        List<Long> ids = new ArrayList<>();
        for (long id : states.idsWithStatus(TransferStatus.READY)) {
            if (!carried.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** Reads the POs with their lines, receipts, vendors and products from Autotask (always fresh). */
    public List<PurchaseOrderDetail> read(@Body List<Long> ids) {
        return autotask.transferData(ids);
    }

    /**
     * What Autotask answered becomes the job's working rows, one attempt each; a PO Autotask lacks fails. The rows
     * are written in batches without locking the job's row, which the QBWC session takes for every message; only
     * the end of the load locks it, to mark the job LOADED in the same short commit.
     */
    @Transactional
    public int store(@Header(JOB_ID) long jobId, @Header(READ_AT) Instant readAt,
                     @Header("atqbAsked") Collection<Long> asked, @Body List<PurchaseOrderDetail> read) {
        if (transferJobs.find(jobId).isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Map<Long, TransferStateRepository.StoredState> current = states.states(asked);
        Set<Long> found = new HashSet<>();
        List<TransferJobRepository.NewWork> rows = new ArrayList<>();
        for (PurchaseOrderDetail detail : read) {
            long id = detail.purchaseOrder().id();
            found.add(id);
            TransferStateRepository.StoredState state = current.get(id);
            if (state == null || state.status() != TransferStatus.READY) {
                continue;
            }
            TransferAttempt.Kind kind = state.txnId() != null ? TransferAttempt.Kind.UPDATE : TransferAttempt.Kind.ADD;
            long attempt = states.createAttempt(id, jobId, kind, now);
            rows.add(newWork(jobId, attempt, detail, readAt));
        }
        transferJobs.replaceAll(jobId, rows);
        for (long id : asked) {
            if (!found.contains(id) && current.containsKey(id) && current.get(id).status() == TransferStatus.READY) {
                long attempt = states.createAttempt(id, jobId, TransferAttempt.Kind.ADD, now);
                String reason = "Autotask has no purchase order " + id;
                states.finishAttempt(attempt, TransferAttempt.Status.FAILED, null, reason, now);
                states.setStatus(id, TransferStatus.FAILED, reason, now);
            }
        }
        if (transferJobs.lock(jobId).isEmpty()) {
            return 0;
        }
        LOG.info("Transfer job {}: read {} purchase orders from Autotask", jobId, read.size());
        if (readyNotCarried(jobId).isEmpty()) {
            transferJobs.setPhase(jobId, TransferJobRepository.Phase.LOADED, now, null);
        } else {
            // POs marked while this read ran: the job stays LOADING and reads them too before any session uses it
            TransferJobs.afterCommit(() -> producer.sendBody(PurchasingRoutes.LOAD_ENDPOINT, jobId));
        }
        return read.size();
    }

    /** The PO's working row with the keys the answers find it by. */
    private TransferJobRepository.NewWork newWork(long jobId, long attempt, PurchaseOrderDetail detail,
                                                  Instant readAt) {
        long id = detail.purchaseOrder().id();
        String vendor = TransferPlanning.vendorName(detail.vendor() != null ? detail.vendor().name()
                : detail.purchaseOrder().vendorName());
        Map<Long, String> itemKeys = new HashMap<>();
        for (AutotaskPurchaseOrderLine line : detail.lines()) {
            AutotaskProduct product = detail.products().get(line.productId());
            itemKeys.put(line.productId(), product == null ? null
                    : QuickBooksNames.key(QuickBooksNames.itemName(product.name())));
        }
        TransferWork work = new TransferWork(jobId, id, attempt, TransferWork.Step.VENDOR, vendor, null,
                details.write(detail), null, null, readAt);
        return new TransferJobRepository.NewWork(work, QuickBooksNames.key(vendor),
                TransferPlanning.purchaseOrderGuid(id),
                TransferPlanning.purchaseOrderRefNumber(id, detail.purchaseOrder().purchaseOrderNumber()), itemKeys);
    }

    /** Autotask could not be read: the POs stay READY and the job says why; the next QBWC log-in reads again. */
    @Transactional
    public void failed(@Header(JOB_ID) long jobId, @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception cause) {
        if (transferJobs.lock(jobId).isEmpty()) {
            return;
        }
        String reason = "Could not read the purchase orders from Autotask: "
                + (cause == null ? "unknown error" : cause.getMessage())
                + ". They stay ready and are read again at the next QuickBooks poll.";
        LOG.warn("Transfer job {}: {}", jobId, reason);
        transferJobs.setPhase(jobId, TransferJobRepository.Phase.LOAD_FAILED, null, reason);
    }

    /** After a restart, jobs that were reading Autotask read again. */
    @EventListener(ApplicationReadyEvent.class)
    public void resumeLoading() {
        for (long jobId : transferJobs.loading()) {
            boolean open = jobs.find(jobId).map(j -> j.status() == QbwcJob.Status.PENDING
                    || j.status() == QbwcJob.Status.ACTIVE).orElse(false);
            if (open) {
                LOG.info("Transfer job {} was reading Autotask when the service stopped; reading again", jobId);
                producer.sendBody(PurchasingRoutes.LOAD_ENDPOINT, jobId);
            }
        }
    }
}
