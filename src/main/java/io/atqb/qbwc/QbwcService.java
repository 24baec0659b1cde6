package io.atqb.qbwc;

import io.atqb.connector.WebConnector;
import io.atqb.connector.WebConnectorRepository;
import io.atqb.connector.WebConnectorService;
import io.atqb.qbxml.HostInfo;
import io.atqb.qbxml.OnError;
import io.atqb.qbxml.QbxmlParseException;
import io.atqb.qbxml.QbxmlRequest;
import io.atqb.qbxml.QbxmlResponseReader;
import io.atqb.qbxml.QbxmlVersion;
import io.atqb.qbxml.QbxmlWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The QuickBooks Web Connector protocol: sessions, the work queue and the jobs behind it. Every call runs
 * in one database transaction and answers from the database alone, so a restart between two calls loses
 * nothing and no call waits on Autotask.
 */
@Service
public class QbwcService {

    private static final Logger LOG = LoggerFactory.getLogger(QbwcService.class);
    static final String NOOP = "NoOp";
    static final String UNKNOWN_TICKET = "Unknown or expired ticket: the session is over. Please run the update again.";

    private final QbwcProperties properties;
    private final WebConnectorService connectors;
    private final WebConnectorRepository connectorRepository;
    private final QbwcSessionRepository sessions;
    private final QbwcJobRepository jobs;
    private final QbwcQueueRepository queue;
    private final QueuedRequestCodec codec;
    private final QbxmlWriter writer;
    private final QbxmlResponseReader reader;
    private final Map<String, QbwcJobHandler> handlers;
    private final List<QbwcWorkSource> workSources;
    private final Tickets tickets;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final QbxmlVersion maxVersion;
    private final QbxmlVersion minVersion;

    public QbwcService(QbwcProperties properties, WebConnectorService connectors,
                       WebConnectorRepository connectorRepository, QbwcSessionRepository sessions,
                       QbwcJobRepository jobs, QbwcQueueRepository queue, QueuedRequestCodec codec,
                       QbxmlWriter writer, QbxmlResponseReader reader, List<QbwcJobHandler> handlers,
                       List<QbwcWorkSource> workSources, Tickets tickets, TransactionTemplate tx, Clock clock) {
        this.properties = properties;
        this.connectors = connectors;
        this.connectorRepository = connectorRepository;
        this.sessions = sessions;
        this.jobs = jobs;
        this.queue = queue;
        this.codec = codec;
        this.writer = writer;
        this.reader = reader;
        this.handlers = handlers.stream().collect(Collectors.toMap(QbwcJobHandler::jobType, Function.identity()));
        this.workSources = workSources;
        this.tickets = tickets;
        this.tx = tx;
        this.clock = clock;
        this.maxVersion = QbxmlVersion.parse(properties.qbxmlVersion());
        this.minVersion = QbxmlVersion.parse(properties.minimumQbxmlVersion());
    }

    public String serverVersion() {
        String version = QbwcService.class.getPackage().getImplementationVersion();
        return "atqb-sync " + (version == null ? "dev" : version);
    }

    /** Any QBWC 2.x may proceed; an empty answer means "go on". */
    public String clientVersion(String version) {
        LOG.info("QBWC {} connected", version);
        return "";
    }

    /** The four strings of authenticate: ticket, then nvu / busy / none / the company file, then two empties. */
    public List<String> authenticate(String username, String password) {
        String ticket = tickets.next();
        Optional<Long> connectorId = connectors.authenticate(username, password);
        if (connectorId.isEmpty()) {
            LOG.warn("QBWC log-in refused for user '{}'", safe(username));
            return List.of(ticket, "nvu", "", "");
        }
        String answer = tx.execute(status -> openSession(ticket, connectorId.get()));
        LOG.info("QBWC session for connector {}: {}", connectorId.get(), answer.isEmpty() ? "work (open company file)" : answer);
        return List.of(ticket, answer, "", "");
    }

    private String openSession(String ticket, long connectorId) {
        Instant now = clock.instant();
        connectorRepository.lock(connectorId);
        expire(sessions.findExpired(connectorId, now), now);
        Instant expires = now.plus(properties.sessionTimeout());
        if (sessions.hasLiveSession(connectorId, now)) {
            sessions.insert(ticket, connectorId, QbwcSession.Status.REJECTED, "busy", now, now);
            return "busy";
        }
        workSources.forEach(source -> source.prepareJobs(connectorId));
        if (jobs.findOpen(connectorId).isEmpty()) {
            sessions.insert(ticket, connectorId, QbwcSession.Status.CLOSED, "none", now, expires);
            return "none";
        }
        sessions.insert(ticket, connectorId, QbwcSession.Status.OPEN, "work", now, expires);
        WebConnector connector = connectorRepository.findById(connectorId).orElseThrow();
        return connector.companyFile();
    }

