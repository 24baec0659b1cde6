package io.atqb.sync;

import io.atqb.system.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The claims on the runs' Autotask pulls, and the database clock their leases run on. */
@Repository
class LoadClaimRepository {

    /** A run's claim: its owner (null when released) and until when the owner's lease holds. */
    record LoadClaim(long runId, String owner, Instant leaseUntil, int attempts) {
    }

    private final JdbcClient jdbc;

    LoadClaimRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** CURRENT_TIMESTAMP of the database: the one clock every instance's leases are measured on. */
    Instant databaseNow() {
        return jdbc.sql("SELECT CURRENT_TIMESTAMP").query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .single().toInstant();
    }

    /** The run's claim, locked for the rest of the transaction; empty when no instance ever claimed it. */
    Optional<LoadClaim> lock(long runId) {
        return jdbc.sql("SELECT run_id, owner, lease_until, attempts FROM inventory_sync_load_claim"
                        + " WHERE run_id = :run FOR UPDATE")
                .param("run", runId)
                .query(LoadClaimRepository::map)
                .optional();
    }

    /** The run's claim as it is, without locking it. */
    Optional<LoadClaim> find(long runId) {
        return jdbc.sql("SELECT run_id, owner, lease_until, attempts FROM inventory_sync_load_claim"
                        + " WHERE run_id = :run")
                .param("run", runId)
                .query(LoadClaimRepository::map)
                .optional();
    }

    private static LoadClaim map(ResultSet rs, int row) throws SQLException {
        return new LoadClaim(rs.getLong("run_id"), rs.getString("owner"), Timestamps.fromDb(rs, "lease_until"),
                rs.getInt("attempts"));
    }

    void insert(long runId, String owner, Instant now, Instant leaseUntil, int attempts) {
        jdbc.sql("INSERT INTO inventory_sync_load_claim (run_id, owner, lease_until, claimed_at, attempts)"
                        + " VALUES (:run, :owner, :until, :now, :attempts)")
                .param("run", runId).param("owner", owner).param("until", Timestamps.toDb(leaseUntil))
                .param("now", Timestamps.toDb(now)).param("attempts", attempts).update();
    }

    void take(long runId, String owner, Instant now, Instant leaseUntil) {
        jdbc.sql("UPDATE inventory_sync_load_claim SET owner = :owner, lease_until = :until, claimed_at = :now,"
                        + " attempts = attempts + 1 WHERE run_id = :run")
                .param("run", runId).param("owner", owner).param("until", Timestamps.toDb(leaseUntil))
                .param("now", Timestamps.toDb(now)).update();
    }

    /** Extends the owner's lease; answers false when the claim is no longer the owner's. */
    boolean renew(long runId, String owner, Instant leaseUntil) {
        return jdbc.sql("UPDATE inventory_sync_load_claim SET lease_until = :until WHERE run_id = :run"
                        + " AND owner = :owner")
                .param("run", runId).param("owner", owner).param("until", Timestamps.toDb(leaseUntil))
                .update() == 1;
    }

    /** Gives the owner's claim up, so another instance may pull at once. */
    void release(long runId, String owner) {
        jdbc.sql("UPDATE inventory_sync_load_claim SET owner = NULL, lease_until = NULL WHERE run_id = :run"
                        + " AND owner = :owner")
                .param("run", runId).param("owner", owner).update();
    }
}
