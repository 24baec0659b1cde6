package io.atqb.qbwc;

import io.atqb.qbxml.ItemInventoryQueryRq;
import io.atqb.qbxml.QbxmlRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Creates a test job for a connector and queues item queries for "Widget 1".."Widget n" in it. */
@Component
class TestJobQueue {

    private final JdbcClient jdbc;
    private final QbwcJobRepository jobs;
    private final QbwcQueueRepository queue;
    private final QueuedRequestCodec codec;
    private final Clock clock;

    TestJobQueue(JdbcClient jdbc, QbwcJobRepository jobs, QbwcQueueRepository queue, QueuedRequestCodec codec,
                 Clock clock) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.queue = queue;
        this.codec = codec;
        this.clock = clock;
    }

    /** Answers the new job's id. */
    long queue(String username, String jobType, int requests) {
        long connectorId = jdbc.sql("SELECT id FROM web_connector WHERE username = :u").param("u", username)
                .query(Long.class).single();
        long jobId = jobs.create(connectorId, jobType, null, clock.instant());
        List<QbxmlRequest> queued = new ArrayList<>();
        for (int i = 1; i <= requests; i++) {
            queued.add(ItemInventoryQueryRq.byFullNames(null, List.of("Widget " + i), List.of("ListID", "FullName")));
        }
        new JobRequestQueue(jobId, queue, codec, clock).enqueue(queued);
        return jobId;
    }

    int queued(long jobId) {
        return queue.countQueued(jobId);
    }

    /** The job ids of the session's message sets, in the order they were sent. */
    List<Long> jobsOfMessages(String ticket) {
        return jdbc.sql("SELECT job_id FROM qbwc_message WHERE ticket = :t ORDER BY id").param("t", ticket)
                .query(Long.class).list();
    }

    String sessionStatus(String ticket) {
        return jdbc.sql("SELECT status FROM qbwc_session WHERE ticket = :t").param("t", ticket)
                .query(String.class).single();
    }
}
