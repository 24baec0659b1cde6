package io.atqb.purchasing;

import io.atqb.system.Timestamps;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transferred-PO ledger: which Autotask purchase orders were transferred to QuickBooks, and when.
 * Receipts on them after that time reach QuickBooks with the PO's re-transfer, never with the inventory sync; so do
 * receipts on a PO the service transferred that its transfers have not sent ({@link #sentReceipts()}).
 */
@Repository
public class PurchaseOrderLedger {

    private final JdbcClient jdbc;

    public PurchaseOrderLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records (or moves) the transfer time of a purchase order. */
    @Transactional
    public void recordTransfer(long purchaseOrderId, Instant transferredAt, Instant now) {
        int updated = jdbc.sql("UPDATE purchase_order_transfer SET transferred_at = :at, recorded_at = :now"
                        + " WHERE purchase_order_id = :id")
                .param("at", Timestamps.toDb(transferredAt)).param("now", Timestamps.toDb(now))
                .param("id", purchaseOrderId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO purchase_order_transfer (purchase_order_id, transferred_at, recorded_at)"
                            + " VALUES (:id, :at, :now)")
                    .param("id", purchaseOrderId).param("at", Timestamps.toDb(transferredAt))
                    .param("now", Timestamps.toDb(now)).update();
        }
    }

    /** Every transferred purchase order and its transfer time, by Autotask PO id. */
    @Transactional(readOnly = true)
    public Map<Long, Instant> transfers() {
        Map<Long, Instant> transfers = new LinkedHashMap<>();
        jdbc.sql("SELECT purchase_order_id, transferred_at FROM purchase_order_transfer ORDER BY purchase_order_id")
                .query((rs, n) -> transfers.put(rs.getLong("purchase_order_id"), Timestamps.fromDb(rs, "transferred_at")))
                .list();
        return transfers;
    }

    /** The transfer times of these purchase orders (those never transferred are missing). */
    @Transactional(readOnly = true)
    public Map<Long, Instant> transfers(Collection<Long> purchaseOrderIds) {
        Map<Long, Instant> transfers = new LinkedHashMap<>();
        if (purchaseOrderIds.isEmpty()) {
            return transfers;
        }
        jdbc.sql("SELECT purchase_order_id, transferred_at FROM purchase_order_transfer WHERE purchase_order_id IN (:ids)"
                        + " ORDER BY purchase_order_id")
                .param("ids", purchaseOrderIds)
                .query((rs, n) -> transfers.put(rs.getLong("purchase_order_id"), Timestamps.fromDb(rs, "transferred_at")))
                .list();
        return transfers;
    }

    /**
     * For every purchase order in the ledger that the service's own transfer brought into QuickBooks (a PO recorded
     * by hand is not among them): the Autotask receipts its transfers sent, which QuickBooks has, by receiving id.
     */
    @Transactional(readOnly = true)
    public Map<Long, Set<Long>> sentReceipts() {
        Map<Long, Set<Long>> sent = new HashMap<>();
        jdbc.sql("SELECT s.purchase_order_id, r.receiving_id FROM purchase_order_transfer t"
                        + " JOIN purchase_order_state s ON s.purchase_order_id = t.purchase_order_id"
                        + " LEFT JOIN purchase_order_transfer_receipt r ON r.purchase_order_id = s.purchase_order_id"
                        + " AND r.status = 'SENT' WHERE s.quickbooks_txn_id IS NOT NULL")
                .query((rs, n) -> {
                    Set<Long> receipts = sent.computeIfAbsent(rs.getLong("purchase_order_id"), id -> new HashSet<>());
                    long receivingId = rs.getLong("receiving_id");
                    if (!rs.wasNull()) {
                        receipts.add(receivingId);
                    }
                    return receipts;
                })
                .list();
        return sent;
    }
}
