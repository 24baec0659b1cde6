package io.atqb.autotask;

import java.time.Instant;
import java.util.List;

/**
 * A PO recorded as transferred and the receipts Autotask has on it after that transfer (they need a re-sync).
 *
 * @param purchaseOrderId       the Autotask PO id
 * @param purchaseOrderNumber   its number, or null when not found in Autotask or empty there
 * @param transferredAt         when the transfer was recorded
 * @param foundInAutotask       false when Autotask no longer has the PO
 * @param receiptsAfterTransfer receipts with a receive date after {@code transferredAt}, by receiving id
 */
public record LedgerPurchaseOrderReceipts(long purchaseOrderId, String purchaseOrderNumber, Instant transferredAt,
        boolean foundInAutotask, List<LedgerReceipt> receiptsAfterTransfer) {

    public LedgerPurchaseOrderReceipts {
        receiptsAfterTransfer = List.copyOf(receiptsAfterTransfer);
    }

    public boolean needsResync() {
        return !receiptsAfterTransfer.isEmpty();
    }
}
