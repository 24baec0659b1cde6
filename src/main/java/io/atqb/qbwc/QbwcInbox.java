package io.atqb.qbwc;

import io.atqb.qbxml.QbxmlParseException;
import io.atqb.qbxml.QbxmlResponse;
import io.atqb.qbxml.QbxmlResponseReader;
import io.atqb.system.LogText;
import io.atqb.system.Texts;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * receiveResponseXML: matches each response of the message set to its queued request by requestID, hands
 * it to the job's handler, and answers the session's progress. An HRESULT or an unreadable response ends
 * the session (-1); the message's requests go back to the queue.
 */
@Component
class QbwcInbox {

    private static final Logger LOG = LoggerFactory.getLogger(QbwcInbox.class);
    /** Characters of QBWC's message kept in the reason getLastError answers. */
    private static final int MESSAGE_SHOWN = 2000;

    private final QbwcSessions lifecycle;
    private final QbwcSessionRepository sessions;
    private final QbwcQueueRepository queue;
    private final QbwcJobRepository jobRepository;
    private final QbwcJobs jobs;
    private final QueuedRequestCodec codec;
    private final QbxmlResponseReader reader;
    private final TransactionTemplate tx;
    private final Clock clock;

    QbwcInbox(QbwcSessions lifecycle, QbwcSessionRepository sessions, QbwcQueueRepository queue,
              QbwcJobRepository jobRepository, QbwcJobs jobs, QueuedRequestCodec codec, QbxmlResponseReader reader,
              TransactionTemplate tx, Clock clock) {
        this.lifecycle = lifecycle;
        this.sessions = sessions;
        this.queue = queue;
        this.jobRepository = jobRepository;
        this.jobs = jobs;
        this.codec = codec;
        this.reader = reader;
        this.tx = tx;
        this.clock = clock;
    }

    /** 0-99 more to do, 100 done, negative: the session must end (getLastError explains). */
    int receiveResponseXML(String ticket, String response, String hresult, String message) {
        try {
            return tx.execute(status -> receive(ticket, response, hresult, message));
        } catch (QbxmlParseException e) {
            LOG.warn("Refused a qbXML response in session {}: {}", QbwcSessions.shortTicket(ticket),
                    LogText.of(e.getMessage()));
            return tx.execute(status -> refuse(ticket, response, e.getMessage()));
        }
    }

    private int receive(String ticket, String response, String hresult, String message) {
        Instant now = clock.instant();
        Optional<QbwcSession> found = lifecycle.live(ticket, now);
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
        QbwcJob job = jobRepository.find(sentMessage.jobId()).orElseThrow();
        int bytesIn = Texts.utf8Length(response);
        if (hresult != null && !hresult.isBlank()) {
            return failed(session, sentMessage, job, hresult.strip(), message, bytesIn, now);
        }
        int answered = handOver(session, sentMessage, job, response, now);
        int unanswered = queue.requeueUnanswered(sentMessage.id());
        queue.endMessage(sentMessage.id(), "ANSWERED", bytesIn, null,
                unanswered == 0 ? null : unanswered + " requests got no response and were queued again", now);
        int progress = progress(session, job, answered, now);
        sessions.countResponse(ticket, answered, bytesIn, Math.max(progress, 0));
        return progress;
    }

    /** QuickBooks answered the message set with an HRESULT: its requests go back to the queue and the session ends. */
    private int failed(QbwcSession session, QbwcQueueRepository.SentMessage sent, QbwcJob job, String hresult,
                       String message, int bytesIn, Instant now) {
        String shown = hresult.length() <= QbwcQueueRepository.HRESULT_LENGTH ? hresult
                : cut(hresult, QbwcQueueRepository.HRESULT_LENGTH) + "... (" + hresult.length() + " characters, cut)";
        String reason = "QuickBooks could not process the request (" + shown + "): "
                + (message == null ? "" : cut(message.strip(), MESSAGE_SHOWN));
        queue.requeueUnanswered(sent.id());
        queue.endMessage(sent.id(), "FAILED", bytesIn, hresult, reason, now);
        jobs.interrupt(job, reason, now);
        sessions.setLastError(session.ticket(), reason);
        LOG.warn("Session {}: {}", QbwcSessions.shortTicket(session.ticket()), LogText.of(reason, 500));
        return -1;
    }

