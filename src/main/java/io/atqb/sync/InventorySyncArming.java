package io.atqb.sync;

import io.atqb.connector.InventorySyncArmedEvent;
import io.atqb.connector.WebConnector;
import io.atqb.connector.WebConnectorRepository;
import io.atqb.connector.WebConnectorService;
import io.atqb.history.SyncRun;
import io.atqb.history.SyncRunRepository;
import io.atqb.operations.SyncLogContext;
import io.atqb.purchasing.PurchaseOrderTransfers;
import io.atqb.purchasing.PurchaseOrderTransfersSettled;
import io.atqb.qbwc.QbwcJob;
import io.atqb.qbwc.QbwcJobRepository;
import io.atqb.qbwc.QbwcWorkSource;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import org.apache.camel.Header;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns the armed flag into a run: a run record, a QBWC job for the default connector's company file,
 * and the Autotask snapshot loading in the background, so it is usually ready when QBWC next polls.
 */
@Component("inventorySyncArming")
public class InventorySyncArming implements QbwcWorkSource {

    public static final String TRIGGER_SCHEDULE = "SCHEDULE";
    public static final String TRIGGER_ARMED_FLAG = "ARMED_FLAG";
    /** The header camel-quartz gives the time a firing was scheduled for. */
    static final String SCHEDULED_FIRE_TIME = "scheduledFireTime";
    private static final Logger LOG = LoggerFactory.getLogger(InventorySyncArming.class);

    private final WebConnectorRepository connectors;
    private final WebConnectorService connectorService;
    private final SyncRunRepository runs;
    private final QbwcJobRepository jobs;
    private final ProducerTemplate producer;
    private final InventorySyncLoadClaims loadClaims;
    private final Clock clock;

    public InventorySyncArming(WebConnectorRepository connectors, WebConnectorService connectorService,
                               SyncRunRepository runs, QbwcJobRepository jobs,
                               ProducerTemplate producer, InventorySyncLoadClaims loadClaims, Clock clock) {
        this.loadClaims = loadClaims;
        this.connectors = connectors;
        this.connectorService = connectorService;
        this.runs = runs;
        this.jobs = jobs;
        this.producer = producer;
        this.clock = clock;
    }

    /** The flag was armed (admin API or schedule): start a run unless one is already going. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onArmed(InventorySyncArmedEvent event) {
        connectors.lock(event.connectorId());
        startRunIfNone(event.connectorId(), event.trigger());
    }

    /** QBWC logs in: while the flag is armed there is always a run (a failed one is retried here). */
    @Override
    public void prepareJobs(long connectorId) {
        WebConnector connector = connectors.findById(connectorId).orElseThrow();
        if (connector.isDefault() && connector.syncInventoryNext()) {
            startRunIfNone(connectorId, TRIGGER_ARMED_FLAG);
        }
        behindTransfers(connectorId);
    }

    /**
     * Purchase-order transfers pending for the session run before the sync (a session serves jobs oldest first):
     * a sync job older than the connector's open transfer job is queued again behind it. A run still loading keeps
     * its run (its load waits for the transfers); a run already planned read the transferred-PO ledger before these
     * transfers, so it ends and a new run, planned after them, takes its place (the flag stays armed).
     */
    private void behindTransfers(long connectorId) {
        Optional<QbwcJob> sync = jobs.findOpen(connectorId, InventorySyncJobHandler.JOB_TYPE);
        Optional<QbwcJob> transfer = jobs.findOpen(connectorId, PurchaseOrderTransfers.JOB_TYPE);
        if (sync.isEmpty() || transfer.isEmpty() || sync.get().id() > transfer.get().id()
                || sync.get().status() != QbwcJob.Status.PENDING) {
            return;
        }
        long runId = sync.get().referenceId();
        SyncRun run = runs.lock(runId);
        jobs.setStatus(sync.get().id(), QbwcJob.Status.CANCELLED,
                "Queued again behind the purchase-order transfer", clock.instant());
        if (run.phase() == SyncRun.Phase.LOADING) {
            jobs.create(connectorId, InventorySyncJobHandler.JOB_TYPE, runId, clock.instant());
            LOG.info("Inventory sync run {} waits for the purchase-order transfer of connector {}", runId,
                    connectorId);
            return;
        }
        // its working rows go in the background, as a finished run's do (InventorySyncCleanup)
        runs.finish(runId, SyncRun.Status.FAILED, SyncRun.Phase.DONE, "Planned before purchase orders were"
                + " transferred; a new run, planned after the transfer, takes its place", clock.instant());
        startRunIfNone(connectorId, TRIGGER_ARMED_FLAG);
    }

    /** The connector's purchase-order transfers settled: its runs that waited for them read Autotask now. */
    @TransactionalEventListener(fallbackExecution = true)
    public void onTransfersSettled(PurchaseOrderTransfersSettled event) {
        for (SyncRun run : runs.findLoading()) {
            if (run.connectorId() == event.connectorId()) {
                producer.sendBody(SyncRoutes.LOAD_ENDPOINT, run.id());
            }
        }
    }

    /**
     * The Quartz schedule fired (on this instance only, when several share PostgreSQL): arm the default connector,
     * unless its previous run is still going. Two firings racing each other still start one run: arming locks the
     * connector and looks for an open run first.
     */
    @Transactional
    public void armFromSchedule(@Header(SCHEDULED_FIRE_TIME) Date scheduledFireTime) {
        LOG.info("Inventory sync schedule fired (scheduled for {}) on instance '{}'",
                scheduledFireTime == null ? "now" : scheduledFireTime.toInstant(), loadClaims.instanceId());
        Optional<WebConnector> connector = connectors.findDefault();
        if (connector.isEmpty()) {
            LOG.info("Inventory sync schedule: no web connector yet, nothing to arm");
            return;
        }
        if (jobs.findOpen(connector.get().id(), InventorySyncJobHandler.JOB_TYPE).isPresent()) {
            LOG.info("Inventory sync schedule: the previous run of connector '{}' is still going; not arming again",
                    connector.get().name());
            return;
        }
        connectorService.setSyncInventoryNext(connector.get().id(), true, TRIGGER_SCHEDULE);
    }

    /** After a restart, runs that were loading their snapshot start loading again. */
    @EventListener(ApplicationReadyEvent.class)
    public void resumeLoading() {
        for (SyncRun run : runs.findLoading()) {
            try (SyncLogContext log = SyncLogContext.open(run.id(), run.connectorId())) {
                LOG.info("Inventory sync run {} was loading when the service stopped; loading again", run.id());
            }
            producer.sendBody(SyncRoutes.LOAD_ENDPOINT, run.id());
        }
    }

    private void startRunIfNone(long connectorId, String trigger) {
        WebConnector connector = connectors.findById(connectorId).orElseThrow();
        if (!connector.isDefault() || jobs.findOpen(connectorId, InventorySyncJobHandler.JOB_TYPE).isPresent()) {
            return;
        }
        long runId = runs.create(connectorId, trigger, clock.instant());
        jobs.create(connectorId, InventorySyncJobHandler.JOB_TYPE, runId, clock.instant());
        loadClaims.reserve(runId);
        try (SyncLogContext log = SyncLogContext.open(runId, connectorId)) {
            LOG.info("Inventory sync run {} armed for connector '{}' ({}); loading the Autotask snapshot",
                    runId, connector.name(), trigger);
        }
        afterCommit(() -> producer.sendBody(SyncRoutes.LOAD_ENDPOINT, runId));
    }

    private static void afterCommit(Runnable action) {
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
