package io.atqb.qbwc;

import io.atqb.qbxml.HostInfo;
import io.atqb.qbxml.OnError;
import io.atqb.qbxml.QbxmlParseException;
import io.atqb.qbxml.QbxmlRequest;
import io.atqb.qbxml.QbxmlResponseReader;
import io.atqb.qbxml.QbxmlVersion;
import io.atqb.qbxml.QbxmlWriter;
import io.atqb.system.LogText;
import io.atqb.system.Texts;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * sendRequestXML: the session's next qbXML message set. The first call of a session settles the qbXML
 * version; then the connector's open jobs are served oldest first, each job's queue drained in batches
 * before the next job is asked; "" with the reason (or NoOp) in getLastError when nothing goes out.
 */
@Component
class QbwcOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(QbwcOutbox.class);
    static final String NOOP = "NoOp";
    static final String NOTHING_MORE = "Nothing more to do in this session";

    private final QbwcSessions lifecycle;
    private final QbwcSessionRepository sessions;
    private final QbwcQueueRepository queue;
    private final QbwcJobs jobs;
    private final QueuedRequestCodec codec;
    private final QbxmlWriter writer;
    private final QbxmlResponseReader reader;
    private final BatchBounds bounds;
    private final QbxmlVersion maxVersion;
    private final QbxmlVersion minVersion;
    private final TransactionTemplate tx;
    private final Clock clock;

    QbwcOutbox(QbwcProperties properties, QbwcSessions lifecycle, QbwcSessionRepository sessions,
               QbwcQueueRepository queue, QbwcJobs jobs, QueuedRequestCodec codec, QbxmlWriter writer,
               QbxmlResponseReader reader, TransactionTemplate tx, Clock clock) {
        this.lifecycle = lifecycle;
        this.sessions = sessions;
        this.queue = queue;
        this.jobs = jobs;
        this.codec = codec;
        this.writer = writer;
        this.reader = reader;
        this.bounds = BatchBounds.of(properties.maxRequestsPerMessage(), properties.maxMessageBytes());
        this.maxVersion = QbxmlVersion.parse(properties.qbxmlVersion());
        this.minVersion = QbxmlVersion.parse(properties.minimumQbxmlVersion());
        this.tx = tx;
        this.clock = clock;
    }

    /** The next qbXML message set, or "" with the reason (or "NoOp") waiting in getLastError. */
    String sendRequestXML(String ticket, String hcpResponse, String companyFile, String country, int major, int minor) {
        return tx.execute(status -> {
            Instant now = clock.instant();
            Optional<QbwcSession> found = lifecycle.live(ticket, now);
            if (found.isEmpty()) {
                return "";
            }
            QbwcSession session = found.get();
            if (session.isNew()) {
                session = recordHost(session, hcpResponse, companyFile, country, major, minor);
                if (session == null) {
                    return "";
                }
            }
            abandonUnanswered(ticket, now);
            return nextMessage(session, now);
        });
    }

    private QbwcSession recordHost(QbwcSession session, String hcpResponse, String companyFile, String country,
                                   int major, int minor) {
        QbxmlVersion version = maxVersion;
        if (major > 0) {
            version = version.min(new QbxmlVersion(major, Math.max(minor, 0)));
        }
        String product = null;
        String fileMode = null;
        if (hcpResponse != null && !hcpResponse.isBlank()) {
            try {
                HostInfo host = reader.readHostResponse(hcpResponse);
                product = host.productName();
                fileMode = host.fileMode();
                // country forms such as UK2.0 are left out; with no numeric version, QBWC's own numbers decide
                if (!host.supportedVersions().isEmpty()) {
                    version = version.min(host.highestSupported());
                }
            } catch (QbxmlParseException e) {
                LOG.warn("Ignoring an unreadable strHCPResponse in session {}: {}",
                        QbwcSessions.shortTicket(session.ticket()), LogText.of(e.getMessage()));
            }
        }
        if (version.compareTo(minVersion) < 0) {
            sessions.setLastError(session.ticket(), "QuickBooks speaks qbXML " + version + " but atqb-sync needs "
                    + minVersion + " or later; please update QuickBooks");
            return null;
        }
        sessions.recordHost(session.ticket(), companyFile, country, version, product, fileMode);
        return sessions.find(session.ticket()).orElseThrow();
    }

    /** QBWC asked for the next message without answering the last one: those requests go out again. */
    private void abandonUnanswered(String ticket, Instant now) {
        queue.findSent(ticket).ifPresent(message -> {
            queue.requeueUnanswered(message.id());
            queue.endMessage(message.id(), "FAILED", null, null, "no response before the next sendRequestXML", now);
        });
    }

    private String nextMessage(QbwcSession session, Instant now) {
        for (QbwcJob job : jobs.open(session.connectorId())) {
            if (QbwcJobs.pausedInThisSession(job, session)) {
                continue;
            }
            jobs.beginInSession(job, session, now);
            List<QbwcQueueRepository.StoredRequest> batch = takeBatch(job);
            if (batch.isEmpty()) {
                JobStep step = jobs.handler(job).next(job, session, jobs.queueOf(job));
                jobs.record(job, step, now);
                switch (step.kind()) {
                    case WORK -> batch = takeBatch(job);
                    case WAITING -> {
                        sessions.setLastError(session.ticket(), NOOP);
                        return "";
                    }
                    case FAILED -> {
                        sessions.setLastError(session.ticket(), step.message());
                        return "";
                    }
                    case FINISHED, PAUSED -> {
                        continue;
                    }
                }
            }
            if (!batch.isEmpty()) {
                return send(session, job, batch, now);
            }
        }
        sessions.setLastError(session.ticket(), NOTHING_MORE);
        return "";
    }

    private List<QbwcQueueRepository.StoredRequest> takeBatch(QbwcJob job) {
        return bounds.take(queue.oldestQueued(job.id(), bounds.maxRequests()));
    }

    private String send(QbwcSession session, QbwcJob job, List<QbwcQueueRepository.StoredRequest> batch, Instant now) {
        List<QbxmlRequest> requests = batch.stream().map(codec::decode).toList();
        String xml = writer.write(session.qbxmlVersion(), OnError.CONTINUE_ON_ERROR, requests);
        int bytes = Texts.utf8Length(xml);
        long messageId = queue.insertMessage(session.ticket(), job.id(), session.qbxmlVersion().toString(),
                requests.size(), bytes, now);
        queue.markSent(batch.stream().map(QbwcQueueRepository.StoredRequest::id).toList(), messageId);
        sessions.countMessageSent(session.ticket(), requests.size(), bytes);
        LOG.debug("Session {}: message {} with {} requests ({} bytes) for job {}",
                QbwcSessions.shortTicket(session.ticket()), messageId, requests.size(), bytes, job.id());
        return xml;
    }
}
