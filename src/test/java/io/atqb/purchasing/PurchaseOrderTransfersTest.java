package io.atqb.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.ServiceTest;
import io.atqb.connector.ConnectorAccounts;
import io.atqb.connector.ConnectorRequests;
import io.atqb.connector.WebConnector;
import io.atqb.connector.WebConnectorService;
import io.atqb.qbwc.QbwcJob;
import io.atqb.qbwc.QbwcJobRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Marking purchase orders ready: their state, and one PENDING transfer job for the default connector. */
@ServiceTest
class PurchaseOrderTransfersTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @Autowired
    PurchaseOrderTransfers transfers;
    @Autowired
    PurchaseOrderLedger ledger;
    @Autowired
    QbwcJobRepository jobs;
    @Autowired
    WebConnectorService connectors;
    @Autowired
    TransferStateRepository states;
    @Autowired
    TransferWriteBacks writeBacks;
    @Autowired
    WriteBackQueueRepository queue;

    @Test
    void shouldMarkReadyKeepOneTransferJobAndTellAnUpdateFromAFirstTransfer() {
        long connectorId = defaultConnector();
        ledger.recordTransfer(8802, NOW.minusSeconds(60), NOW);

        boolean first = transfers.markReady(List.of(8801L), NOW);
        QbwcJob job = jobs.findOpen(connectorId, PurchaseOrderTransfers.JOB_TYPE).orElseThrow();
        boolean second = transfers.markReady(List.of(8801L, 8802L), NOW);

        assertThat(first).isTrue();
        assertThat(second).isTrue();
        assertThat(job.status()).isEqualTo(QbwcJob.Status.PENDING);
        assertThat(jobs.findOpen(connectorId, PurchaseOrderTransfers.JOB_TYPE).orElseThrow().id()).isEqualTo(job.id());
        assertThat(transfers.states(List.of(8801L, 8802L, 8803L)).values())
                .extracting(PurchaseOrderState::status, PurchaseOrderState::updateRequested)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TransferStatus.READY, false),
                        org.assertj.core.groups.Tuple.tuple(TransferStatus.READY, true),
                        org.assertj.core.groups.Tuple.tuple(TransferStatus.NOT_TRANSFERRED, false));
        assertThat(transfers.idsWithStatus(TransferStatus.READY)).contains(8801L, 8802L);
        assertThat(transfers.transferredIds()).contains(8802L).doesNotContain(8801L);
    }

    @Test
    void shouldMakeAQueuedWriteBackThatCannotReachAutotaskAWarningOnTheTransferNeverItsFailure() {
        long po = 8811;
        states.markReady(po, false, NOW);
        long attempt = states.createAttempt(po, 1, TransferAttempt.Kind.ADD, NOW);
        states.finishAttempt(attempt, TransferAttempt.Status.SUCCEEDED, "TXN-1", null, NOW);
        states.setStatus(po, TransferStatus.TRANSFERRED, null, NOW);

        // the test profile has no Autotask API user: the write cannot reach Autotask; the service's own
        // background route takes the queued write-back
        writeBacks.queue(new WriteBack(po, attempt, "PO-8811"));
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> transfers.attempts(po).get(0).message() != null);

        TransferAttempt after = transfers.attempts(po).get(0);
        assertThat(after.status()).isEqualTo(TransferAttempt.Status.SUCCEEDED);
        assertThat(after.message()).startsWith("Warning: the QuickBooks PO number PO-8811 could not be written back");
        PurchaseOrderState state = transfers.states(List.of(po)).get(po);
        assertThat(state.status()).isEqualTo(TransferStatus.TRANSFERRED);
        assertThat(state.message()).startsWith("Warning:");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> queue.count() == 0);
    }

    private long defaultConnector() {
        return connectors.findDefault().map(WebConnector::id)
                .orElseGet(() -> connectors.create(new ConnectorRequests.NewConnector("Main", "po-transfers-test",
                        "secret-password", "C:\\QB\\main.qbw", 60, ConnectorAccounts.defaults())).id());
    }
}
