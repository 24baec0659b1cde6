package io.atqb.qbwc;

import static io.atqb.qbwc.QbwcUnitFixtures.NOW;
import static io.atqb.qbwc.QbwcUnitFixtures.TICKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.atqb.connector.WebConnector;
import io.atqb.connector.WebConnectorRepository;
import io.atqb.connector.WebConnectorService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QbwcSessionsTest {

    private static final String NEW_TICKET = "new-ticket-abcdef";
    private static final String OTHER = "other-ticket-9876";

    private final WebConnectorService connectors = mock(WebConnectorService.class);
    private final WebConnectorRepository connectorRepository = mock(WebConnectorRepository.class);
    private final QbwcSessionRepository sessions = mock(QbwcSessionRepository.class);
    private final QbwcQueueRepository queue = mock(QbwcQueueRepository.class);
    private final QbwcJobs jobs = mock(QbwcJobs.class);
    private final QbwcWorkSource workSource = mock(QbwcWorkSource.class);
    private final Tickets tickets = mock(Tickets.class);
    private QbwcSessions lifecycle;

    @BeforeEach
    void setUp() {
        when(tickets.next()).thenReturn(NEW_TICKET);
        when(connectors.authenticate("qb", "secret")).thenReturn(Optional.of(7L));
        when(connectors.authenticate("qb", "wrong")).thenReturn(Optional.empty());
        when(connectorRepository.findById(7L)).thenReturn(Optional.of(new WebConnector(7L, "Shop", "qb",
                "C:\\co.qbw", 60, true, false, null, null, null, null)));
        when(sessions.findExpired(any(), any())).thenReturn(List.of());
        when(sessions.findOpen(anyLong())).thenReturn(List.of());
        when(queue.findSent(anyString())).thenReturn(Optional.empty());
        lifecycle = new QbwcSessions(QbwcUnitFixtures.properties(), connectors, connectorRepository, sessions, queue,
                jobs, List.of(workSource), tickets, QbwcUnitFixtures.directTx(), QbwcUnitFixtures.CLOCK);
    }

    private void someWork() {
        when(jobs.open(7L)).thenReturn(List.of(QbwcUnitFixtures.job(1, "t", QbwcJob.Status.PENDING, null)));
    }

    private void openSession(QbwcSession session) {
        when(sessions.findOpen(7L)).thenReturn(List.of(session));
        when(sessions.tryLock(session.ticket())).thenReturn(Optional.of(session));
    }

    @Test
    void shouldAnswerNvuWithATicketWhenTheLogInIsRefused() {
        assertThat(lifecycle.authenticate("qb", "wrong")).containsExactly(NEW_TICKET, "nvu", "", "");
        verify(sessions, never()).insert(anyString(), anyLong(), any(), anyString(), any(), any());
    }

    @Test
    void shouldAnswerNoneAndCloseTheSessionWhenNoJobIsOpen() {
        assertThat(lifecycle.authenticate("qb", "secret")).containsExactly(NEW_TICKET, "none", "", "");

        verify(workSource).prepareJobs(7L);
        verify(connectorRepository).lock(7L);
        verify(sessions).insert(NEW_TICKET, 7L, QbwcSession.Status.CLOSED, "none", NOW, NOW.plusSeconds(600));
    }

    @Test
    void shouldAnswerTheCompanyFileAndOpenTheSessionWhenAJobIsOpen() {
        someWork();

        assertThat(lifecycle.authenticate("qb", "secret")).containsExactly(NEW_TICKET, "C:\\co.qbw", "", "");

        verify(sessions).insert(NEW_TICKET, 7L, QbwcSession.Status.OPEN, "work", NOW, NOW.plusSeconds(600));
    }

    @Test
    void shouldAnswerBusyForOneSecondWhenTheLiveSessionCalledOneSecondBeforeTheWindowEnds() {
        someWork();
        openSession(QbwcUnitFixtures.open(OTHER, NOW.minusSeconds(29)));

        assertThat(lifecycle.authenticate("qb", "secret")).containsExactly(NEW_TICKET, "busy", "1", "");

        verify(sessions).insert(NEW_TICKET, 7L, QbwcSession.Status.REJECTED, "busy", NOW, NOW);
        verify(sessions, never()).end(anyString(), any(), any(), any());
        verify(workSource, never()).prepareJobs(anyLong());
    }

    @Test
    void shouldRoundThePostponeUpToWholeSeconds() {
        someWork();
        openSession(QbwcUnitFixtures.open(OTHER, NOW.minusMillis(10_500)));

        assertThat(lifecycle.authenticate("qb", "secret")).containsExactly(NEW_TICKET, "busy", "20", "");
    }

    @Test
    void shouldTakeTheWorkOverFromASessionSilentForExactlyTheWindow() {
        someWork();
        openSession(QbwcUnitFixtures.open(OTHER, NOW.minusSeconds(30)));
        when(queue.findSent(OTHER)).thenReturn(Optional.of(new QbwcQueueRepository.SentMessage(55L, 1L, 3)));

        assertThat(lifecycle.authenticate("qb", "secret")).containsExactly(NEW_TICKET, "C:\\co.qbw", "", "");

        verify(queue).requeueUnanswered(55L);
        verify(queue).endMessage(eq(55L), eq("FAILED"), isNull(), isNull(), anyString(), eq(NOW));
        verify(jobs).interruptActive(eq(OTHER), contains("no call for 30 s"), eq(NOW));
        verify(sessions).end(eq(OTHER), eq(QbwcSession.Status.DROPPED), contains("took its work over"), eq(NOW));
        verify(sessions).setLastError(eq(OTHER), contains("no call for 30 s"));
        verify(sessions).insert(NEW_TICKET, 7L, QbwcSession.Status.OPEN, "work", NOW, NOW.plusSeconds(600));
    }

    @Test
    void shouldAnswerBusyWithoutWaitingWhenACallOfASilentLookingSessionHoldsItRightNow() {
        someWork();
        QbwcSession listed = QbwcUnitFixtures.open(OTHER, NOW.minusSeconds(45));
        when(sessions.findOpen(7L)).thenReturn(List.of(listed));
        when(sessions.tryLock(OTHER)).thenReturn(Optional.empty());

        assertThat(lifecycle.authenticate("qb", "secret")).containsExactly(NEW_TICKET, "busy", "1", "");

        verify(sessions, never()).lock(any());
        verify(sessions, never()).end(anyString(), any(), any(), any());
        verify(workSource, never()).prepareJobs(anyLong());
    }

    @Test
    void shouldPostponeByTheMostRecentlyCalledLiveSession() {
        someWork();
        QbwcSession older = QbwcUnitFixtures.open(OTHER, NOW.minusSeconds(25));
        QbwcSession newer = QbwcUnitFixtures.open("newer-ticket-1234", NOW.minusSeconds(5));
        QbwcSession oldest = QbwcUnitFixtures.open("oldest-ticket-123", NOW.minusSeconds(28));
        when(sessions.findOpen(7L)).thenReturn(List.of(older, newer, oldest));
        when(sessions.tryLock(older.ticket())).thenReturn(Optional.of(older));
        when(sessions.tryLock(newer.ticket())).thenReturn(Optional.of(newer));
        when(sessions.tryLock(oldest.ticket())).thenReturn(Optional.of(oldest));

        assertThat(lifecycle.authenticate("qb", "secret")).containsExactly(NEW_TICKET, "busy", "25", "");
    }

    @Test
    void shouldIgnoreAnOpenSessionThatEndedBeforeItWasLocked() {
        someWork();
        QbwcSession listed = QbwcUnitFixtures.open(OTHER, NOW.minusSeconds(1));
        when(sessions.findOpen(7L)).thenReturn(List.of(listed));
        when(sessions.tryLock(OTHER)).thenReturn(Optional.of(QbwcUnitFixtures.withError(listed,
                QbwcSession.Status.CLOSED, null)));

        assertThat(lifecycle.authenticate("qb", "secret")).containsExactly(NEW_TICKET, "C:\\co.qbw", "", "");
        verify(sessions, never()).end(anyString(), any(), any(), any());
    }

    @Test
    void shouldEndTheConnectorsExpiredSessionsBeforeOpeningANewOne() {
        when(sessions.findExpired(7L, NOW)).thenReturn(List.of(OTHER));
        when(sessions.tryLock(OTHER)).thenReturn(Optional.of(QbwcUnitFixtures.open(OTHER, NOW.minusSeconds(900))));

        lifecycle.authenticate("qb", "secret");

        verify(sessions).end(eq(OTHER), eq(QbwcSession.Status.EXPIRED), contains("expired"), eq(NOW));
        verify(jobs).interruptActive(eq(OTHER), contains("expired"), eq(NOW));
    }

    @Test
    void shouldNotFindALiveSessionForAMissingOrBlankTicket() {
        assertThat(lifecycle.live(null, NOW)).isEmpty();
        assertThat(lifecycle.live(" ", NOW)).isEmpty();
        assertThat(lifecycle.live("", NOW)).isEmpty();
        verify(sessions, never()).lock(any());
    }

    @Test
    void shouldNotFindALiveSessionForAnUnknownOrEndedTicket() {
        when(sessions.lock("unknown")).thenReturn(Optional.empty());
        when(sessions.lock(OTHER)).thenReturn(Optional.of(QbwcUnitFixtures.session(OTHER, QbwcSession.Status.CLOSED,
                "work", NOW, NOW.plusSeconds(60))));

        assertThat(lifecycle.live("unknown", NOW)).isEmpty();
        assertThat(lifecycle.live(OTHER, NOW)).isEmpty();
        verify(sessions, never()).touch(any(), any(), any());
    }

    @Test
    void shouldExpireASessionWhoseTicketExpiresExactlyNow() {
        QbwcSession session = QbwcUnitFixtures.session(TICKET, QbwcSession.Status.OPEN, "work", NOW.minusSeconds(600),
                NOW);
        when(sessions.lock(TICKET)).thenReturn(Optional.of(session));

        assertThat(lifecycle.live(TICKET, NOW)).isEmpty();

        verify(sessions).end(eq(TICKET), eq(QbwcSession.Status.EXPIRED), anyString(), eq(NOW));
        verify(sessions, never()).touch(any(), any(), any());
    }

    @Test
    void shouldKeepASessionAliveOneMilliBeforeItsTicketExpires() {
        QbwcSession session = QbwcUnitFixtures.session(TICKET, QbwcSession.Status.OPEN, "work", NOW.minusSeconds(599),
                NOW.plusMillis(1));
        when(sessions.lock(TICKET)).thenReturn(Optional.of(session));

        assertThat(lifecycle.live(TICKET, NOW)).contains(session);

        verify(sessions).touch(TICKET, NOW, NOW.plus(Duration.ofMinutes(10)));
        verify(sessions, never()).end(any(), any(), any(), any());
    }

    @Test
    void shouldEndAnOpenSessionAsFailedOnAConnectionError() {
        when(sessions.lock(TICKET)).thenReturn(Optional.of(QbwcUnitFixtures.open(TICKET, NOW)));

        assertThat(lifecycle.connectionError(TICKET, "0x80040408", "Could not start QuickBooks.")).isEqualTo("done");

        String reason = "QuickBooks Web Connector could not open the company file (0x80040408): Could not start"
                + " QuickBooks.";
        verify(sessions).end(TICKET, QbwcSession.Status.FAILED, reason, NOW);
        verify(sessions).setLastError(TICKET, reason);
        verify(jobs).interruptActive(TICKET, reason, NOW);
    }

    @Test
    void shouldAnswerDoneWithoutEndingAnythingOnAConnectionErrorOfAnEndedSession() {
        when(sessions.lock(TICKET)).thenReturn(Optional.of(QbwcUnitFixtures.session(TICKET,
                QbwcSession.Status.CLOSED, "work", NOW, NOW)));

        assertThat(lifecycle.connectionError(TICKET, "0x1", "m")).isEqualTo("done");
        verify(sessions, never()).end(any(), any(), any(), any());
    }

    @Test
    void shouldAnswerUnknownTicketFromGetLastErrorForAMissingUnknownOrExpiredTicket() {
        when(sessions.find("unknown")).thenReturn(Optional.empty());
        when(sessions.find(OTHER)).thenReturn(Optional.of(QbwcUnitFixtures.withError(
                QbwcUnitFixtures.open(OTHER, NOW), QbwcSession.Status.EXPIRED, "expired")));

        assertThat(lifecycle.getLastError(null)).isEqualTo(QbwcSessions.UNKNOWN_TICKET);
        assertThat(lifecycle.getLastError("unknown")).isEqualTo(QbwcSessions.UNKNOWN_TICKET);
        assertThat(lifecycle.getLastError(OTHER)).isEqualTo(QbwcSessions.UNKNOWN_TICKET);
    }

    @Test
    void shouldAnswerTheLastErrorOrNoError() {
        QbwcSession open = QbwcUnitFixtures.open(TICKET, NOW);
        when(sessions.find(TICKET)).thenReturn(Optional.of(open),
                Optional.of(QbwcUnitFixtures.withError(open, QbwcSession.Status.OPEN, " ")),
                Optional.of(QbwcUnitFixtures.withError(open, QbwcSession.Status.FAILED, "NoOp")));

        assertThat(lifecycle.getLastError(TICKET)).isEqualTo("No error");
        assertThat(lifecycle.getLastError(TICKET)).isEqualTo("No error");
        assertThat(lifecycle.getLastError(TICKET)).isEqualTo("NoOp");
    }

    @Test
    void shouldAnswerUnknownTicketWhenClosingAMissingOrUnknownTicket() {
        when(sessions.lock("unknown")).thenReturn(Optional.empty());

        assertThat(lifecycle.closeConnection(null)).isEqualTo(QbwcSessions.UNKNOWN_TICKET);
        assertThat(lifecycle.closeConnection("unknown")).isEqualTo(QbwcSessions.UNKNOWN_TICKET);
    }

    @Test
    void shouldExplainNoneAndBusyWhenClosingThoseSessions() {
        when(sessions.lock("none-ticket")).thenReturn(Optional.of(QbwcUnitFixtures.session("none-ticket",
                QbwcSession.Status.CLOSED, "none", NOW, NOW)));
        when(sessions.lock("busy-ticket")).thenReturn(Optional.of(QbwcUnitFixtures.session("busy-ticket",
                QbwcSession.Status.REJECTED, "busy", NOW, NOW)));

        assertThat(lifecycle.closeConnection("none-ticket")).isEqualTo("No data exchange required");
        assertThat(lifecycle.closeConnection("busy-ticket"))
                .isEqualTo("Another update of this connector is still running; try again later");
        verify(sessions, never()).end(any(), any(), any(), any());
    }

    @Test
    void shouldCloseAnOpenSessionWithTheJobsSummaryAndRequeueItsUnansweredRequests() {
        QbwcSession open = QbwcUnitFixtures.open(TICKET, NOW);
        when(sessions.lock(TICKET)).thenReturn(Optional.of(open));
        when(jobs.summaryOf(open)).thenReturn("Inventory sync: 3 adjusted");
        when(queue.findSent(TICKET)).thenReturn(Optional.of(new QbwcQueueRepository.SentMessage(9L, 1L, 2)));

        assertThat(lifecycle.closeConnection(TICKET)).isEqualTo("Inventory sync: 3 adjusted");

        verify(queue).requeueUnanswered(9L);
        verify(queue).endMessage(9L, "FAILED", null, null, "session ended without a response", NOW);
        verify(jobs).interruptActive(TICKET, "The session closed before the job finished", NOW);
        verify(sessions).end(TICKET, QbwcSession.Status.CLOSED, "Inventory sync: 3 adjusted", NOW);
        verify(sessions, never()).setLastError(any(), any());
    }

    @Test
    void shouldAnswerAnEndedSessionsCloseByHowItEnded() {
        QbwcSession open = QbwcUnitFixtures.open(TICKET, NOW);
        QbwcSession expired = QbwcUnitFixtures.withError(open, QbwcSession.Status.EXPIRED, "x");
        QbwcSession dropped = QbwcUnitFixtures.withError(open, QbwcSession.Status.DROPPED, "taken over");
        QbwcSession failed = QbwcUnitFixtures.withError(open, QbwcSession.Status.FAILED, "hresult");
        when(sessions.lock(TICKET)).thenReturn(Optional.of(expired), Optional.of(dropped), Optional.of(failed));
        when(jobs.summaryOf(failed)).thenReturn("summary");

        assertThat(lifecycle.closeConnection(TICKET)).isEqualTo(QbwcSessions.UNKNOWN_TICKET);
        assertThat(lifecycle.closeConnection(TICKET)).isEqualTo("taken over");
        assertThat(lifecycle.closeConnection(TICKET)).isEqualTo("summary");
        verify(sessions, never()).end(any(), any(), any(), any());
    }

    @Test
    void shouldCountTheSessionsItExpires() {
        when(sessions.findExpired(null, NOW)).thenReturn(List.of(TICKET, OTHER));
        when(sessions.tryLock(TICKET)).thenReturn(Optional.of(QbwcUnitFixtures.open(TICKET, NOW.minusSeconds(900))));
        when(sessions.tryLock(OTHER)).thenReturn(Optional.empty());

        assertThat(lifecycle.expireSessions()).isEqualTo(2);

        verify(sessions).end(eq(TICKET), eq(QbwcSession.Status.EXPIRED), anyString(), eq(NOW));
        verify(sessions).setLastError(eq(TICKET), contains("without closeConnection"));
        verify(sessions, never()).end(eq(OTHER), any(), any(), any());
    }

    @Test
    void shouldNotEndAnExpiredTicketsSessionThatWasClosedMeanwhile() {
        when(sessions.findExpired(null, NOW)).thenReturn(List.of(TICKET));
        when(sessions.tryLock(TICKET)).thenReturn(Optional.of(QbwcUnitFixtures.session(TICKET,
                QbwcSession.Status.CLOSED, "work", NOW.minusSeconds(900), NOW.minusSeconds(300))));

        assertThat(lifecycle.expireSessions()).isEqualTo(1);

        verify(sessions, never()).end(any(), any(), any(), any());
        verify(jobs, never()).interruptActive(any(), any(), any());
    }

    @Test
    void shouldCountNoExpiredSessions() {
        assertThat(lifecycle.expireSessions()).isZero();
    }

    @Test
    void shouldShortenTicketsForTheLogToTheirFirstEightCharacters() {
        assertThat(QbwcSessions.shortTicket(null)).isEqualTo("?");
        assertThat(QbwcSessions.shortTicket("1234567")).isEqualTo("?");
        assertThat(QbwcSessions.shortTicket("12345678")).isEqualTo("12345678...");
        assertThat(QbwcSessions.shortTicket("123456789")).isEqualTo("12345678...");
    }
}