    /** The next qbXML message set, or "" with the reason (or "NoOp") waiting in getLastError. */
    public String sendRequestXML(String ticket, String hcpResponse, String companyFile, String country,
                                 int major, int minor) {
        return tx.execute(status -> {
            Instant now = clock.instant();
            Optional<QbwcSession> found = liveSession(ticket, now);
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
                if (host.highestSupported() != null) {
                    version = version.min(host.highestSupported());
                }
            } catch (QbxmlParseException e) {
                LOG.warn("Ignoring an unreadable strHCPResponse in session {}: {}", shortTicket(session.ticket()), e.getMessage());
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
        for (QbwcJob job : jobs.findOpen(session.connectorId())) {
            if (pausedInThisSession(job, session)) {
                continue;
            }
            QbwcJobHandler handler = handler(job);
            RequestQueue jobQueue = queueOf(job);
            if (!session.ticket().equals(job.sessionTicket()) || job.status() != QbwcJob.Status.ACTIVE) {
                jobs.activate(job.id(), session.ticket(), now);
                handler.beginSession(job, session, jobQueue);
            }
            List<QbwcQueueRepository.StoredRequest> batch = takeBatch(job);
            if (batch.isEmpty()) {
                JobStep step = handler.next(job, session, jobQueue);
                switch (step.kind()) {
                    case WORK -> batch = takeBatch(job);
                    case WAITING -> {
                        sessions.setLastError(session.ticket(), NOOP);
                        return "";
                    }
                    case FAILED -> {
                        jobs.setStatus(job.id(), QbwcJob.Status.FAILED, step.message(), now);
                        sessions.setLastError(session.ticket(), step.message());
                        return "";
                    }
                    case FINISHED -> {
                        jobs.setStatus(job.id(), QbwcJob.Status.DONE, null, now);
                        continue;
                    }
                    case PAUSED -> {
                        jobs.setStatus(job.id(), QbwcJob.Status.PENDING, step.message(), now);
                        continue;
                    }
                }
            }
            if (!batch.isEmpty()) {
                return send(session, job, batch, now);
            }
        }
        sessions.setLastError(session.ticket(), "Nothing more to do in this session");
        return "";
    }

    /** A job that said "nothing more in this session" (or was interrupted in it) waits for the next session. */
    private static boolean pausedInThisSession(QbwcJob job, QbwcSession session) {
        return job.status() == QbwcJob.Status.PENDING && session.ticket().equals(job.sessionTicket());
    }

    private List<QbwcQueueRepository.StoredRequest> takeBatch(QbwcJob job) {
        return queue.nextBatch(job.id(), properties.maxRequestsPerMessage(),
                properties.maxMessageBytes() - QueuedRequestCodec.ENVELOPE_BYTES);
    }

    private String send(QbwcSession session, QbwcJob job, List<QbwcQueueRepository.StoredRequest> batch, Instant now) {
        List<QbxmlRequest> requests = batch.stream().map(codec::decode).toList();
        String xml = writer.write(session.qbxmlVersion(), OnError.CONTINUE_ON_ERROR, requests);
        int bytes = xml.getBytes(StandardCharsets.UTF_8).length;
        long messageId = queue.insertMessage(session.ticket(), job.id(), session.qbxmlVersion().toString(),
                requests.size(), bytes, now);
        queue.markSent(batch.stream().map(QbwcQueueRepository.StoredRequest::id).toList(), messageId);
        sessions.countMessageSent(session.ticket(), requests.size(), bytes);
        LOG.debug("Session {}: message {} with {} requests ({} bytes) for job {}", shortTicket(session.ticket()),
                messageId, requests.size(), bytes, job.id());
        return xml;
    }

    /** 0-99 more to do, 100 done, negative: the session must end (getLastError explains). */
    public int receiveResponseXML(String ticket, String response, String hresult, String message) {
        try {
            return tx.execute(status -> receive(ticket, response, hresult, message));
        } catch (QbxmlParseException e) {
            LOG.warn("Refused a qbXML response in session {}: {}", shortTicket(ticket), e.getMessage());
            return tx.execute(status -> refuse(ticket, response, e.getMessage()));
        }
    }

    private int receive(String ticket, String response, String hresult, String message) {
        Instant now = clock.instant();
        Optional<QbwcSession> found = liveSession(ticket, now);
        if (found.isEmpty()) {
            return -1;
        }
        QbwcSession session = found.get();
        Optional<QbwcQueueRepository.SentMessage> sent = queue.findSent(ticket);
        if (sent.isEmpty()) {
            sessions.setLastError(ticket, "No request of this session is waiting for a response");
            return -1;
        }
        QbwcQueueRepository.SentMessage sentMessage = sent.get();
        QbwcJob job = jobs.find(sentMessage.jobId()).orElseThrow();
        int bytesIn = response == null ? 0 : response.getBytes(StandardCharsets.UTF_8).length;
        if (hresult != null && !hresult.isBlank()) {
            String reason = "QuickBooks could not process the request (" + hresult.strip() + "): "
                    + (message == null ? "" : message.strip());
            queue.requeueUnanswered(sentMessage.id());
            queue.endMessage(sentMessage.id(), "FAILED", bytesIn, hresult.strip(), reason, now);
            interrupt(job, reason, now);
            sessions.setLastError(ticket, reason);
            LOG.warn("Session {}: {}", shortTicket(ticket), reason);
            return -1;
        }
        Map<Long, QbwcQueueRepository.StoredRequest> requests = new HashMap<>();
        queue.requestsOf(sentMessage.id(), "SENT").forEach(r -> requests.put(r.id(), r));
        QbwcJobHandler handler = handler(job);
        RequestQueue jobQueue = queueOf(job);
        int[] answered = {0};
        reader.read(new StringReader(response == null ? "" : response), rs -> {
            QbwcQueueRepository.StoredRequest request = requests.remove(requestId(rs.requestId()));
            if (request == null) {
                LOG.warn("Session {}: ignoring a {} with unknown requestID '{}'", shortTicket(ticket),
                        rs.elementName(), rs.requestId());
                return;
            }
            handler.handleResponse(job, codec.decode(request), rs, jobQueue);
            queue.markDone(request.id(), now);
            answered[0]++;
        });
        int unanswered = queue.requeueUnanswered(sentMessage.id());
        queue.endMessage(sentMessage.id(), "ANSWERED", bytesIn, null,
                unanswered == 0 ? null : unanswered + " requests got no response and were queued again", now);
        int progress = progress(session, job, answered[0], now);
        sessions.countResponse(ticket, answered[0], bytesIn, Math.max(progress, 0));
        return progress;
    }

    private int refuse(String ticket, String response, String reason) {
        Instant now = clock.instant();
        Optional<QbwcSession> found = liveSession(ticket, now);
        if (found.isEmpty()) {
            return -1;
        }
        String error = "Refused the QuickBooks response: " + reason;
        queue.findSent(ticket).ifPresent(sent -> {
            queue.requeueUnanswered(sent.id());
            queue.endMessage(sent.id(), "FAILED", response == null ? 0 : response.length(), null, error, now);
            jobs.find(sent.jobId()).ifPresent(job -> interrupt(job, error, now));
        });
        sessions.setLastError(ticket, error);
        return -1;
    }

    /** Progress after a response: from the requests answered and still to go; 100 when nothing is left. */
    private int progress(QbwcSession session, QbwcJob job, int answeredNow, Instant now) {
        int done = session.requestsAnswered() + answeredNow;
        for (QbwcJob open : jobs.findOpen(session.connectorId())) {
            if (pausedInThisSession(open, session)) {
                continue;
            }
            QbwcJobHandler handler = handler(open);
            if (open.id() == job.id() || session.ticket().equals(open.sessionTicket())) {
                if (queue.countOutstanding(open.id()) == 0) {
                    JobStep step = handler.next(open, session, queueOf(open));
                    switch (step.kind()) {
                        case FINISHED -> {
                            jobs.setStatus(open.id(), QbwcJob.Status.DONE, null, now);
                            continue;
                        }
                        case PAUSED -> {
                            jobs.setStatus(open.id(), QbwcJob.Status.PENDING, step.message(), now);
                            continue;
                        }
                        case FAILED -> {
                            jobs.setStatus(open.id(), QbwcJob.Status.FAILED, step.message(), now);
                            sessions.setLastError(session.ticket(), step.message());
                            return -1;
                        }
                        default -> {
                            // WORK or WAITING: sendRequestXML comes next
                        }
                    }
                }
            }
            int left = queue.countOutstanding(open.id()) + handler.remainingEstimate(open) + 1;
            int percent = (int) Math.min(99, Math.max(session.progress(), 100L * done / (done + left)));
            return Math.max(percent, 1);
        }
        return 100;
    }

    /** QBWC could not open the company file; end the session. */
    public String connectionError(String ticket, String hresult, String message) {
        tx.executeWithoutResult(status -> {
            Instant now = clock.instant();
            sessions.lock(ticket).filter(s -> s.status() == QbwcSession.Status.OPEN).ifPresent(session -> {
                String reason = "QuickBooks Web Connector could not open the company file (" + safe(hresult) + "): "
                        + safe(message);
                LOG.warn("Session {}: {}", shortTicket(ticket), reason);
                end(session, QbwcSession.Status.FAILED, reason, now);
            });
        });
        return "done";
    }

    public String getLastError(String ticket) {
        Optional<QbwcSession> session = tx.execute(status -> sessions.find(ticket));
        if (session.isEmpty() || session.get().status() == QbwcSession.Status.EXPIRED) {
            return UNKNOWN_TICKET;
        }
        String error = session.get().lastError();
        return error == null || error.isBlank() ? "No error" : error;
    }

    /** Ends the session and answers a one-line summary of what it did. */
    public String closeConnection(String ticket) {
        return tx.execute(status -> {
            Instant now = clock.instant();
            Optional<QbwcSession> found = sessions.lock(ticket);
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
            if (session.status() != QbwcSession.Status.OPEN) {
                return session.status() == QbwcSession.Status.EXPIRED ? UNKNOWN_TICKET : summaryOf(session);
            }
            return end(session, QbwcSession.Status.CLOSED, null, now);
        });
    }

    public String interactiveURL() {
        return "";
    }

    public String interactiveDone() {
        return "Done";
    }

    public String interactiveRejected(String reason) {
        return "Interactive mode is not used by atqb-sync";
    }

    /** Marks expired sessions and tells their unfinished jobs; answers how many sessions expired. */
    public int expireSessions() {
        Integer count = tx.execute(status -> {
            Instant now = clock.instant();
            List<String> expired = sessions.findExpired(null, now);
            expire(expired, now);
            return expired.size();
        });
        return count == null ? 0 : count;
    }

    private void expire(List<String> tickets, Instant now) {
        for (String ticket : tickets) {
            sessions.lock(ticket).filter(s -> s.status() == QbwcSession.Status.OPEN).ifPresent(session -> {
                LOG.warn("QBWC session {} of connector {} expired without closeConnection", shortTicket(ticket),
                        session.connectorId());
                end(session, QbwcSession.Status.EXPIRED,
                        "The QuickBooks Web Connector session ended without closeConnection (expired)", now);
            });
        }
    }

    /** Ends a session: unanswered requests go back to the queue, unfinished jobs hear why. */
    private String end(QbwcSession session, QbwcSession.Status status, String reason, Instant now) {
        queue.findSent(session.ticket()).ifPresent(message -> {
            queue.requeueUnanswered(message.id());
            queue.endMessage(message.id(), "FAILED", null, null, "session ended without a response", now);
        });
        for (QbwcJob job : jobs.findBySession(session.ticket())) {
            if (job.status() == QbwcJob.Status.ACTIVE) {
                String why = reason != null ? reason : "The session closed before the job finished";
                interrupt(job, why, now);
            }
        }
        String summary = reason != null ? reason : summaryOf(session);
        sessions.end(session.ticket(), status, summary, now);
        if (reason != null) {
            sessions.setLastError(session.ticket(), reason);
        }
        return summary;
    }

    private void interrupt(QbwcJob job, String reason, Instant now) {
        handler(job).interrupted(job, reason);
        jobs.find(job.id()).filter(j -> j.status() == QbwcJob.Status.ACTIVE)
                .ifPresent(j -> jobs.setStatus(j.id(), QbwcJob.Status.PENDING, reason, now));
    }

    private String summaryOf(QbwcSession session) {
        List<String> lines = new ArrayList<>();
        for (QbwcJob job : jobs.findBySession(session.ticket())) {
            lines.add(handler(job).summary(jobs.find(job.id()).orElse(job)));
        }
        return lines.isEmpty() ? "Session closed; nothing was exchanged" : String.join("; ", lines);
    }

    private Optional<QbwcSession> liveSession(String ticket, Instant now) {
        if (ticket == null || ticket.isBlank()) {
            return Optional.empty();
        }
        Optional<QbwcSession> session = sessions.lock(ticket);
        if (session.isEmpty() || session.get().status() != QbwcSession.Status.OPEN) {
            return Optional.empty();
        }
        if (!session.get().isLive(now)) {
            expire(List.of(ticket), now);
            return Optional.empty();
        }
        sessions.touch(ticket, now, now.plus(properties.sessionTimeout()));
        return session;
    }

    private QbwcJobHandler handler(QbwcJob job) {
        QbwcJobHandler handler = handlers.get(job.jobType());
        if (handler == null) {
            throw new IllegalStateException("No handler for job type " + job.jobType());
        }
        return handler;
    }

    private RequestQueue queueOf(QbwcJob job) {
        return new JobRequestQueue(job.id(), queue, codec, clock);
    }

    private static long requestId(String requestId) {
        try {
            return requestId == null ? -1 : Long.parseLong(requestId.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String shortTicket(String ticket) {
        return ticket == null || ticket.length() < 8 ? "?" : ticket.substring(0, 8) + "...";
    }

    private static String safe(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.replaceAll("\\p{Cntrl}", " ");
        return clean.length() > 200 ? clean.substring(0, 200) + "..." : clean;
    }
}
