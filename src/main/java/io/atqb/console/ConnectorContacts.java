package io.atqb.console;

import io.atqb.system.Timestamps;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the console reads about QBWC sessions: each connector's last contact and a running session's progress. */
@Repository
class ConnectorContacts {

    private final JdbcClient jdbc;

    ConnectorContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Connector id -> the last time its QBWC called us with a valid ticket (connectors never seen are absent). */
    Map<Long, Instant> lastContacts() {
        Map<Long, Instant> contacts = new HashMap<>();
        jdbc.sql("SELECT connector_id, MAX(last_seen_at) AS last_seen FROM qbwc_session GROUP BY connector_id")
                .query((rs, n) -> contacts.put(rs.getLong("connector_id"), Timestamps.fromDb(rs, "last_seen")))
                .list();
        return contacts;
    }

    /** The progress (0-100) QBWC was last told in the connector's most recently active open session. */
    Optional<Integer> openSessionProgress(long connectorId) {
        return jdbc.sql("SELECT progress FROM qbwc_session WHERE connector_id = :connector AND status = 'OPEN'"
                        + " ORDER BY last_seen_at DESC FETCH FIRST 1 ROWS ONLY")
                .param("connector", connectorId).query(Integer.class).optional();
    }
}
