package io.atqb.qbwc;

import static io.atqb.qbwc.QbwcUnitFixtures.NOW;
import static io.atqb.qbwc.QbwcUnitFixtures.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.qbxml.ItemInventoryQueryRq;
import io.atqb.qbxml.QbxmlRequest;
import io.atqb.qbxml.QbxmlResponse;
import io.atqb.qbxml.QbxmlResponseReader;
import io.atqb.qbxml.QbxmlWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

class QbwcInboxTest {

    private final QbwcSessions lifecycle = mock(QbwcSessions.class);
    private final QbwcSessionRepository sessions = mock(QbwcSessionRepository.class);
    private final QbwcQueueRepository queue = mock(QbwcQueueRepository.class);
    private final QbwcJobRepository jobRepository = mock(QbwcJobRepository.class);
    private final QbwcJobs jobs = mock(QbwcJobs.class);
    private final QbwcJobHandler handler = mock(QbwcJobHandler.class);
    private final RequestQueue jobQueue = mock(RequestQueue.class);
    private final QueuedRequestCodec codec = new QueuedRequestCodec(new ObjectMapper(), new QbxmlWriter());
    private final QbwcJob job = QbwcUnitFixtures.job(1L, "test", QbwcJob.Status.ACTIVE, TICKET);
    private QbwcSession session = QbwcUnitFixtures.open(TICKET, NOW);
    private QbwcInbox inbox;

    @BeforeEach
    void setUp() {
        when(lifecycle.live(TICKET, NOW)).thenAnswer(invocation -> Optional.of(session));
        when(queue.findSent(TICKET)).thenReturn(Optional.of(new QbwcQueueRepository.SentMessage(40L, 1L, 2)));
        when(jobRepository.find(1L)).thenReturn(Optional.of(job));
        when(jobs.handler(any())).thenReturn(handler);
        when(jobs.queueOf(any())).thenReturn(jobQueue);
        when(queue.requestsOf(40L, "SENT")).thenReturn(List.of(stored(11L), stored(12L)));
        inbox = new QbwcInbox(lifecycle, sessions, queue, jobRepository, jobs, codec, new QbxmlResponseReader(),
                QbwcUnitFixtures.directTx(), QbwcUnitFixtures.CLOCK);
    }

    private QbwcQueueRepository.StoredRequest stored(long id) {
        QbwcQueueRepository.PendingRequest pending = codec.encode(ItemInventoryQueryRq.byFullNames(null,
                List.of("Widget " + id), List.of("ListID")));
        return new QbwcQueueRepository.StoredRequest(id, 1L, pending.kind(), pending.payload(), pending.sizeHint());
    }