    /**
     * Hands each response to the job's handler, after telling it once that a message set's answers begin; marks
     * the answered requests done in one batch; answers how many matched a request of the message.
     */
    private int handOver(QbwcSession session, QbwcQueueRepository.SentMessage sent, QbwcJob job, String response,
                         Instant now) {
        Map<Long, QbwcQueueRepository.StoredRequest> requests = new HashMap<>();
        queue.requestsOf(sent.id(), "SENT").forEach(r -> requests.put(r.id(), r));
        QbwcJobHandler handler = jobs.handler(job);
        RequestQueue jobQueue = jobs.queueOf(job);
        handler.beginResponses(job);
        List<Long> answered = new ArrayList<>();
        reader.read(new StringReader(response == null ? "" : response), rs -> {
            QbwcQueueRepository.StoredRequest request = requests.remove(requestId(rs.requestId()));
            if (request == null) {
                ignoreUnknown(session, rs);
                return;
            }
            handler.handleResponse(job, codec.decode(request), rs, jobQueue);
            answered.add(request.id());
        });
        queue.markDone(answered, now);
        return answered.size();
    }

    private static void ignoreUnknown(QbwcSession session, QbxmlResponse response) {
        LOG.warn("Session {}: ignoring a {} with unknown requestID '{}'", QbwcSessions.shortTicket(session.ticket()),
                LogText.of(response.elementName(), 60), LogText.of(response.requestId(), 60));
    }

    private int refuse(String ticket, String response, String reason) {
        Instant now = clock.instant();
        Optional<QbwcSession> found = lifecycle.live(ticket, now);
        if (found.isEmpty()) {
            return -1;
        }
        String error = "Refused the QuickBooks response: " + reason;
        queue.findSent(ticket).ifPresent(sent -> {
            queue.requeueUnanswered(sent.id());
            queue.endMessage(sent.id(), "FAILED", response == null ? 0 : response.length(), null, error, now);
            jobRepository.find(sent.jobId()).ifPresent(job -> jobs.interrupt(job, error, now));
        });
        sessions.setLastError(ticket, error);
        return -1;
    }

    /** Progress after a response: from the requests answered and still to go; 100 when nothing is left. */
    private int progress(QbwcSession session, QbwcJob job, int answeredNow, Instant now) {
        int done = session.requestsAnswered() + answeredNow;
        for (QbwcJob open : jobs.open(session.connectorId())) {
            if (QbwcJobs.pausedInThisSession(open, session)) {
                continue;
            }
            QbwcJobHandler handler = jobs.handler(open);
            boolean inThisSession = open.id() == job.id() || session.ticket().equals(open.sessionTicket());
            if (inThisSession && queue.countOutstanding(open.id()) == 0) {
                JobStep step = handler.next(open, session, jobs.queueOf(open));
                jobs.record(open, step, now);
                switch (step.kind()) {
                    case FINISHED, PAUSED -> {
                        continue;
                    }
                    case FAILED -> {
                        sessions.setLastError(session.ticket(), step.message());
                        return -1;
                    }
                    case WORK, WAITING -> {
                        // sendRequestXML comes next
                    }
                }
            }
            int left = queue.countOutstanding(open.id()) + handler.remainingEstimate(open) + 1;
            return Progress.whileWorkRemains(done, left, session.progress());
        }
        return 100;
    }

    /** The text cut to at most {@code max} characters, never between the two halves of a surrogate pair. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    private static long requestId(String requestId) {
        try {
            return requestId == null ? -1 : Long.parseLong(requestId.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
