package io.atqb.purchasing;

import io.atqb.system.Texts;
import io.atqb.system.Timestamps;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The transfer state in the database: per PO, its attempts, the lines and receipts QuickBooks has. */
@Repository
class TransferStateRepository {

    private static final String STATE_COLUMNS = "purchase_order_id, status, update_requested, connector_id,"
            + " quickbooks_txn_id, edit_sequence, ref_number, add_sent_at, message";
    private static final String ATTEMPT_COLUMNS = "id, purchase_order_id, kind, status, started_at, finished_at,"
            + " quickbooks_txn_id, message";

    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    TransferStateRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A PO's row: its status and QuickBooks keys. */
    record StoredState(long purchaseOrderId, TransferStatus status, boolean updateRequested, Long connectorId,
                       String txnId, String editSequence, String refNumber, Instant addSentAt, String message) {
    }

    /** A PO line as QuickBooks last received it. */
    record StoredLine(long purchaseOrderItemId, long purchaseOrderId, long productId, int quantity,
                      BigDecimal unitCost, String txnLineId) {
    }

    /** A receipt on its way to QuickBooks (SENDING) or there (SENT). */
    record StoredReceipt(long receivingId, long purchaseOrderId, long purchaseOrderItemId, long productId,
                         int quantity, String status, Long attemptId, String txnId) {

        static final String SENDING = "SENDING";
        static final String SENT = "SENT";

        boolean sent() {
            return SENT.equals(status);
        }
    }

    Map<Long, StoredState> states(Collection<Long> ids) {
        Map<Long, StoredState> states = new HashMap<>();
        if (ids.isEmpty()) {
            return states;
        }
        jdbc.sql("SELECT " + STATE_COLUMNS + " FROM purchase_order_state WHERE purchase_order_id IN (:ids)")
                .param("ids", ids).query(TransferStateRepository::state).list()
                .forEach(s -> states.put(s.purchaseOrderId(), s));
        return states;
    }

    Optional<StoredState> state(long id) {
        return jdbc.sql("SELECT " + STATE_COLUMNS + " FROM purchase_order_state WHERE purchase_order_id = :id")
                .param("id", id).query(TransferStateRepository::state).optional();
    }

    List<Long> idsWithStatus(TransferStatus status) {
        return jdbc.sql("SELECT purchase_order_id FROM purchase_order_state WHERE status = :status"
                        + " ORDER BY purchase_order_id")
                .param("status", status.name()).query(Long.class).list();
    }