    private static String response(String... requestIds) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><QBXML><QBXMLMsgsRs>");
        for (String id : requestIds) {
            xml.append("<ItemInventoryQueryRs requestID=\"").append(id)
                    .append("\" statusCode=\"1\" statusSeverity=\"Info\" statusMessage=\"none\"/>");
        }
        return xml.append("</QBXMLMsgsRs></QBXML>").toString();
    }

    @Test
    void shouldAnswerMinusOneForATicketWithoutALiveSession() {
        assertThat(inbox.receiveResponseXML("expired", response("11"), "", "")).isEqualTo(-1);
        verify(queue, never()).findSent(anyString());
    }

    @Test
    void shouldAnswerMinusOneWhenNoMessageOfTheSessionWaitsForAResponse() {
        when(queue.findSent(TICKET)).thenReturn(Optional.empty());

        assertThat(inbox.receiveResponseXML(TICKET, response("11"), null, null)).isEqualTo(-1);
        verify(sessions).setLastError(TICKET, "No request of this session is waiting for a response");
    }

    @Test
    void shouldAnswerAnHresultWithMinusOneAndRequeueTheMessagesUnansweredRequests() {
        String body = "<x/>";

        assertThat(inbox.receiveResponseXML(TICKET, body, " 0x80040400 ", " QuickBooks found an error. "))
                .isEqualTo(-1);

        String reason = "QuickBooks could not process the request (0x80040400): QuickBooks found an error.";
        verify(queue).requeueUnanswered(40L);
        verify(queue).endMessage(40L, "FAILED", 4, "0x80040400", reason, NOW);
        verify(jobs).interrupt(job, reason, NOW);
        verify(sessions).setLastError(TICKET, reason);
        verify(handler, never()).handleResponse(any(), any(), any(), any());
        verify(sessions, never()).countResponse(anyString(), anyInt(), anyLong(), anyInt());
    }

    @Test
    void shouldShowAnHresultOfExactlyTheStoredLengthWhole() {
        String hresult = "x".repeat(QbwcQueueRepository.HRESULT_LENGTH);

        inbox.receiveResponseXML(TICKET, null, hresult, null);

        verify(sessions).setLastError(TICKET, "QuickBooks could not process the request (" + hresult + "): ");
        verify(queue).endMessage(eq(40L), eq("FAILED"), eq(0), eq(hresult), anyString(), eq(NOW));
    }

    @Test
    void shouldCutAnHresultOneCharacterLongerThanTheStoredLength() {
        String hresult = "y".repeat(QbwcQueueRepository.HRESULT_LENGTH) + "z";

        inbox.receiveResponseXML(TICKET, null, hresult, "m");

        verify(sessions).setLastError(TICKET, "QuickBooks could not process the request ("
                + "y".repeat(QbwcQueueRepository.HRESULT_LENGTH) + "... (21 characters, cut)): m");
    }

    @Test
    void shouldCutQbwcsMessageAtTwoThousandCharactersWithoutSplittingASurrogatePair() {
        String exact = "m".repeat(2000);
        String longer = "m".repeat(1999) + "\uD83D\uDE00" + "tail";

        inbox.receiveResponseXML(TICKET, null, "0x1", exact);
        inbox.receiveResponseXML(TICKET, null, "0x1", longer);

        verify(sessions).setLastError(TICKET, "QuickBooks could not process the request (0x1): " + exact);
        verify(sessions).setLastError(TICKET, "QuickBooks could not process the request (0x1): " + "m".repeat(1999));
    }

    @Test
    void shouldHandOverMatchedResponsesIgnoreAnUnknownRequestIdAndRequeueTheUnanswered() {
        when(queue.requeueUnanswered(40L)).thenReturn(1);
        when(jobs.open(7L)).thenReturn(List.of(job));
        when(queue.countOutstanding(1L)).thenReturn(1);
        String body = response(" 11 ", "999", "abc");

        int progress = inbox.receiveResponseXML(TICKET, body, " ", null);

        ArgumentCaptor<QbxmlRequest> request = ArgumentCaptor.forClass(QbxmlRequest.class);
        ArgumentCaptor<QbxmlResponse> answer = ArgumentCaptor.forClass(QbxmlResponse.class);
        InOrder order = inOrder(handler, queue);
        order.verify(handler).beginResponses(job);
        order.verify(handler).handleResponse(eq(job), request.capture(), answer.capture(), eq(jobQueue));
        order.verify(queue).markDone(List.of(11L), NOW);
        verify(handler).beginResponses(job);
        assertThat(request.getValue().requestId()).isEqualTo("11");
        assertThat(answer.getValue().requestId()).isEqualTo(" 11 ");
        int bytes = body.getBytes(StandardCharsets.UTF_8).length;
        verify(queue).endMessage(40L, "ANSWERED", bytes, null, "1 requests got no response and were queued again",
                NOW);
        // one answered, one outstanding + one more call to come: 1 of 3
        assertThat(progress).isEqualTo(33);
        verify(sessions).countResponse(TICKET, 1, bytes, 33);
    }

    @Test
    void shouldEndTheMessageWithoutANoteWhenEveryRequestWasAnswered() {
        when(queue.requeueUnanswered(40L)).thenReturn(0);
        when(jobs.open(7L)).thenReturn(List.of());

        assertThat(inbox.receiveResponseXML(TICKET, response("11", "12"), null, null)).isEqualTo(100);

        verify(handler).beginResponses(job);
        verify(queue).markDone(List.of(11L, 12L), NOW);
        verify(queue).endMessage(eq(40L), eq("ANSWERED"), any(), isNull(), isNull(), eq(NOW));
        verify(sessions).countResponse(eq(TICKET), eq(2), anyLong(), eq(100));
    }

    @Test
    void shouldNeverAnswerOneHundredWhileWorkRemains() {
        session = QbwcUnitFixtures.progressed(session, 10_000, 99);
        when(jobs.open(7L)).thenReturn(List.of(job));
        when(queue.countOutstanding(1L)).thenReturn(0);
        when(handler.next(eq(job), any(), any())).thenReturn(JobStep.work());

        assertThat(inbox.receiveResponseXML(TICKET, response("11", "12"), null, null)).isEqualTo(99);
        verify(jobs).record(eq(job), eq(JobStep.work()), eq(NOW));
    }

    @Test
    void shouldCountTheHandlersEstimateOfRequestsStillToCome() {
        when(jobs.open(7L)).thenReturn(List.of(job));
        when(queue.countOutstanding(1L)).thenReturn(2);
        when(handler.remainingEstimate(job)).thenReturn(5);

        // 2 answered of 2 + (2 outstanding + 5 expected + 1) = 20 %
        assertThat(inbox.receiveResponseXML(TICKET, response("11", "12"), null, null)).isEqualTo(20);
        verify(handler, never()).next(any(), any(), any());
    }

    @Test
    void shouldAskTheNextJobWhenTheAnsweredJobFinished() {
        QbwcJob next = QbwcUnitFixtures.job(2L, "test", QbwcJob.Status.PENDING, null);
        when(jobs.open(7L)).thenReturn(List.of(job, next));
        when(queue.countOutstanding(1L)).thenReturn(0);
        when(queue.countOutstanding(2L)).thenReturn(3);
        when(handler.next(eq(job), any(), any())).thenReturn(JobStep.finished());

        // 2 answered of 2 + (3 + 0 + 1)
        assertThat(inbox.receiveResponseXML(TICKET, response("11", "12"), null, null)).isEqualTo(33);
        verify(jobs).record(job, JobStep.finished(), NOW);
        verify(handler, never()).next(eq(next), any(), any());
    }

    @Test
    void shouldAnswerOneHundredWhenTheLastJobPausesAndSkipJobsPausedInThisSession() {
        QbwcJob paused = QbwcUnitFixtures.job(3L, "test", QbwcJob.Status.PENDING, TICKET);
        when(jobs.open(7L)).thenReturn(List.of(paused, job));
        when(queue.countOutstanding(1L)).thenReturn(0);
        when(handler.next(eq(job), any(), any())).thenReturn(JobStep.paused("later"));

        assertThat(inbox.receiveResponseXML(TICKET, response("11"), null, null)).isEqualTo(100);
        verify(queue, never()).countOutstanding(3L);
    }

    @Test
    void shouldAnswerMinusOneWhenTheJobFailsAfterItsLastResponse() {
        when(jobs.open(7L)).thenReturn(List.of(job));
        when(queue.countOutstanding(1L)).thenReturn(0);
        when(handler.next(eq(job), any(), any())).thenReturn(JobStep.failed("Autotask refused"));

        assertThat(inbox.receiveResponseXML(TICKET, response("11"), null, null)).isEqualTo(-1);
        verify(sessions).setLastError(TICKET, "Autotask refused");
        verify(sessions).countResponse(TICKET, 1, response("11").getBytes(StandardCharsets.UTF_8).length, 0);
    }

    @Test
    void shouldAskAJobOfThisSessionThatIsNotTheAnsweredOneWhenItsQueueIsEmpty() {
        QbwcJob other = QbwcUnitFixtures.job(2L, "test", QbwcJob.Status.ACTIVE, TICKET);
        QbwcJob elsewhere = QbwcUnitFixtures.job(3L, "test", QbwcJob.Status.ACTIVE, "another-session");
        when(jobs.open(7L)).thenReturn(List.of(other), List.of(elsewhere));
        when(queue.countOutstanding(anyLong())).thenReturn(0);
        when(handler.next(eq(other), any(), any())).thenReturn(JobStep.waiting("Autotask"));

        assertThat(inbox.receiveResponseXML(TICKET, response("11"), null, null)).isEqualTo(50);
        assertThat(inbox.receiveResponseXML(TICKET, response("11"), null, null)).isEqualTo(50);
        verify(handler).next(eq(other), any(), any());
        verify(handler, never()).next(eq(elsewhere), any(), any());
    }

    @Test
    void shouldRefuseAnUnreadableResponseRequeueTheMessageAndInterruptTheJob() {
        String body = "<QBXML><QBXMLMsgsRs>";

        assertThat(inbox.receiveResponseXML(TICKET, body, null, null)).isEqualTo(-1);

        verify(queue).requeueUnanswered(40L);
        verify(queue).endMessage(eq(40L), eq("FAILED"), eq(body.length()), isNull(),
                startsWith("Refused the QuickBooks response: "), eq(NOW));
        verify(jobs).interrupt(eq(job), startsWith("Refused the QuickBooks response: "), eq(NOW));
        verify(sessions).setLastError(eq(TICKET), startsWith("Refused the QuickBooks response: "));
    }

    @Test
    void shouldRefuseAnUnreadableResponseWithoutAWaitingMessage() {
        when(queue.findSent(TICKET)).thenReturn(Optional.of(new QbwcQueueRepository.SentMessage(40L, 1L, 2)),
                Optional.empty());

        assertThat(inbox.receiveResponseXML(TICKET, "<QBXML>", null, null)).isEqualTo(-1);

        verify(queue, never()).requeueUnanswered(anyLong());
        verify(sessions).setLastError(eq(TICKET), startsWith("Refused the QuickBooks response: "));
    }
}
