package io.atqb.qbwc;

import io.atqb.system.Texts;
import io.atqb.system.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The request queue and the message sets served from it. */
@Repository
class QbwcQueueRepository {

    /** The length of qbwc_message.hresult: a longer HRESULT from QBWC is cut to it. */
    static final int HRESULT_LENGTH = 20;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    QbwcQueueRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A queued request row: its id is the requestID sent to QuickBooks. */
    record StoredRequest(long id, long jobId, String kind, String payload, int sizeHint) {
    }

    /** A message set that was sent and not yet answered. */
    record SentMessage(long id, long jobId, int requestCount) {
    }

    void enqueue(long jobId, List<PendingRequest> requests, Instant now) {
        template.batchUpdate("INSERT INTO qbwc_request (job_id, kind, payload, size_hint, status, created_at)"
                        + " VALUES (?, ?, ?, ?, 'QUEUED', ?)",
                requests, 1000, (ps, request) -> {
                    ps.setLong(1, jobId);
                    ps.setString(2, request.kind());
                    ps.setString(3, request.payload());
                    ps.setInt(4, request.sizeHint());
                    ps.setObject(5, Timestamps.toDb(now));
                });
    }

    /** A request ready to be queued: its kind, JSON payload and encoded size in bytes. */
    record PendingRequest(String kind, String payload, int sizeHint) {
    }

    /**
     * The oldest queued requests of a job. The order names every column of {@code ix_qbwc_request_job}: the first two
     * are fixed by the condition, so the rows come in id order either way, but only then does H2 read the index in
     * its order and stop at {@code :max}; ordered by id alone it read and sorted every queued row of the job, with
     * its payload, for each message set (22,000 rows for the first sets of a sync that creates 22,000 items).
     */
    static final String OLDEST_QUEUED = "SELECT id, job_id, kind, payload, size_hint FROM qbwc_request"
            + " WHERE job_id = :job AND status = 'QUEUED' ORDER BY job_id, status, id FETCH FIRST :max ROWS ONLY";

    /** The oldest queued requests of a job, at most {@code max} of them. */
    List<StoredRequest> oldestQueued(long jobId, int max) {
        return jdbc.sql(OLDEST_QUEUED).param("job", jobId).param("max", max).query(QbwcQueueRepository::mapRequest)
                .list();
    }

    long insertMessage(String ticket, long jobId, String version, int requestCount, int bytesOut, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO qbwc_message (ticket, job_id, status, qbxml_version, request_count, bytes_out, sent_at)"
                        + " VALUES (:ticket, :job, 'SENT', :version, :count, :bytes, :now)")
                .param("ticket", ticket).param("job", jobId).param("version", version).param("count", requestCount)
                .param("bytes", bytesOut).param("now", Timestamps.toDb(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void markSent(List<Long> requestIds, long messageId) {
        template.batchUpdate("UPDATE qbwc_request SET status = 'SENT', message_id = ? WHERE id = ?",
                requestIds, 1000, (ps, id) -> {
                    ps.setLong(1, messageId);
                    ps.setLong(2, id);
                });
    }

    Optional<SentMessage> findSent(String ticket) {
        return jdbc.sql("SELECT id, job_id, request_count FROM qbwc_message WHERE ticket = :ticket AND status = 'SENT'"
                        + " ORDER BY id DESC")
                .param("ticket", ticket)
                .query((rs, n) -> new SentMessage(rs.getLong("id"), rs.getLong("job_id"), rs.getInt("request_count")))
                .list().stream().findFirst();
    }

    List<StoredRequest> requestsOf(long messageId, String status) {
        return jdbc.sql("SELECT id, job_id, kind, payload, size_hint FROM qbwc_request WHERE message_id = :message"
                        + " AND status = :status ORDER BY id")
                .param("message", messageId).param("status", status).query(QbwcQueueRepository::mapRequest).list();
    }

    /** These requests were answered: one batch of the same statement for all of a message set's answers. */
    void markDone(List<Long> requestIds, Instant now) {
        if (requestIds.isEmpty()) {
            return;
        }
        Object doneAt = Timestamps.toDb(now);
        template.batchUpdate("UPDATE qbwc_request SET status = 'DONE', done_at = ? WHERE id = ?", requestIds,
                requestIds.size(), (ps, id) -> {
                    ps.setObject(1, doneAt);
                    ps.setLong(2, id);
                });
    }

    /** Requests of a message that got no answer go back to the queue, in their old order. */
    int requeueUnanswered(long messageId) {
        return jdbc.sql("UPDATE qbwc_request SET status = 'QUEUED', message_id = NULL WHERE message_id = :message"
                        + " AND status = 'SENT'").param("message", messageId).update();
    }

    void endMessage(long messageId, String status, Integer bytesIn, String hresult, String error, Instant now) {
        jdbc.sql("UPDATE qbwc_message SET status = :status, bytes_in = :bytes, hresult = :hresult,"
                        + " error_message = :error, answered_at = :now WHERE id = :id")
                .param("status", status).param("bytes", bytesIn).param("hresult", Texts.fit(hresult, HRESULT_LENGTH))
                .param("error", Texts.message(error))
                .param("now", Timestamps.toDb(now)).param("id", messageId).update();
    }

    /** Cancels the job's queued and sent requests. */
    int cancelOutstanding(long jobId) {
        return jdbc.sql("UPDATE qbwc_request SET status = 'CANCELLED' WHERE job_id = :job"
                        + " AND status IN ('QUEUED', 'SENT')").param("job", jobId).update();
    }

    int countOutstanding(long jobId) {
        return jdbc.sql("SELECT COUNT(*) FROM qbwc_request WHERE job_id = :job AND status IN ('QUEUED', 'SENT')")
                .param("job", jobId).query(Long.class).single().intValue();
    }

    int countQueued(long jobId) {
        return jdbc.sql("SELECT COUNT(*) FROM qbwc_request WHERE job_id = :job AND status = 'QUEUED'")
                .param("job", jobId).query(Long.class).single().intValue();
    }

    private static StoredRequest mapRequest(ResultSet rs, int row) throws SQLException {
        return new StoredRequest(rs.getLong("id"), rs.getLong("job_id"), rs.getString("kind"),
                rs.getString("payload"), rs.getInt("size_hint"));
    }
}
