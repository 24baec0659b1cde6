package io.atqb.qbwc;

import io.atqb.qbxml.QbxmlVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** Plain-unit-test helpers for the QBWC classes: a fixed clock, settings, sessions and a transaction-less template. */
final class QbwcUnitFixtures {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String TICKET = "ticket-0123456789";

    private QbwcUnitFixtures() {
    }

    /** Session timeout 10 min, take-over window 30 s, at most 500 requests and 1000 bytes per message set. */
    static QbwcProperties properties() {
        return properties(500, 1000, "13.0", "7.0");
    }

    static QbwcProperties properties(int maxRequests, int maxMessageBytes, String version, String minimum) {
        return new QbwcProperties(Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofMinutes(1),
                10_000_000L, maxMessageBytes, maxRequests, version, minimum);
    }

    /** Runs every callback at once, without a transaction. */
    static TransactionTemplate directTx() {
        return new TransactionTemplate(new PlatformTransactionManager() {
            @Override
            public TransactionStatus getTransaction(TransactionDefinition definition) {
                return new SimpleTransactionStatus();
            }

            @Override
            public void commit(TransactionStatus status) {
                // nothing to commit
            }

            @Override
            public void rollback(TransactionStatus status) {
                // nothing to roll back
            }
        });
    }

    static QbwcSession session(String ticket, QbwcSession.Status status, String authAnswer, Instant lastCall,
                               Instant expires) {
        return new QbwcSession(ticket, 7L, status, authAnswer, lastCall, lastCall, expires, "C:\\co.qbw",
                QbxmlVersion.V13_0, "SingleUser", null, 0, 0, 0, 0, 0, 0);
    }

    static QbwcSession open(String ticket, Instant lastCall) {
        return session(ticket, QbwcSession.Status.OPEN, "work", lastCall, lastCall.plus(Duration.ofMinutes(10)));
    }

    static QbwcSession withError(QbwcSession s, QbwcSession.Status status, String lastError) {
        return new QbwcSession(s.ticket(), s.connectorId(), status, s.authAnswer(), s.createdAt(), s.lastCallAt(),
                s.expiresAt(), s.companyFile(), s.qbxmlVersion(), s.fileMode(), lastError, s.messagesSent(),
                s.requestsSent(), s.requestsAnswered(), s.bytesOut(), s.bytesIn(), s.progress());
    }

    static QbwcSession progressed(QbwcSession s, int answered, int progress) {
        return new QbwcSession(s.ticket(), s.connectorId(), s.status(), s.authAnswer(), s.createdAt(), s.lastCallAt(),
                s.expiresAt(), s.companyFile(), s.qbxmlVersion(), s.fileMode(), s.lastError(), s.messagesSent(),
                s.requestsSent(), answered, s.bytesOut(), s.bytesIn(), progress);
    }

    static QbwcSession fresh(QbwcSession s) {
        return new QbwcSession(s.ticket(), s.connectorId(), s.status(), s.authAnswer(), s.createdAt(), s.lastCallAt(),
                s.expiresAt(), null, null, null, s.lastError(), 0, 0, 0, 0, 0, 0);
    }

    static QbwcJob job(long id, String type, QbwcJob.Status status, String ticket) {
        return new QbwcJob(id, 7L, type, status, null, ticket, null);
    }
}
