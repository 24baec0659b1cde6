package io.atqb.autotask;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a pull needs besides Autotask itself: the POs recorded as transferred to QuickBooks.
 *
 * @param transferredPurchaseOrders Autotask PO id -> when its transfer to QuickBooks was recorded (may be empty)
 * @param everyReceiptOf            POs of the record whose receipts are read whatever their date (the service
 *                                  transferred them itself and knows which receipts went; may be empty)
 */
public record SnapshotRequest(Map<Long, Instant> transferredPurchaseOrders, Set<Long> everyReceiptOf) {

    public SnapshotRequest {
        transferredPurchaseOrders = transferredPurchaseOrders == null
                ? Map.of()
                : Map.copyOf(new TreeMap<>(transferredPurchaseOrders));
        everyReceiptOf = everyReceiptOf == null ? Set.of() : Set.copyOf(everyReceiptOf);
    }

    /** A request whose POs' receipts are read from their transfer on. */
    public SnapshotRequest(Map<Long, Instant> transferredPurchaseOrders) {
        this(transferredPurchaseOrders, Set.of());
    }

    /** A request without ledger POs. */
    public static SnapshotRequest withoutLedger() {
        return new SnapshotRequest(Map.of());
    }

    /** The earliest recorded transfer, or null when there are none. */
    public Instant earliestTransfer() {
        return transferredPurchaseOrders.values().stream().min(Instant::compareTo).orElse(null);
    }
}
