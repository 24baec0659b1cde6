package io.atqb.operations;

import io.atqb.system.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** When the default connector's QBWC last called (read only). */
@Repository
public class QbwcActivityRepository {

    private final JdbcClient jdbc;

    public QbwcActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The default connector and the last time its QBWC called: the newest call of any of its sessions, or, when it
     * never called, the time the connector was created. Empty without a default connector.
     */
    public Optional<LastPoll> defaultConnectorLastPoll() {
        return jdbc.sql("SELECT c.id, c.name, c.created_at,"
                        + " (SELECT MAX(s.last_seen_at) FROM qbwc_session s WHERE s.connector_id = c.id) AS last_seen_at"
                        + " FROM web_connector c WHERE c.default_marker = 1")
                .query(QbwcActivityRepository::map).optional();
    }

    private static LastPoll map(ResultSet rs, int row) throws SQLException {
        Instant lastSeen = Timestamps.fromDb(rs, "last_seen_at");
        return new LastPoll(rs.getLong("id"), rs.getString("name"), lastSeen == null
                ? Timestamps.fromDb(rs, "created_at") : lastSeen, lastSeen != null);
    }

    /**
     * @param connectorId the default connector
     * @param name        its name
     * @param at          its QBWC's last call, or its creation when it never called
     * @param everPolled  whether its QBWC ever called
     */
    public record LastPoll(long connectorId, String name, Instant at, boolean everPolled) {
    }
}