    /** Marks the PO READY (an update when asked), keeping what is known of it in QuickBooks. */
    void markReady(long id, boolean update, Instant now) {
        int updated = jdbc.sql("UPDATE purchase_order_state SET status = 'READY', update_requested = :update,"
                        + " message = NULL, marked_at = :now, updated_at = :now WHERE purchase_order_id = :id")
                .param("update", update).param("now", Timestamps.toDb(now)).param("id", id).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO purchase_order_state (purchase_order_id, status, update_requested, marked_at,"
                            + " updated_at) VALUES (:id, 'READY', :update, :now, :now)")
                    .param("id", id).param("update", update).param("now", Timestamps.toDb(now)).update();
        }
    }

    void setStatus(long id, TransferStatus status, String message, Instant now) {
        jdbc.sql("UPDATE purchase_order_state SET status = :status, update_requested = FALSE, message = :message,"
                        + " updated_at = :now WHERE purchase_order_id = :id")
                .param("status", status.name()).param("message", Texts.message(message))
                .param("now", Timestamps.toDb(now)).param("id", id).update();
    }

    /** A warning on the PO that leaves its status as it is. */
    void warn(long id, String warning) {
        jdbc.sql("UPDATE purchase_order_state SET message = :message WHERE purchase_order_id = :id")
                .param("message", Texts.message(warning)).param("id", id).update();
    }

    /** QuickBooks has the PO: its TxnID, EditSequence and RefNumber; no add is in doubt any more. */
    void recordQuickBooksOrder(long id, long connectorId, String txnId, String editSequence, String refNumber,
                               Instant now) {
        jdbc.sql("UPDATE purchase_order_state SET connector_id = :connector, quickbooks_txn_id = :txn,"
                        + " edit_sequence = :edit, ref_number = :ref, add_sent_at = NULL, updated_at = :now"
                        + " WHERE purchase_order_id = :id")
                .param("connector", connectorId).param("txn", txnId).param("edit", editSequence)
                .param("ref", refNumber).param("now", Timestamps.toDb(now)).param("id", id).update();
    }

    /** A PurchaseOrderAdd is queued: until its answer is heard, QuickBooks may have the PO. */
    void markAddSent(long id, Instant now) {
        jdbc.sql("UPDATE purchase_order_state SET add_sent_at = :now, updated_at = :now WHERE purchase_order_id = :id")
                .param("now", Timestamps.toDb(now)).param("id", id).update();
    }

    /** QuickBooks answered the add (with a refusal): it does not have the PO. */
    void clearAddSent(long id, Instant now) {
        jdbc.sql("UPDATE purchase_order_state SET add_sent_at = NULL, updated_at = :now WHERE purchase_order_id = :id")
                .param("now", Timestamps.toDb(now)).param("id", id).update();
    }

    long createAttempt(long purchaseOrderId, long jobId, TransferAttempt.Kind kind, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO purchase_order_transfer_attempt (purchase_order_id, job_id, kind, status, started_at)"
                        + " VALUES (:po, :job, :kind, 'PENDING', :now)")
                .param("po", purchaseOrderId).param("job", jobId).param("kind", kind.name())
                .param("now", Timestamps.toDb(now)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void finishAttempt(long attemptId, TransferAttempt.Status status, String txnId, String message, Instant now) {
        jdbc.sql("UPDATE purchase_order_transfer_attempt SET status = :status, finished_at = :now,"
                        + " quickbooks_txn_id = :txn, message = :message WHERE id = :id")
                .param("status", status.name()).param("now", Timestamps.toDb(now)).param("txn", txnId)
                .param("message", Texts.message(message)).param("id", attemptId).update();
    }

    /** Adds a warning to a finished attempt (e.g. a refused write-back). */
    void warnAttempt(long attemptId, String warning) {
        Optional<TransferAttempt> attempt = attempt(attemptId);
        String message = attempt.map(TransferAttempt::message).orElse(null);
        jdbc.sql("UPDATE purchase_order_transfer_attempt SET message = :message WHERE id = :id")
                .param("message", Texts.message(message == null ? warning : message + "; " + warning))
                .param("id", attemptId).update();
    }

    Optional<TransferAttempt> attempt(long attemptId) {
        return jdbc.sql("SELECT " + ATTEMPT_COLUMNS + " FROM purchase_order_transfer_attempt WHERE id = :id")
                .param("id", attemptId).query((rs, n) -> attempt(rs, List.of())).optional();
    }

    List<TransferAttempt> attempts(long purchaseOrderId) {
        Map<Long, List<TransferredReceipt>> receipts = new HashMap<>();
        for (StoredReceipt r : receipts(purchaseOrderId)) {
            if (r.sent() && r.attemptId() != null) {
                receipts.computeIfAbsent(r.attemptId(), k -> new java.util.ArrayList<>())
                        .add(new TransferredReceipt(r.receivingId(), r.productId(), r.quantity(), r.txnId()));
            }
        }
        return jdbc.sql("SELECT " + ATTEMPT_COLUMNS + " FROM purchase_order_transfer_attempt"
                        + " WHERE purchase_order_id = :po ORDER BY id DESC")
                .param("po", purchaseOrderId)
                .query((rs, n) -> attempt(rs, receipts.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    List<StoredLine> lines(long purchaseOrderId) {
        return jdbc.sql("SELECT purchase_order_item_id, purchase_order_id, product_id, quantity, unit_cost, txn_line_id"
                        + " FROM purchase_order_transfer_line WHERE purchase_order_id = :po ORDER BY purchase_order_item_id")
                .param("po", purchaseOrderId)
                .query((rs, n) -> new StoredLine(rs.getLong("purchase_order_item_id"), rs.getLong("purchase_order_id"),
                        rs.getLong("product_id"), rs.getInt("quantity"), rs.getBigDecimal("unit_cost"),
                        rs.getString("txn_line_id")))
                .list();
    }

    void saveLine(StoredLine line) {
        int updated = jdbc.sql("UPDATE purchase_order_transfer_line SET purchase_order_id = :po, product_id = :product,"
                        + " quantity = :quantity, unit_cost = :cost, txn_line_id = :txnLine WHERE purchase_order_item_id = :id")
                .param("po", line.purchaseOrderId()).param("product", line.productId())
                .param("quantity", line.quantity()).param("cost", line.unitCost()).param("txnLine", line.txnLineId())
                .param("id", line.purchaseOrderItemId()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO purchase_order_transfer_line (purchase_order_item_id, purchase_order_id, product_id,"
                            + " quantity, unit_cost, txn_line_id) VALUES (:id, :po, :product, :quantity, :cost, :txnLine)")
                    .param("id", line.purchaseOrderItemId()).param("po", line.purchaseOrderId())
                    .param("product", line.productId()).param("quantity", line.quantity())
                    .param("cost", line.unitCost()).param("txnLine", line.txnLineId()).update();
        }
    }

    List<StoredReceipt> receipts(long purchaseOrderId) {
        return jdbc.sql("SELECT receiving_id, purchase_order_id, purchase_order_item_id, product_id, quantity, status,"
                        + " attempt_id, quickbooks_txn_id FROM purchase_order_transfer_receipt"
                        + " WHERE purchase_order_id = :po ORDER BY receiving_id")
                .param("po", purchaseOrderId).query(TransferStateRepository::receipt).list();
    }

    /** The PO a recorded receipt belongs to. */
    Optional<Long> purchaseOrderOfReceipt(long receivingId) {
        return jdbc.sql("SELECT purchase_order_id FROM purchase_order_transfer_receipt WHERE receiving_id = :id")
                .param("id", receivingId).query(Long.class).optional();
    }

    /** Records a receipt as SENDING (queued) or SENT (QuickBooks has it), replacing what was recorded. */
    void saveReceipt(StoredReceipt receipt, Instant now) {
        int updated = jdbc.sql("UPDATE purchase_order_transfer_receipt SET status = :status, attempt_id = :attempt,"
                        + " quickbooks_txn_id = :txn, updated_at = :now WHERE receiving_id = :id")
                .param("status", receipt.status()).param("attempt", receipt.attemptId()).param("txn", receipt.txnId())
                .param("now", Timestamps.toDb(now)).param("id", receipt.receivingId()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO purchase_order_transfer_receipt (receiving_id, purchase_order_id,"
                            + " purchase_order_item_id, product_id, quantity, status, attempt_id, quickbooks_txn_id,"
                            + " updated_at) VALUES (:id, :po, :line, :product, :quantity, :status, :attempt, :txn, :now)")
                    .param("id", receipt.receivingId()).param("po", receipt.purchaseOrderId())
                    .param("line", receipt.purchaseOrderItemId()).param("product", receipt.productId())
                    .param("quantity", receipt.quantity()).param("status", receipt.status())
                    .param("attempt", receipt.attemptId()).param("txn", receipt.txnId())
                    .param("now", Timestamps.toDb(now)).update();
        }
    }

    /**
     * Records receipts nothing is recorded of yet (their receiving ids are new here) in one batch; a receipt
     * already recorded goes through {@link #saveReceipt}.
     */
    void insertReceipts(List<StoredReceipt> receipts, Instant now) {
        if (receipts.isEmpty()) {
            return;
        }
        Object updatedAt = Timestamps.toDb(now);
        template.batchUpdate("INSERT INTO purchase_order_transfer_receipt (receiving_id, purchase_order_id,"
                + " purchase_order_item_id, product_id, quantity, status, attempt_id, quickbooks_txn_id, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", receipts, BATCH, (ps, receipt) -> {
                    ps.setLong(1, receipt.receivingId());
                    ps.setLong(2, receipt.purchaseOrderId());
                    ps.setLong(3, receipt.purchaseOrderItemId());
                    ps.setLong(4, receipt.productId());
                    ps.setInt(5, receipt.quantity());
                    ps.setString(6, receipt.status());
                    ps.setObject(7, receipt.attemptId());
                    ps.setString(8, receipt.txnId());
                    ps.setObject(9, updatedAt);
                });
    }

    /** QuickBooks refused a receipt: nothing of it is there. */
    void forgetReceipt(long receivingId) {
        jdbc.sql("DELETE FROM purchase_order_transfer_receipt WHERE receiving_id = :id AND status = 'SENDING'")
                .param("id", receivingId).update();
    }

    private static StoredState state(ResultSet rs, int row) throws SQLException {
        return new StoredState(rs.getLong("purchase_order_id"), TransferStatus.valueOf(rs.getString("status")),
                rs.getBoolean("update_requested"), rs.getObject("connector_id", Long.class),
                rs.getString("quickbooks_txn_id"), rs.getString("edit_sequence"), rs.getString("ref_number"),
                Timestamps.fromDb(rs, "add_sent_at"), rs.getString("message"));
    }

    private static StoredReceipt receipt(ResultSet rs, int row) throws SQLException {
        return new StoredReceipt(rs.getLong("receiving_id"), rs.getLong("purchase_order_id"),
                rs.getLong("purchase_order_item_id"), rs.getLong("product_id"), rs.getInt("quantity"),
                rs.getString("status"), rs.getObject("attempt_id", Long.class), rs.getString("quickbooks_txn_id"));
    }

    private static TransferAttempt attempt(ResultSet rs, List<TransferredReceipt> receipts) throws SQLException {
        return new TransferAttempt(rs.getLong("id"), rs.getLong("purchase_order_id"),
                TransferAttempt.Kind.valueOf(rs.getString("kind")), TransferAttempt.Status.valueOf(rs.getString("status")),
                Timestamps.fromDb(rs, "started_at"), Timestamps.fromDb(rs, "finished_at"),
                rs.getString("quickbooks_txn_id"), receipts, rs.getString("message"));
    }
}
