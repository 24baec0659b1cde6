package io.atqb.operations;

import io.atqb.system.Texts;
import io.atqb.system.Timestamps;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The raised alert conditions in the database. */
@Repository
public class AlertRepository {

    private final JdbcClient jdbc;

    public AlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the condition as raised; false when it already was (by this or another instance). */
    public boolean raise(String condition, String kind, String title, Instant now) {
        try {
            return jdbc.sql("INSERT INTO operations_alert (condition_key, kind, raised_at, title)"
                            + " SELECT :condition, :kind, :now, :title FROM (VALUES (1)) AS one (x)"
                            + " WHERE NOT EXISTS (SELECT 1 FROM operations_alert WHERE condition_key = :condition)")
                    .param("condition", condition).param("kind", kind).param("now", Timestamps.toDb(now))
                    .param("title", Texts.fit(title, 500)).update() > 0;
        } catch (DuplicateKeyException raisedMeanwhile) {
            return false;
        }
    }

    /** Clears the condition; true when it was raised. */
    public boolean clear(String condition) {
        return jdbc.sql("DELETE FROM operations_alert WHERE condition_key = :condition")
                .param("condition", condition).update() > 0;
    }

    /** The conditions raised now, in key order. */
    public List<String> raised() {
        return jdbc.sql("SELECT condition_key FROM operations_alert ORDER BY condition_key").query(String.class).list();
    }
}
