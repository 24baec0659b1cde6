package io.atqb.purchasing;

import io.atqb.system.Timestamps;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The write-backs still to do, in the database: queued in the transaction that finished a transfer, so they survive
 * a restart and never wait in a bounded queue; each is taken by one instance at a time with a lease.
 */
@Repository
public class WriteBackQueueRepository {

    /** A queued write-back and its row. */
    public record Queued(long id, WriteBack writeBack) {
    }

    private static final int PER_STATEMENT = 1_000;

    private final JdbcClient jdbc;

    public WriteBackQueueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a write-back in the current transaction, due at once. */
    public void queue(WriteBack writeBack, Instant now) {
        jdbc.sql("INSERT INTO purchase_order_write_back (purchase_order_id, attempt_id, ref_number, queued_at, due_at)"
                        + " VALUES (:po, :attempt, :ref, :now, :now)")
                .param("po", writeBack.purchaseOrderId()).param("attempt", writeBack.attemptId())
                .param("ref", writeBack.refNumber()).param("now", Timestamps.toDb(now))
                .update();
    }

    /** The oldest write-backs due at this time (due at exactly {@code now} included), at most {@code limit}. */
    public List<Queued> due(Instant now, int limit) {
        return jdbc.sql("SELECT id, purchase_order_id, attempt_id, ref_number FROM purchase_order_write_back"
                        + " WHERE due_at <= :now ORDER BY due_at, id FETCH FIRST :limit ROWS ONLY")
                .param("now", Timestamps.toDb(now)).param("limit", limit)
                .query((rs, n) -> new Queued(rs.getLong("id"), new WriteBack(rs.getLong("purchase_order_id"),
                        rs.getLong("attempt_id"), rs.getString("ref_number"))))
                .list();
    }

    /**
     * Takes a due write-back until {@code leaseEnd}: true for the one instance whose update found it still due;
     * if that instance dies before the write is done, the write-back is due again once the lease ends.
     */
    public boolean take(long id, Instant now, Instant leaseEnd) {
        return jdbc.sql("UPDATE purchase_order_write_back SET due_at = :leaseEnd WHERE id = :id AND due_at <= :now")
                .param("leaseEnd", Timestamps.toDb(leaseEnd)).param("id", id).param("now", Timestamps.toDb(now))
                .update() == 1;
    }

    /** Written back or refused (a warning): these leave the queue, at most 1,000 ids per statement. */
    public void remove(List<Long> ids) {
        for (int from = 0; from < ids.size(); from += PER_STATEMENT) {
            jdbc.sql("DELETE FROM purchase_order_write_back WHERE id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + PER_STATEMENT))).update();
        }
    }

    /** How many write-backs are queued, due or taken. */
    public int count() {
        return jdbc.sql("SELECT COUNT(*) FROM purchase_order_write_back").query(Long.class).single().intValue();
    }
}
