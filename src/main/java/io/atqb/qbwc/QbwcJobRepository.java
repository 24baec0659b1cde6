package io.atqb.qbwc;

import io.atqb.system.Texts;
import io.atqb.system.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Jobs in the database. */
@Repository
public class QbwcJobRepository {

    private static final String COLUMNS = "id, connector_id, job_type, status, reference_id, session_ticket, message";

    private final JdbcClient jdbc;

    QbwcJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates a PENDING job and answers its id. */
    public long create(long connectorId, String jobType, Long referenceId, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO qbwc_job (connector_id, job_type, status, reference_id, created_at, updated_at)"
                        + " VALUES (:connector, :type, 'PENDING', :reference, :now, :now)")
                .param("connector", connectorId).param("type", jobType).param("reference", referenceId)
                .param("now", Timestamps.toDb(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<QbwcJob> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM qbwc_job WHERE id = :id").param("id", id)
                .query(QbwcJobRepository::map).optional();
    }

    /** The connector's PENDING and ACTIVE jobs, oldest first. */
    public List<QbwcJob> findOpen(long connectorId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM qbwc_job WHERE connector_id = :connector"
                        + " AND status IN ('PENDING', 'ACTIVE') ORDER BY id")
                .param("connector", connectorId).query(QbwcJobRepository::map).list();
    }

    /** The open job of a type for a connector, if there is one. */
    public Optional<QbwcJob> findOpen(long connectorId, String jobType) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM qbwc_job WHERE connector_id = :connector AND job_type = :type"
                        + " AND status IN ('PENDING', 'ACTIVE') ORDER BY id")
                .param("connector", connectorId).param("type", jobType)
                .query(QbwcJobRepository::map).list().stream().findFirst();
    }

    /** Jobs a session worked on (for closeConnection's summary and for interruptions). */
    List<QbwcJob> findBySession(String ticket) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM qbwc_job WHERE session_ticket = :ticket ORDER BY id")
                .param("ticket", ticket).query(QbwcJobRepository::map).list();
    }

    void activate(long id, String ticket, Instant now) {
        jdbc.sql("UPDATE qbwc_job SET status = 'ACTIVE', session_ticket = :ticket, updated_at = :now WHERE id = :id")
                .param("ticket", ticket).param("now", Timestamps.toDb(now)).param("id", id).update();
    }

    public void setStatus(long id, QbwcJob.Status status, String message, Instant now) {
        jdbc.sql("UPDATE qbwc_job SET status = :status, message = :message, updated_at = :now WHERE id = :id")
                .param("status", status.name()).param("message", Texts.message(message))
                .param("now", Timestamps.toDb(now)).param("id", id).update();
    }

    private static QbwcJob map(ResultSet rs, int row) throws SQLException {
        return new QbwcJob(
                rs.getLong("id"),
                rs.getLong("connector_id"),
                rs.getString("job_type"),
                QbwcJob.Status.valueOf(rs.getString("status")),
                rs.getObject("reference_id", Long.class),
                rs.getString("session_ticket"),
                rs.getString("message"));
    }
}
