package io.atqb.history;

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

/** Inventory sync runs in the database. */
@Repository
public class SyncRunRepository {

    private static final String COLUMNS =
            "id, connector_id, trigger_source, status, phase, started_at, finished_at, message, sessions";

    private final JdbcClient jdbc;

    public SyncRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long create(long connectorId, String trigger, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO inventory_sync_run (connector_id, trigger_source, status, phase, started_at, sessions)"
                        + " VALUES (:connector, :trigger, 'RUNNING', 'LOADING', :now, 0)")
                .param("connector", connectorId).param("trigger", trigger).param("now", Timestamps.toDb(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<SyncRun> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inventory_sync_run WHERE id = :id").param("id", id)
                .query(SyncRunRepository::map).optional();
    }

    /** Locks the run's row for the rest of the transaction. */
    public SyncRun lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inventory_sync_run WHERE id = :id FOR UPDATE").param("id", id)
                .query(SyncRunRepository::map).single();
    }

    public List<SyncRun> findRecent(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inventory_sync_run ORDER BY id DESC FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit).query(SyncRunRepository::map).list();
    }

    /** Runs still loading their Autotask snapshot (e.g. when the service restarted during a load). */
    public List<SyncRun> findLoading() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inventory_sync_run WHERE phase = 'LOADING' ORDER BY id")
                .query(SyncRunRepository::map).list();
    }

    public void setPhase(long id, SyncRun.Phase phase) {
        jdbc.sql("UPDATE inventory_sync_run SET phase = :phase WHERE id = :id")
                .param("phase", phase.name()).param("id", id).update();
    }

    public void setStatus(long id, SyncRun.Status status, String message) {
        jdbc.sql("UPDATE inventory_sync_run SET status = :status, message = :message WHERE id = :id")
                .param("status", status.name()).param("message", Texts.message(message)).param("id", id).update();
    }

    /** Finished runs (done, or their load failed) whose working rows are still to be removed, oldest first. */
    public List<Long> findFinishedWithWorkingRows() {
        return jdbc.sql("SELECT id FROM inventory_sync_run WHERE working_rows_removed = FALSE"
                        + " AND phase IN ('DONE', 'LOAD_FAILED') ORDER BY id")
                .query(Long.class).list();
    }

    public void markWorkingRowsRemoved(long id) {
        jdbc.sql("UPDATE inventory_sync_run SET working_rows_removed = TRUE WHERE id = :id").param("id", id).update();
    }

    public void countSession(long id) {
        jdbc.sql("UPDATE inventory_sync_run SET sessions = sessions + 1 WHERE id = :id").param("id", id).update();
    }

    public void finish(long id, SyncRun.Status status, SyncRun.Phase phase, String message, Instant now) {
        jdbc.sql("UPDATE inventory_sync_run SET status = :status, phase = :phase, message = :message,"
                        + " finished_at = :now WHERE id = :id")
                .param("status", status.name()).param("phase", phase.name()).param("message", Texts.message(message))
                .param("now", Timestamps.toDb(now)).param("id", id).update();
    }

    private static SyncRun map(ResultSet rs, int row) throws SQLException {
        return new SyncRun(
                rs.getLong("id"),
                rs.getLong("connector_id"),
                rs.getString("trigger_source"),
                SyncRun.Status.valueOf(rs.getString("status")),
                SyncRun.Phase.valueOf(rs.getString("phase")),
                Timestamps.fromDb(rs, "started_at"),
                Timestamps.fromDb(rs, "finished_at"),
                rs.getString("message"),
                rs.getInt("sessions"));
    }
}
