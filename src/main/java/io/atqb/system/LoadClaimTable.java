package io.atqb.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A table of claims on background work (one row per piece of work: its owner, lease and attempts), and the database
 * clock the leases run on ({@link LoadLease} judges them). The sync's pulls and the transfer jobs' reads each have a
 * table of this shape; their repositories name it. Table and key column come from those constants, never from input;
 * every value is a bound parameter.
 */
public class LoadClaimTable {

    /** A claim: its owner (null when released) and until when the owner's lease holds. */
    public record LoadClaim(long key, String owner, Instant leaseUntil, int attempts) {
    }

    private final JdbcClient jdbc;
    private final String table;
    private final String keyColumn;

    protected LoadClaimTable(JdbcClient jdbc, String table, String keyColumn) {
        this.jdbc = jdbc;
        this.table = table;
        this.keyColumn = keyColumn;
    }

    /** CURRENT_TIMESTAMP of the database: the one clock every instance's leases are measured on. */
    public Instant databaseNow() {
        return jdbc.sql("SELECT CURRENT_TIMESTAMP").query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .single().toInstant();
    }

    /** The work's claim, locked for the rest of the transaction; empty when no instance ever claimed it. */
    public Optional<LoadClaim> lock(long key) {
        return jdbc.sql(select() + " FOR UPDATE").param("key", key).query(this::map).optional();
    }

    /** The work's claim as it is, without locking it. */
    public Optional<LoadClaim> find(long key) {
        return jdbc.sql(select()).param("key", key).query(this::map).optional();
    }

    public void insert(long key, String owner, Instant now, Instant leaseUntil, int attempts) {
        jdbc.sql("INSERT INTO " + table + " (" + keyColumn + ", owner, lease_until, claimed_at, attempts)"
                        + " VALUES (:key, :owner, :until, :now, :attempts)")
                .param("key", key).param("owner", owner).param("until", Timestamps.toDb(leaseUntil))
                .param("now", Timestamps.toDb(now)).param("attempts", attempts).update();
    }

    /** Another instance (or the reserving one) takes the claim over: one more attempt. */
    public void take(long key, String owner, Instant now, Instant leaseUntil) {
        jdbc.sql("UPDATE " + table + " SET owner = :owner, lease_until = :until, claimed_at = :now,"
                        + " attempts = attempts + 1 WHERE " + keyColumn + " = :key")
                .param("key", key).param("owner", owner).param("until", Timestamps.toDb(leaseUntil))
                .param("now", Timestamps.toDb(now)).update();
    }

    /** Extends the owner's lease; answers false when the claim is no longer the owner's. */
    public boolean renew(long key, String owner, Instant leaseUntil) {
        return jdbc.sql("UPDATE " + table + " SET lease_until = :until WHERE " + keyColumn + " = :key"
                        + " AND owner = :owner")
                .param("key", key).param("owner", owner).param("until", Timestamps.toDb(leaseUntil))
                .update() == 1;
    }

    /** Gives the owner's claim up, so another instance may do the work at once. */
    public void release(long key, String owner) {
        jdbc.sql("UPDATE " + table + " SET owner = NULL, lease_until = NULL WHERE " + keyColumn + " = :key"
                        + " AND owner = :owner")
                .param("key", key).param("owner", owner).update();
    }

    private String select() {
        return "SELECT " + keyColumn + ", owner, lease_until, attempts FROM " + table + " WHERE " + keyColumn
                + " = :key";
    }

    private LoadClaim map(ResultSet rs, int row) throws SQLException {
        return new LoadClaim(rs.getLong(keyColumn), rs.getString("owner"), Timestamps.fromDb(rs, "lease_until"),
                rs.getInt("attempts"));
    }
}
