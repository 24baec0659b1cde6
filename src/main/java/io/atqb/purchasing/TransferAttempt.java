package io.atqb.purchasing;

import java.time.Instant;
import java.util.List;

/**
 * One attempt to transfer a purchase order.
 *
 * @param receipts the Autotask receipts this attempt sent to QuickBooks (only those QuickBooks has)
 */
public record TransferAttempt(long id, long purchaseOrderId, Kind kind, Status status, Instant startedAt,
                              Instant finishedAt, String quickbooksTxnId, List<TransferredReceipt> receipts,
                              String message) {

    public TransferAttempt {
        receipts = List.copyOf(receipts);
    }

    /** ADD: the first transfer; UPDATE: a re-transfer of what changed. */
    public enum Kind { ADD, UPDATE }

    public enum Status { PENDING, SUCCEEDED, FAILED }
}
