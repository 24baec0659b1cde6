package io.atqb.purchasing;

import io.atqb.system.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The claims on the transfer jobs' Autotask reads, and the database clock their leases run on. */
@Repository
class TransferLoadClaimRepository {

    /** A job's claim: its owner (null when released) and until when the owner's lease holds. */
    record LoadClaim(long jobId, String owner, Instant leaseUntil, int attempts) {
    }

    private static final String COLUMNS = "SELECT job_id, owner, lease_until, attempts"
            + " FROM purchase_order_transfer_load_claim WHERE job_id = :job";

    private final JdbcClient jdbc;

    TransferLoadClaimRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** CURRENT_TIMESTAMP of the database: the one clock every instance's leases are measured on. */
    Instant databaseNow() {
        return jdbc.sql("SELECT CURRENT_TIMESTAMP").query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .single().toInstant();
    }

    /** The job's claim, locked for the rest of the transaction; empty when no instance ever claimed it. */
    Optional<LoadClaim> lock(long jobId) {
        return jdbc.sql(COLUMNS + " FOR UPDATE").param("job", jobId).query(TransferLoadClaimRepository::map)
                .optional();
    }

    /** The job's claim as it is, without locking it. */
    Optional<LoadClaim> find(long jobId) {
        return jdbc.sql(COLUMNS).param("job", jobId).query(TransferLoadClaimRepository::map).optional();
    }

    private static LoadClaim map(ResultSet rs, int row) throws SQLException {
        return new LoadClaim(rs.getLong("job_id"), rs.getString("owner"), Timestamps.fromDb(rs, "lease_until"),
                rs.getInt("attempts"));
    }

    void insert(long jobId, String owner, Instant now, Instant leaseUntil) {
        jdbc.sql("INSERT INTO purchase_order_transfer_load_claim (job_id, owner, lease_until, claimed_at, attempts)"
                        + " VALUES (:job, :owner, :until, :now, 1)")
                .param("job", jobId).param("owner", owner).param("until", Timestamps.toDb(leaseUntil))
                .param("now", Timestamps.toDb(now)).update();
    }

    void take(long jobId, String owner, Instant now, Instant leaseUntil) {
        jdbc.sql("UPDATE purchase_order_transfer_load_claim SET owner = :owner, lease_until = :until,"
                        + " claimed_at = :now, attempts = attempts + 1 WHERE job_id = :job")
                .param("job", jobId).param("owner", owner).param("until", Timestamps.toDb(leaseUntil))
                .param("now", Timestamps.toDb(now)).update();
    }

    /** Extends the owner's lease; answers false when the claim is no longer the owner's. */
    boolean renew(long jobId, String owner, Instant leaseUntil) {
        return jdbc.sql("UPDATE purchase_order_transfer_load_claim SET lease_until = :until WHERE job_id = :job"
                        + " AND owner = :owner")
                .param("job", jobId).param("owner", owner).param("until", Timestamps.toDb(leaseUntil))
                .update() == 1;
    }

    /** Gives the owner's claim up, so another instance may read at once. */
    void release(long jobId, String owner) {
        jdbc.sql("UPDATE purchase_order_transfer_load_claim SET owner = NULL, lease_until = NULL WHERE job_id = :job"
                        + " AND owner = :owner")
                .param("job", jobId).param("owner", owner).update();
    }
}
