package io.atqb.qbwc;

import static io.atqb.qbwc.QbwcUnitFixtures.NOW;
import static io.atqb.qbwc.QbwcUnitFixtures.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.qbxml.ItemInventoryQueryRq;
import io.atqb.qbxml.QbxmlResponseReader;
import io.atqb.qbxml.QbxmlWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The inbox's edges: a requestID that is no number, a message cut exactly at its limit, a session gone mid-call. */
class QbwcInboxEdgeTest {

    private final QbwcSessions lifecycle = mock(QbwcSessions.class);
    private final QbwcSessionRepository sessions = mock(QbwcSessionRepository.class);
    private final QbwcQueueRepository queue = mock(QbwcQueueRepository.class);
    private final QbwcJobRepository jobRepository = mock(QbwcJobRepository.class);
    private final QbwcJobs jobs = mock(QbwcJobs.class);
    private final QbwcJobHandler handler = mock(QbwcJobHandler.class);
    private final QueuedRequestCodec codec = new QueuedRequestCodec(new ObjectMapper(), new QbxmlWriter());
    private final QbwcJob job = QbwcUnitFixtures.job(1L, "test", QbwcJob.Status.ACTIVE, TICKET);
    private QbwcInbox inbox;

    @BeforeEach
    void setUp() {
        when(lifecycle.live(TICKET, NOW)).thenReturn(Optional.of(QbwcUnitFixtures.open(TICKET, NOW)));
        when(queue.findSent(TICKET)).thenReturn(Optional.of(new QbwcQueueRepository.SentMessage(40L, 1L, 1)));
        when(jobRepository.find(1L)).thenReturn(Optional.of(job));
        when(jobs.handler(any())).thenReturn(handler);
        when(jobs.open(7L)).thenReturn(List.of());
        inbox = new QbwcInbox(lifecycle, sessions, queue, jobRepository, jobs, codec, new QbxmlResponseReader(),
                QbwcUnitFixtures.directTx(), QbwcUnitFixtures.CLOCK);
    }

    @Test
    void shouldMatchNoRequestToAResponseWhoseRequestIdIsNoNumberOrMissing() {
        QbwcQueueRepository.PendingRequest pending = codec.encode(ItemInventoryQueryRq.byFullNames(null,
                List.of("Widget"), List.of("ListID")));
        // the queue's ids are never 0; a stored 0 shows that an unreadable requestID matches nothing at all
        when(queue.requestsOf(40L, "SENT")).thenReturn(List.of(new QbwcQueueRepository.StoredRequest(0L, 1L,
                pending.kind(), pending.payload(), pending.sizeHint())));
        String body = "<?xml version=\"1.0\"?><QBXML><QBXMLMsgsRs>"
                + "<ItemInventoryQueryRs requestID=\"abc\" statusCode=\"1\" statusSeverity=\"Info\"/>"
                + "<ItemInventoryQueryRs statusCode=\"1\" statusSeverity=\"Info\"/>"
                + "</QBXMLMsgsRs></QBXML>";

        assertThat(inbox.receiveResponseXML(TICKET, body, null, null)).isEqualTo(100);

        verify(handler, never()).handleResponse(any(), any(), any(), any());
        verify(queue).markDone(List.of(), NOW);
    }

    @Test
    void shouldWarnOfAResponseWithAnUnknownRequestId() {
        when(queue.requestsOf(40L, "SENT")).thenReturn(List.of());
        Logger logger = (Logger) LoggerFactory.getLogger(QbwcInbox.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            inbox.receiveResponseXML(TICKET, "<?xml version=\"1.0\"?><QBXML><QBXMLMsgsRs><ItemInventoryQueryRs"
                    + " requestID=\"999\" statusCode=\"1\" statusSeverity=\"Info\"/></QBXMLMsgsRs></QBXML>", null, null);
        } finally {
            logger.detachAppender(log);
        }

        assertThat(log.list).extracting(ILoggingEvent::getLevel, ILoggingEvent::getFormattedMessage)
                .contains(tuple(Level.WARN, "Session ticket-0...: ignoring a ItemInventoryQueryRs with unknown"
                        + " requestID '999'"));
    }

    @Test
    void shouldKeepAMessageOfExactlyTwoThousandCharactersWholeEvenEndingInAHighSurrogate() {
        String message = "m".repeat(1999) + "\uD83D";

        inbox.receiveResponseXML(TICKET, null, "0x1", message);

        verify(sessions).setLastError(TICKET, "QuickBooks could not process the request (0x1): " + message);
    }

    @Test
    void shouldAnswerMinusOneWhenTheSessionEndedBeforeAnUnreadableResponseIsRefused() {
        when(lifecycle.live(TICKET, NOW)).thenReturn(Optional.of(QbwcUnitFixtures.open(TICKET, NOW)),
                Optional.empty());
        when(queue.requestsOf(40L, "SENT")).thenReturn(List.of());

        assertThat(inbox.receiveResponseXML(TICKET, "<QBXML>", null, null)).isEqualTo(-1);

        verify(queue, never()).requeueUnanswered(anyLong());
        verify(sessions, never()).setLastError(any(), any());
    }
}
