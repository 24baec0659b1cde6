package io.atqb.purchasing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.atqb.autotask.AutotaskPurchaseOrder;
import io.atqb.autotask.AutotaskPurchasing;
import io.atqb.autotask.AutotaskVendor;
import io.atqb.autotask.PurchaseOrderDetail;
import io.atqb.autotask.PurchaseOrderStatus;
import io.atqb.qbwc.QbwcJobRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

/**
 * Storing what a read of Autotask brought: the job is LOADED only when no READY PO is left outside it. A PO marked
 * while the read ran keeps the job LOADING and queues another read, so it is never left out of the next session.
 */
class TransferLoaderTest {

    private static final long JOB = 7;
    private static final long READ_PO = 501;
    private static final long MARKED_DURING_READ = 502;
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private final TransferJobRepository transferJobs = mock(TransferJobRepository.class);
    private final TransferStateRepository states = mock(TransferStateRepository.class);
    private final TransferDetails details = mock(TransferDetails.class);
    private final ProducerTemplate producer = mock(ProducerTemplate.class);
    private final TransferLoader loader = new TransferLoader(transferJobs, states, mock(QbwcJobRepository.class),
            details, mock(AutotaskPurchasing.class), producer, Clock.fixed(NOW, ZoneOffset.UTC));

    private void given(List<Long> ready) {
        TransferJobRepository.TransferJob job =
                new TransferJobRepository.TransferJob(JOB, TransferJobRepository.Phase.LOADING, null, null);
        when(transferJobs.find(JOB)).thenReturn(Optional.of(job));
        when(transferJobs.lock(JOB)).thenReturn(Optional.of(job));
        when(states.states(any())).thenReturn(Map.of(READ_PO, new TransferStateRepository.StoredState(READ_PO,
                TransferStatus.READY, false, 1L, null, null, null, null, null)));
        when(states.createAttempt(anyLong(), anyLong(), any(), any())).thenReturn(11L);
        when(details.write(any())).thenReturn("{}");
        when(transferJobs.work(JOB)).thenReturn(List.of(new TransferWork(JOB, READ_PO, 11, TransferWork.Step.VENDOR,
                "Acme Supply", null, "{}", null, null, NOW)));
        when(states.idsWithStatus(TransferStatus.READY)).thenReturn(ready);
    }

    private static PurchaseOrderDetail read() {
        AutotaskPurchaseOrder header = new AutotaskPurchaseOrder(READ_PO, "PO-501", PurchaseOrderStatus.SUBMITTED, 9,
                "Acme Supply", NOW, NOW, null, null, null);
        return new PurchaseOrderDetail(header, new AutotaskVendor(9, "Acme Supply"), List.of(), List.of(), Map.of());
    }

    @Test
    void shouldCallTheJobLoadedWhenEveryReadyPurchaseOrderIsCarried() {
        given(List.of(READ_PO));

        loader.store(JOB, NOW, List.of(READ_PO), List.of(read()));

        verify(transferJobs).setPhase(JOB, TransferJobRepository.Phase.LOADED, NOW, null);
        verify(producer, never()).sendBody(any(String.class), any());
    }

    @Test
    void shouldKeepTheJobLoadingAndReadAgainWhenAPurchaseOrderWasMarkedDuringTheRead() {
        given(List.of(READ_PO, MARKED_DURING_READ));

        loader.store(JOB, NOW, List.of(READ_PO), List.of(read()));

        verify(transferJobs, never()).setPhase(eq(JOB), eq(TransferJobRepository.Phase.LOADED), any(), any());
        verify(producer).sendBody(PurchasingRoutes.LOAD_ENDPOINT, JOB);
    }
}
