package io.atqb.qbwc;

import static io.atqb.qbwc.QbwcUnitFixtures.NOW;
import static io.atqb.qbwc.QbwcUnitFixtures.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.qbxml.HostInfo;
import io.atqb.qbxml.ItemInventoryQueryRq;
import io.atqb.qbxml.QbxmlParseException;
import io.atqb.qbxml.QbxmlResponseReader;
import io.atqb.qbxml.QbxmlVersion;
import io.atqb.qbxml.QbxmlWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QbwcOutboxTest {

    private final QbwcSessions lifecycle = mock(QbwcSessions.class);
    private final QbwcSessionRepository sessions = mock(QbwcSessionRepository.class);
    private final QbwcQueueRepository queue = mock(QbwcQueueRepository.class);
    private final QbwcJobs jobs = mock(QbwcJobs.class);
    private final QbwcJobHandler handler = mock(QbwcJobHandler.class);
    private final RequestQueue jobQueue = mock(RequestQueue.class);
    private final QbxmlResponseReader reader = mock(QbxmlResponseReader.class);
    private final QueuedRequestCodec codec = new QueuedRequestCodec(new ObjectMapper(), new QbxmlWriter());
    private final QbwcJob job = QbwcUnitFixtures.job(1L, "test", QbwcJob.Status.PENDING, null);
    private QbwcSession session = QbwcUnitFixtures.open(TICKET, NOW);

    @BeforeEach
    void setUp() {
        when(lifecycle.live(TICKET, NOW)).thenAnswer(invocation -> Optional.of(session));
        when(queue.findSent(anyString())).thenReturn(Optional.empty());
        when(jobs.handler(any())).thenReturn(handler);
        when(jobs.queueOf(any())).thenReturn(jobQueue);
        when(jobs.open(7L)).thenReturn(List.of(job));
        when(queue.oldestQueued(anyLong(), anyInt())).thenReturn(List.of());
        when(queue.insertMessage(anyString(), anyLong(), anyString(), anyInt(), anyInt(), any())).thenReturn(77L);
        when(handler.next(any(), any(), any())).thenReturn(JobStep.finished());
    }

    private QbwcOutbox outbox(QbwcProperties properties) {
        return new QbwcOutbox(properties, lifecycle, sessions, queue, jobs, codec, new QbxmlWriter(), reader,
                QbwcUnitFixtures.directTx(), QbwcUnitFixtures.CLOCK);
    }

    private QbwcOutbox outbox() {
        return outbox(QbwcUnitFixtures.properties());
    }

    private String send(QbwcOutbox outbox) {
        return outbox.sendRequestXML(TICKET, "", "C:\\co.qbw", "US", 13, 0);
    }

    private QbwcQueueRepository.StoredRequest stored(long id, int sizeHint) {
        QbwcQueueRepository.PendingRequest pending = codec.encode(ItemInventoryQueryRq.byFullNames(null,
                List.of("Widget " + id), List.of("ListID")));
        return new QbwcQueueRepository.StoredRequest(id, 1L, pending.kind(), pending.payload(), sizeHint);
    }

    private void newSession() {
        session = QbwcUnitFixtures.fresh(session);
        when(sessions.find(TICKET)).thenReturn(Optional.of(QbwcUnitFixtures.open(TICKET, NOW)));
    }

    @Test
    void shouldAnswerNothingForATicketWithoutALiveSession() {
        assertThat(outbox().sendRequestXML("gone", "", "", "", 13, 0)).isEmpty();
        verify(jobs, never()).open(anyLong());
        verify(sessions, never()).setLastError(any(), any());
    }

    @Test
    void shouldSendTheOldestQueuedRequestsOfTheJobAsOneMessageSet() {
        when(queue.oldestQueued(1L, 500)).thenReturn(List.of(stored(11L, 50), stored(12L, 50)));

        String xml = send(outbox());

        assertThat(xml).contains("requestID=\"11\"", "requestID=\"12\"", "Widget 11", "Widget 12");
        int bytes = xml.getBytes(StandardCharsets.UTF_8).length;
        verify(jobs).beginInSession(job, session, NOW);
        verify(queue).insertMessage(TICKET, 1L, "13.0", 2, bytes, NOW);
        verify(queue).markSent(List.of(11L, 12L), 77L);
        verify(sessions).countMessageSent(TICKET, 2, bytes);
        verify(handler, never()).next(any(), any(), any());
    }

    @Test
    void shouldAskForAtMostTheConfiguredFiveHundredRequests() {
        send(outbox());

        verify(queue).oldestQueued(1L, 500);
    }

    @Test
    void shouldFillTheByteBoundExactlyButNotCrossItByOneByte() {
        QbwcOutbox outbox = outbox(QbwcUnitFixtures.properties(500, QueuedRequestCodec.ENVELOPE_BYTES + 100, "13.0",
                "7.0"));
        when(queue.oldestQueued(1L, 500)).thenReturn(List.of(stored(11L, 60), stored(12L, 40), stored(13L, 1)),
                List.of(stored(11L, 60), stored(12L, 41)));

        send(outbox);
        send(outbox);

        verify(queue).markSent(List.of(11L, 12L), 77L);
        verify(queue).markSent(List.of(11L), 77L);
    }

    @Test
    void shouldRequeueTheRequestsOfAMessageThatGotNoResponse() {
        when(queue.findSent(TICKET)).thenReturn(Optional.of(new QbwcQueueRepository.SentMessage(5L, 1L, 3)));

        send(outbox());

        verify(queue).requeueUnanswered(5L);
        verify(queue).endMessage(5L, "FAILED", null, null, "no response before the next sendRequestXML", NOW);
    }

    @Test
    void shouldAnswerNoOpWhileTheJobWaits() {
        when(handler.next(eq(job), eq(session), eq(jobQueue))).thenReturn(JobStep.waiting("Autotask"));

        assertThat(send(outbox())).isEmpty();

        verify(jobs).record(job, JobStep.waiting("Autotask"), NOW);
        verify(sessions).setLastError(TICKET, QbwcOutbox.NOOP);
    }

    @Test
    void shouldAnswerTheFailureWhenTheJobFails() {
        when(handler.next(any(), any(), any())).thenReturn(JobStep.failed("No inventory account"));

        assertThat(send(outbox())).isEmpty();

        verify(sessions).setLastError(TICKET, "No inventory account");
    }

    @Test
    void shouldSendWhatTheJobQueuedWhenItSaysWork() {
        when(handler.next(any(), any(), any())).thenReturn(JobStep.work());
        when(queue.oldestQueued(1L, 500)).thenReturn(List.of(), List.of(stored(11L, 10)));

        assertThat(send(outbox())).contains("requestID=\"11\"");

        verify(queue).markSent(List.of(11L), 77L);
    }

    @Test
    void shouldGoOnToTheNextJobWhenOneFinishesPausesOrQueuesNothing() {
        QbwcJob second = QbwcUnitFixtures.job(2L, "test", QbwcJob.Status.PENDING, null);
        QbwcJob third = QbwcUnitFixtures.job(3L, "test", QbwcJob.Status.PENDING, null);
        QbwcJob fourth = QbwcUnitFixtures.job(4L, "test", QbwcJob.Status.PENDING, null);
        when(jobs.open(7L)).thenReturn(List.of(job, second, third, fourth));
        when(handler.next(eq(job), any(), any())).thenReturn(JobStep.finished());
        when(handler.next(eq(second), any(), any())).thenReturn(JobStep.paused("later"));
        when(handler.next(eq(third), any(), any())).thenReturn(JobStep.work());
        when(queue.oldestQueued(4L, 500)).thenReturn(List.of(stored(41L, 10)));

        String xml = send(outbox());

        assertThat(xml).contains("requestID=\"41\"");
        verify(jobs).record(job, JobStep.finished(), NOW);
        verify(jobs).record(second, JobStep.paused("later"), NOW);
        verify(queue).markSent(List.of(41L), 77L);
        verify(queue).insertMessage(TICKET, 4L, "13.0", 1, xml.getBytes(StandardCharsets.UTF_8).length, NOW);
    }

    @Test
    void shouldSayNothingMoreWhenEveryJobIsDoneOrPausedInThisSession() {
        QbwcJob paused = QbwcUnitFixtures.job(2L, "test", QbwcJob.Status.PENDING, TICKET);
        when(jobs.open(7L)).thenReturn(List.of(paused, job));
        when(handler.next(eq(job), any(), any())).thenReturn(JobStep.finished());

        assertThat(send(outbox())).isEmpty();

        verify(jobs, never()).beginInSession(eq(paused), any(), any());
        verify(sessions).setLastError(TICKET, QbwcOutbox.NOTHING_MORE);
    }

    @Test
    void shouldSettleTheVersionQbwcOffersOnTheFirstCall() {
        newSession();

        outbox().sendRequestXML(TICKET, null, "C:\\co.qbw", "US", 12, -1);

        verify(sessions).recordHost(TICKET, "C:\\co.qbw", "US", new QbxmlVersion(12, 0), null, null);
        verify(reader, never()).readHostResponse(any());
    }

    @Test
    void shouldKeepItsOwnHighestVersionWhenQbwcOffersNone() {
        newSession();

        outbox().sendRequestXML(TICKET, " ", "C:\\co.qbw", "US", 0, 0);

        verify(sessions).recordHost(TICKET, "C:\\co.qbw", "US", QbxmlVersion.V13_0, null, null);
        verify(reader, never()).readHostResponse(any());
    }

    @Test
    void shouldTakeTheHostsHighestVersionAndProductFromTheHcpResponse() {
        newSession();
        when(reader.readHostResponse("<host/>")).thenReturn(new HostInfo("QuickBooks Pro", "34", "US",
                List.of(new QbxmlVersion(10, 0), new QbxmlVersion(8, 0)), "MultiUser", "Acme"));

        outbox().sendRequestXML(TICKET, "<host/>", "C:\\co.qbw", "US", 13, 0);

        verify(sessions).recordHost(TICKET, "C:\\co.qbw", "US", new QbxmlVersion(10, 0), "QuickBooks Pro",
                "MultiUser");
    }

    @Test
    void shouldSettleQbwcsVersionWhenTheHostReportsNoNumericVersion() {
        newSession();
        when(reader.readHostResponse("<uk-host/>")).thenReturn(new HostInfo("QuickBooks UK", "20", "UK", List.of(),
                "SingleUser", "Acme Ltd"));

        outbox().sendRequestXML(TICKET, "<uk-host/>", "C:\\co.qbw", "UK", 12, 0);

        verify(sessions).recordHost(TICKET, "C:\\co.qbw", "UK", new QbxmlVersion(12, 0), "QuickBooks UK",
                "SingleUser");
        verify(sessions).setLastError(TICKET, QbwcOutbox.NOTHING_MORE);
    }

    @Test
    void shouldIgnoreAnUnreadableHcpResponse() {
        newSession();
        when(reader.readHostResponse("<bad")).thenThrow(new QbxmlParseException("broken"));

        outbox().sendRequestXML(TICKET, "<bad", "C:\\co.qbw", "US", 13, 0);

        verify(sessions).recordHost(TICKET, "C:\\co.qbw", "US", QbxmlVersion.V13_0, null, null);
    }

    @Test
    void shouldAcceptExactlyTheMinimumVersion() {
        newSession();

        outbox().sendRequestXML(TICKET, "", "C:\\co.qbw", "US", 7, 0);

        verify(sessions).recordHost(TICKET, "C:\\co.qbw", "US", new QbxmlVersion(7, 0), null, null);
        verify(sessions, never()).setLastError(eq(TICKET), contains("needs"));
        verify(jobs).open(7L);
        verify(sessions).setLastError(TICKET, QbwcOutbox.NOTHING_MORE);
    }

    @Test
    void shouldRefuseAVersionBelowTheMinimum() {
        newSession();

        assertThat(outbox().sendRequestXML(TICKET, "", "C:\\co.qbw", "US", 6, 9)).isEmpty();

        verify(sessions).setLastError(TICKET, "QuickBooks speaks qbXML 6.9 but atqb-sync needs 7.0 or later;"
                + " please update QuickBooks");
        verify(sessions, never()).recordHost(any(), any(), any(), any(), any(), any());
        verify(jobs, never()).open(anyLong());
    }
}
