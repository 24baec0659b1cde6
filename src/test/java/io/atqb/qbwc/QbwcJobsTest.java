package io.atqb.qbwc;

import static io.atqb.qbwc.QbwcUnitFixtures.NOW;
import static io.atqb.qbwc.QbwcUnitFixtures.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.qbxml.QbxmlWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QbwcJobsTest {

    private final QbwcJobHandler sync = mock(QbwcJobHandler.class);
    private final QbwcJobHandler transfer = mock(QbwcJobHandler.class);
    private final QbwcJobRepository repository = mock(QbwcJobRepository.class);
    private final QbwcQueueRepository queue = mock(QbwcQueueRepository.class);
    private final QbwcSession session = QbwcUnitFixtures.open(TICKET, NOW);
    private QbwcJobs jobs;

    @BeforeEach
    void setUp() {
        when(sync.jobType()).thenReturn("sync");
        when(transfer.jobType()).thenReturn("transfer");
        jobs = new QbwcJobs(List.of(sync, transfer), repository, queue,
                new QueuedRequestCodec(new ObjectMapper(), new QbxmlWriter()), QbwcUnitFixtures.CLOCK);
    }

    private static QbwcJob job(long id, String type, QbwcJob.Status status, String ticket) {
        return QbwcUnitFixtures.job(id, type, status, ticket);
    }

    @Test
    void shouldFindTheHandlerByTheJobsType() {
        assertThat(jobs.handler(job(1, "sync", QbwcJob.Status.PENDING, null))).isSameAs(sync);
        assertThat(jobs.handler(job(2, "transfer", QbwcJob.Status.PENDING, null))).isSameAs(transfer);
        assertThatThrownBy(() -> jobs.handler(job(3, "unknown", QbwcJob.Status.PENDING, null)))
                .isInstanceOf(IllegalStateException.class).hasMessage("No handler for job type unknown");
    }

    @Test
    void shouldAnswerTheConnectorsOpenJobsFromTheRepository() {
        List<QbwcJob> open = List.of(job(1, "sync", QbwcJob.Status.PENDING, null));
        when(repository.findOpen(7L)).thenReturn(open);

        assertThat(jobs.open(7L)).isSameAs(open);
    }

    @Test
    void shouldHandTheHandlerAQueueOfItsOwnJob() {
        when(queue.countOutstanding(5L)).thenReturn(3);

        assertThat(jobs.queueOf(job(5, "sync", QbwcJob.Status.ACTIVE, TICKET)).outstanding()).isEqualTo(3);
    }

    @Test
    void shouldCountAJobAsPausedOnlyWhenPendingInThisSession() {
        assertThat(QbwcJobs.pausedInThisSession(job(1, "sync", QbwcJob.Status.PENDING, TICKET), session)).isTrue();
        assertThat(QbwcJobs.pausedInThisSession(job(1, "sync", QbwcJob.Status.ACTIVE, TICKET), session)).isFalse();
        assertThat(QbwcJobs.pausedInThisSession(job(1, "sync", QbwcJob.Status.PENDING, "other"), session)).isFalse();
        assertThat(QbwcJobs.pausedInThisSession(job(1, "sync", QbwcJob.Status.PENDING, null), session)).isFalse();
    }

    @Test
    void shouldNotBeginAgainAJobTheSessionAlreadyWorksOn() {
        jobs.beginInSession(job(1, "sync", QbwcJob.Status.ACTIVE, TICKET), session, NOW);

        verify(repository, never()).activate(anyLong(), any(), any());
        verify(sync, never()).beginSession(any(), any(), any());
    }

    @Test
    void shouldBeginAJobOfAnotherSessionOrOneNotActive() {
        QbwcJob elsewhere = job(1, "sync", QbwcJob.Status.ACTIVE, "other");
        QbwcJob pending = job(2, "sync", QbwcJob.Status.PENDING, TICKET);

        jobs.beginInSession(elsewhere, session, NOW);
        jobs.beginInSession(pending, session, NOW);

        verify(repository).activate(1L, TICKET, NOW);
        verify(repository).activate(2L, TICKET, NOW);
        verify(sync).beginSession(eq(elsewhere), eq(session), any(JobRequestQueue.class));
        verify(sync).beginSession(eq(pending), eq(session), any(JobRequestQueue.class));
    }

    @Test
    void shouldRecordFinishedPausedAndFailedStepsAndNothingElse() {
        QbwcJob job = job(1, "sync", QbwcJob.Status.ACTIVE, TICKET);

        jobs.record(job, JobStep.finished(), NOW);
        jobs.record(job, JobStep.paused("next session"), NOW);
        jobs.record(job, JobStep.failed("broken"), NOW);
        jobs.record(job, JobStep.work(), NOW);
        jobs.record(job, JobStep.waiting("Autotask"), NOW);

        verify(repository).setStatus(1L, QbwcJob.Status.DONE, null, NOW);
        verify(repository).setStatus(1L, QbwcJob.Status.PENDING, "next session", NOW);
        verify(repository).setStatus(1L, QbwcJob.Status.FAILED, "broken", NOW);
        verify(repository, never()).setStatus(1L, QbwcJob.Status.ACTIVE, null, NOW);
    }

    @Test
    void shouldPutAnInterruptedActiveJobBackToPending() {
        QbwcJob job = job(1, "sync", QbwcJob.Status.ACTIVE, TICKET);
        when(repository.find(1L)).thenReturn(Optional.of(job));

        jobs.interrupt(job, "hresult", NOW);

        verify(sync).interrupted(job, "hresult");
        verify(repository).setStatus(1L, QbwcJob.Status.PENDING, "hresult", NOW);
    }

    @Test
    void shouldLeaveAnInterruptedJobThatIsNoLongerActive() {
        QbwcJob job = job(1, "sync", QbwcJob.Status.ACTIVE, TICKET);
        when(repository.find(1L)).thenReturn(Optional.of(job(1, "sync", QbwcJob.Status.DONE, TICKET)));

        jobs.interrupt(job, "hresult", NOW);

        verify(sync).interrupted(job, "hresult");
        verify(repository, never()).setStatus(anyLong(), any(), any(), any());
    }

    @Test
    void shouldInterruptOnlyTheSessionsActiveJobs() {
        QbwcJob active = job(1, "sync", QbwcJob.Status.ACTIVE, TICKET);
        QbwcJob done = job(2, "transfer", QbwcJob.Status.DONE, TICKET);
        when(repository.findBySession(TICKET)).thenReturn(List.of(active, done));
        when(repository.find(1L)).thenReturn(Optional.of(active));

        jobs.interruptActive(TICKET, "expired", NOW);

        verify(sync).interrupted(active, "expired");
        verify(transfer, never()).interrupted(any(), any());
    }

    @Test
    void shouldSummariseEachJobOfTheSessionOnOneLine() {
        when(repository.findBySession(TICKET)).thenReturn(List.of(job(1, "sync", QbwcJob.Status.DONE, TICKET),
                job(2, "transfer", QbwcJob.Status.DONE, TICKET)));
        when(sync.summary(any())).thenReturn("Inventory sync: 3 adjusted");
        when(transfer.summary(any())).thenReturn("Transfer: 1 received");

        assertThat(jobs.summaryOf(session)).isEqualTo("Inventory sync: 3 adjusted; Transfer: 1 received");
    }

    @Test
    void shouldSayNothingWasExchangedWhenTheSessionHadNoJob() {
        when(repository.findBySession(TICKET)).thenReturn(List.of());

        assertThat(jobs.summaryOf(session)).isEqualTo("Session closed; nothing was exchanged");
        verifyNoInteractions(queue);
    }
}
