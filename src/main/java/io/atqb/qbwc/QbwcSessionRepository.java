package io.atqb.qbwc;

import io.atqb.system.Texts;
import io.atqb.qbxml.QbxmlVersion;
import io.atqb.system.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** QBWC sessions in the database. */
@Repository
class QbwcSessionRepository {

    private static final String COLUMNS = "ticket, connector_id, status, auth_answer, created_at, last_seen_at,"
            + " expires_at,"
            + " company_file, qbxml_version, file_mode, last_error, messages_sent, requests_sent, requests_answered,"
            + " bytes_out, bytes_in, progress";

    private final JdbcClient jdbc;

    QbwcSessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String ticket, long connectorId, QbwcSession.Status status, String authAnswer, Instant now,
                Instant expiresAt) {
        jdbc.sql("INSERT INTO qbwc_session (ticket, connector_id, status, auth_answer, created_at, last_seen_at,"
                        + " expires_at, closed_at, messages_sent, requests_sent, requests_answered, bytes_out, bytes_in,"
                        + " progress) VALUES (:ticket, :connector, :status, :answer, :now, :now, :expires, :closed,"
                        + " 0, 0, 0, 0, 0, 0)")
                .param("ticket", ticket)
                .param("connector", connectorId)
                .param("status", status.name())
                .param("answer", authAnswer)
                .param("now", Timestamps.toDb(now))
                .param("expires", Timestamps.toDb(expiresAt))
                .param("closed", status == QbwcSession.Status.OPEN ? null : Timestamps.toDb(now))
                .update();
    }

    /** The session, locked for the rest of the transaction so one ticket's calls run one at a time. */
    Optional<QbwcSession> lock(String ticket) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM qbwc_session WHERE ticket = :ticket FOR UPDATE")
                .param("ticket", ticket).query(QbwcSessionRepository::map).optional();
    }

    /**
     * The session, locked for the rest of the transaction, unless a call of the session holds it right now: then
     * empty at once instead of waiting for that call (authenticate and expiry never queue behind a live call).
     */
    Optional<QbwcSession> tryLock(String ticket) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM qbwc_session WHERE ticket = :ticket FOR UPDATE SKIP LOCKED")
                .param("ticket", ticket).query(QbwcSessionRepository::map).optional();
    }

    Optional<QbwcSession> find(String ticket) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM qbwc_session WHERE ticket = :ticket")
                .param("ticket", ticket).query(QbwcSessionRepository::map).optional();
    }

    /** The connector's OPEN sessions, the most recently called first. */
    List<QbwcSession> findOpen(long connectorId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM qbwc_session WHERE connector_id = :connector AND status = 'OPEN'"
                        + " ORDER BY last_seen_at DESC")
                .param("connector", connectorId).query(QbwcSessionRepository::map).list();
    }

    /** Tickets of OPEN sessions whose expiry has passed (of one connector, or of all when connectorId is null). */
    List<String> findExpired(Long connectorId, Instant now) {
        String sql = "SELECT ticket FROM qbwc_session WHERE status = 'OPEN' AND expires_at <= :now"
                + (connectorId == null ? "" : " AND connector_id = :connector") + " ORDER BY created_at";
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("now", Timestamps.toDb(now));
        if (connectorId != null) {
            statement = statement.param("connector", connectorId);
        }
        return statement.query(String.class).list();
    }

    void touch(String ticket, Instant now, Instant expiresAt) {
        jdbc.sql("UPDATE qbwc_session SET last_seen_at = :now, expires_at = :expires WHERE ticket = :ticket")
                .param("now", Timestamps.toDb(now)).param("expires", Timestamps.toDb(expiresAt))
                .param("ticket", ticket).update();
    }

    void recordHost(String ticket, String companyFile, String country, QbxmlVersion version, String hostProduct,
                    String fileMode) {
        jdbc.sql("UPDATE qbwc_session SET company_file = :file, qbxml_country = :country, qbxml_version = :version,"
                        + " host_product = :product, file_mode = :mode WHERE ticket = :ticket")
                .param("file", Texts.fit(companyFile, 500))
                .param("country", Texts.fit(country, 8))
                .param("version", version.toString())
                .param("product", Texts.fit(hostProduct, 200))
                .param("mode", Texts.fit(fileMode, 20))
                .param("ticket", ticket)
                .update();
    }

    void setLastError(String ticket, String lastError) {
        jdbc.sql("UPDATE qbwc_session SET last_error = :error WHERE ticket = :ticket")
                .param("error", Texts.fit(lastError, 4000)).param("ticket", ticket).update();
    }

    void countMessageSent(String ticket, int requests, long bytes) {
        jdbc.sql("UPDATE qbwc_session SET messages_sent = messages_sent + 1, requests_sent = requests_sent + :requests,"
                        + " bytes_out = bytes_out + :bytes, last_error = NULL WHERE ticket = :ticket")
                .param("requests", requests).param("bytes", bytes).param("ticket", ticket).update();
    }

    void countResponse(String ticket, int answered, long bytes, int progress) {
        jdbc.sql("UPDATE qbwc_session SET requests_answered = requests_answered + :answered,"
                        + " bytes_in = bytes_in + :bytes, progress = :progress WHERE ticket = :ticket")
                .param("answered", answered).param("bytes", bytes).param("progress", progress)
                .param("ticket", ticket).update();
    }

    void end(String ticket, QbwcSession.Status status, String summary, Instant now) {
        jdbc.sql("UPDATE qbwc_session SET status = :status, summary = :summary, closed_at = :now WHERE ticket = :ticket")
                .param("status", status.name()).param("summary", Texts.fit(summary, 4000))
                .param("now", Timestamps.toDb(now)).param("ticket", ticket).update();
    }

    private static QbwcSession map(ResultSet rs, int row) throws SQLException {
        String version = rs.getString("qbxml_version");
        return new QbwcSession(
                rs.getString("ticket"),
                rs.getLong("connector_id"),
                QbwcSession.Status.valueOf(rs.getString("status")),
                rs.getString("auth_answer"),
                Timestamps.fromDb(rs, "created_at"),
                Timestamps.fromDb(rs, "last_seen_at"),
                Timestamps.fromDb(rs, "expires_at"),
                rs.getString("company_file"),
                version == null ? null : QbxmlVersion.parse(version),
                rs.getString("file_mode"),
                rs.getString("last_error"),
                rs.getInt("messages_sent"),
                rs.getInt("requests_sent"),
                rs.getInt("requests_answered"),
                rs.getLong("bytes_out"),
                rs.getLong("bytes_in"),
                rs.getInt("progress"));
    }
}
