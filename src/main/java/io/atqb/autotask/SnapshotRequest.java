package io.atqb.autotask;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a pull needs besides Autotask itself: the POs recorded as transferred to QuickBooks.
 *
 * @param transferredPurchaseOrders Autotask PO id -> when its transfer to QuickBooks was recorded (may be empty)
 */
public record SnapshotRequest(Map<Long, Instant> transferredPurchaseOrders) {

    public SnapshotRequest {
        transferredPurchaseOrders = transferredPurchaseOrders == null
                ? Map.of()
                : Map.copyOf(new TreeMap<>(transferredPurchaseOrders));
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
