package io.atqb.qbwc;

import io.atqb.connector.WebConnector;
import io.atqb.connector.WebConnectorRepository;
import io.atqb.connector.WebConnectorService;
import io.atqb.system.LogText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The life of a QBWC session: authenticate opens it (or answers nvu / none / busy, or takes a dropped
 * session's work over), every call keeps it alive, and it ends by closeConnection, connectionError, expiry
 * of its ticket or a take-over. Ending a session puts its unanswered requests back in the queue and tells
 * its unfinished jobs why.
 */
@Component
class QbwcSessions {

    private static final Logger LOG = LoggerFactory.getLogger(QbwcSessions.class);
    static final String UNKNOWN_TICKET = "Unknown or expired ticket: the session is over. Please run the update again.";

    private final QbwcProperties properties;
    private final SessionTakeover takeover;
    private final WebConnectorService connectors;
    private final WebConnectorRepository connectorRepository;
    private final QbwcSessionRepository sessions;
    private final QbwcQueueRepository queue;
    private final QbwcJobs jobs;
    private final List<QbwcWorkSource> workSources;
    private final Tickets tickets;
    private final TransactionTemplate tx;
    private final Clock clock;

    QbwcSessions(QbwcProperties properties, WebConnectorService connectors, WebConnectorRepository connectorRepository,
                 QbwcSessionRepository sessions, QbwcQueueRepository queue, QbwcJobs jobs,
                 List<QbwcWorkSource> workSources, Tickets tickets, TransactionTemplate tx, Clock clock) {
        this.properties = properties;
        this.takeover = new SessionTakeover(properties.takeoverAfter());
        this.connectors = connectors;
        this.connectorRepository = connectorRepository;
        this.sessions = sessions;
        this.queue = queue;
        this.jobs = jobs;
        this.workSources = workSources;
        this.tickets = tickets;
        this.tx = tx;
        this.clock = clock;
    }

    /** What authenticate answers after the ticket: nvu, none, busy or the company file; then the postpone seconds. */
    private record Opening(String answer, String postpone) {

        static Opening of(String answer) {
            return new Opening(answer, "");
        }
    }

    /** The four strings of authenticate: ticket, then nvu / busy / none / the company file, postpone, "". */
    List<String> authenticate(String username, String password) {
        String ticket = tickets.next();
        Optional<Long> connectorId = connectors.authenticate(username, password);
        if (connectorId.isEmpty()) {
            // logged once, with the client address, by the sign-in throttle (QbwcService)
            return List.of(ticket, "nvu", "", "");
        }
        Opening opening = tx.execute(status -> open(ticket, connectorId.get()));
        LOG.info("QBWC session for connector {}: {}", connectorId.get(), opening.answer().isEmpty()
                ? "work (open company file)" : LogText.of(opening.answer()));
        return List.of(ticket, opening.answer(), opening.postpone(), "");
    }

    private Opening open(String ticket, long connectorId) {
        Instant now = clock.instant();
        connectorRepository.lock(connectorId);
        expire(sessions.findExpired(connectorId, now), now);
        Instant expires = now.plus(properties.sessionTimeout());
        Optional<QbwcSession> live = takeOverDropped(connectorId, now);
        if (live.isPresent()) {
            sessions.insert(ticket, connectorId, QbwcSession.Status.REJECTED, "busy", now, now);
            int postpone = takeover.postponeSeconds(live.get().lastCallAt(), now);
            LOG.info("QBWC session {} of connector {} is live (last call {}); busy for {} s", shortTicket(
                    live.get().ticket()), connectorId, live.get().lastCallAt(), postpone);
            return new Opening("busy", Integer.toString(postpone));
        }
        workSources.forEach(source -> source.prepareJobs(connectorId));
        if (jobs.open(connectorId).isEmpty()) {
            sessions.insert(ticket, connectorId, QbwcSession.Status.CLOSED, "none", now, expires);
            return Opening.of("none");
        }
        sessions.insert(ticket, connectorId, QbwcSession.Status.OPEN, "work", now, expires);
        WebConnector connector = connectorRepository.findById(connectorId).orElseThrow();
        return Opening.of(connector.companyFile());
    }

    /**
     * Ends the connector's open sessions whose last call is at least the take-over window ago (QBWC dropped
     * them); answers the open session that is still truly live, if there is one. A session whose call is in
     * flight at this moment (on this instance or another) is live: its row is locked by that call, and
     * authenticate does not wait for it.
     */
    private Optional<QbwcSession> takeOverDropped(long connectorId, Instant now) {
        Optional<QbwcSession> live = Optional.empty();
        for (QbwcSession open : sessions.findOpen(connectorId)) {
            Optional<QbwcSession> unlocked = sessions.tryLock(open.ticket());
            QbwcSession session = unlocked.orElse(open);
            if (session.status() != QbwcSession.Status.OPEN) {
                continue;
            }
            if (unlocked.isPresent() && takeover.canTakeOver(session.lastCallAt(), now)) {
                Duration silent = Duration.between(session.lastCallAt(), now);
                LOG.warn("QBWC session {} of connector {} made no call for {} s: ended as dropped, a new session takes"
                        + " its work over", shortTicket(session.ticket()), connectorId, silent.toSeconds());
                end(session, QbwcSession.Status.DROPPED, "The QuickBooks Web Connector stopped calling in this session"
                        + " (no call for " + silent.toSeconds() + " s); a newer session of the connector took its work"
                        + " over, and answers to this ticket are refused. Please run the update again.", now);
            } else if (live.isEmpty() || session.lastCallAt().isAfter(live.get().lastCallAt())) {
                live = Optional.of(session);
            }
        }
        return live;
    }

    /**
     * The open session of {@code ticket}, locked for the rest of the transaction and its last call stamped
     * now; empty when the ticket is unknown, over or expired (an expired session is ended on the way).
     */
    Optional<QbwcSession> live(String ticket, Instant now) {
        if (ticket == null || ticket.isBlank()) {
            return Optional.empty();
        }
        Optional<QbwcSession> session = sessions.lock(ticket);
        if (session.isEmpty() || session.get().status() != QbwcSession.Status.OPEN) {
            return Optional.empty();
        }
        if (!session.get().isLive(now)) {
            expireLocked(session.get(), now);
            return Optional.empty();
        }
        sessions.touch(ticket, now, now.plus(properties.sessionTimeout()));
        return session;
    }

    /** QBWC could not open the company file; end the session. */
    String connectionError(String ticket, String hresult, String message) {
        tx.executeWithoutResult(status -> {
            Instant now = clock.instant();
            sessions.lock(ticket).filter(s -> s.status() == QbwcSession.Status.OPEN).ifPresent(session -> {
                String reason = "QuickBooks Web Connector could not open the company file (" + LogText.of(hresult, 40)
                        + "): " + LogText.of(message, 1000);
                LOG.warn("Session {}: {}", shortTicket(ticket), LogText.of(reason, 1200));
                end(session, QbwcSession.Status.FAILED, reason, now);
            });
        });
        return "done";
    }

    String getLastError(String ticket) {
        Optional<QbwcSession> session = tx.execute(status -> ticket == null ? Optional.<QbwcSession>empty()
                : sessions.find(ticket));
        if (session.isEmpty() || session.get().status() == QbwcSession.Status.EXPIRED) {
            return UNKNOWN_TICKET;
        }
        String error = session.get().lastError();
        return error == null || error.isBlank() ? "No error" : error;
    }

    /** Ends the session and answers a one-line summary of what it did. */
    String closeConnection(String ticket) {
        return tx.execute(status -> {
            Instant now = clock.instant();
            Optional<QbwcSession> found = ticket == null ? Optional.empty() : sessions.lock(ticket);
            if (found.isEmpty()) {
                return UNKNOWN_TICKET;
            }
            QbwcSession session = found.get();
            switch (session.authAnswer()) {
                case "none":
                    return "No data exchange required";
                case "busy":
                    return "Another update of this connector is still running; try again later";
                default:
                    break;
            }
            return switch (session.status()) {
                case OPEN -> end(session, QbwcSession.Status.CLOSED, null, now);
                case EXPIRED -> UNKNOWN_TICKET;
                case DROPPED -> session.lastError();
                default -> jobs.summaryOf(session);
            };
        });
    }

    /** Marks expired sessions and tells their unfinished jobs; answers how many sessions expired. */
    int expireSessions() {
        Integer count = tx.execute(status -> {
            Instant now = clock.instant();
            List<String> expired = sessions.findExpired(null, now);
            expire(expired, now);
            return expired.size();
        });
        return count == null ? 0 : count;
    }

    /** Ends the sessions of these tickets as expired; one whose call is in flight right now is left alone. */
    private void expire(List<String> tickets, Instant now) {
        for (String ticket : tickets) {
            sessions.tryLock(ticket).filter(s -> s.status() == QbwcSession.Status.OPEN)
                    .ifPresent(session -> expireLocked(session, now));
        }
    }

    /** Ends a session this transaction holds as expired. */
    private void expireLocked(QbwcSession session, Instant now) {
        LOG.warn("QBWC session {} of connector {} expired without closeConnection", shortTicket(session.ticket()),
                session.connectorId());
        end(session, QbwcSession.Status.EXPIRED,
                "The QuickBooks Web Connector session ended without closeConnection (expired)", now);
    }

    /** Ends a session: unanswered requests go back to the queue, unfinished jobs hear why. */
    private String end(QbwcSession session, QbwcSession.Status status, String reason, Instant now) {
        queue.findSent(session.ticket()).ifPresent(message -> {
            queue.requeueUnanswered(message.id());
            queue.endMessage(message.id(), "FAILED", null, null, "session ended without a response", now);
        });
        jobs.interruptActive(session.ticket(), reason != null ? reason : "The session closed before the job finished",
                now);
        String summary = reason != null ? reason : jobs.summaryOf(session);
        sessions.end(session.ticket(), status, summary, now);
        if (reason != null) {
            sessions.setLastError(session.ticket(), reason);
        }
        return summary;
    }

    static String shortTicket(String ticket) {
        return ticket == null || ticket.length() < 8 ? "?" : LogText.of(ticket.substring(0, 8), 8) + "...";
    }
}
