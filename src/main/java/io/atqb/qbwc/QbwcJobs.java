package io.atqb.qbwc;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The job types behind the protocol: finds each job's {@link QbwcJobHandler} by its type, hands it its queue,
 * and records what the handler's steps and interruptions mean for the job. A new job type is one more
 * handler bean; nothing here changes.
 */
@Component
class QbwcJobs {

    private final Map<String, QbwcJobHandler> handlers;
    private final QbwcJobRepository jobs;
    private final QbwcQueueRepository queue;
    private final QueuedRequestCodec codec;
    private final Clock clock;

    QbwcJobs(List<QbwcJobHandler> handlers, QbwcJobRepository jobs, QbwcQueueRepository queue,
             QueuedRequestCodec codec, Clock clock) {
        this.handlers = handlers.stream().collect(Collectors.toMap(QbwcJobHandler::jobType, Function.identity()));
        this.jobs = jobs;
        this.queue = queue;
        this.codec = codec;
        this.clock = clock;
    }

    /** The connector's PENDING and ACTIVE jobs, oldest first: the order a session serves them in. */
    List<QbwcJob> open(long connectorId) {
        return jobs.findOpen(connectorId);
    }

    QbwcJobHandler handler(QbwcJob job) {
        QbwcJobHandler handler = handlers.get(job.jobType());
        if (handler == null) {
            throw new IllegalStateException("No handler for job type " + job.jobType());
        }
        return handler;
    }

    RequestQueue queueOf(QbwcJob job) {
        return new JobRequestQueue(job.id(), queue, codec, clock);
    }

    /** A job that said "nothing more in this session" (or was interrupted in it) waits for the next session. */
    static boolean pausedInThisSession(QbwcJob job, QbwcSession session) {
        return job.status() == QbwcJob.Status.PENDING && session.ticket().equals(job.sessionTicket());
    }

    /** The session takes the job on, unless it already works on it: the handler hears of the new session. */
    void beginInSession(QbwcJob job, QbwcSession session, Instant now) {
        if (!session.ticket().equals(job.sessionTicket()) || job.status() != QbwcJob.Status.ACTIVE) {
            jobs.activate(job.id(), session.ticket(), now);
            handler(job).beginSession(job, session, queueOf(job));
        }
    }

    /** Records a step that ends the job's part in the session: FINISHED, PAUSED or FAILED (others change nothing). */
    void record(QbwcJob job, JobStep step, Instant now) {
        switch (step.kind()) {
            case FINISHED -> jobs.setStatus(job.id(), QbwcJob.Status.DONE, null, now);
            case PAUSED -> jobs.setStatus(job.id(), QbwcJob.Status.PENDING, step.message(), now);
            case FAILED -> jobs.setStatus(job.id(), QbwcJob.Status.FAILED, step.message(), now);
            case WORK, WAITING -> {
                // the session goes on with the job
            }
        }
    }

    /** The session lost the job (hresult, refused response, session ended): it waits for the next session. */
    void interrupt(QbwcJob job, String reason, Instant now) {
        handler(job).interrupted(job, reason);
        jobs.find(job.id()).filter(j -> j.status() == QbwcJob.Status.ACTIVE)
                .ifPresent(j -> jobs.setStatus(j.id(), QbwcJob.Status.PENDING, reason, now));
    }

    /** Interrupts every job the session still works on. */
    void interruptActive(String ticket, String reason, Instant now) {
        for (QbwcJob job : jobs.findBySession(ticket)) {
            if (job.status() == QbwcJob.Status.ACTIVE) {
                interrupt(job, reason, now);
            }
        }
    }

    /** One line per job the session worked on, for closeConnection. */
    String summaryOf(QbwcSession session) {
        List<String> lines = new ArrayList<>();
        for (QbwcJob job : jobs.findBySession(session.ticket())) {
            lines.add(handler(job).summary(job));
        }
        return lines.isEmpty() ? "Session closed; nothing was exchanged" : String.join("; ", lines);
    }
}
