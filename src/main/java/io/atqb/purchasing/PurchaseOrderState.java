package io.atqb.purchasing;

import java.time.Instant;

/**
 * The transfer state of one Autotask purchase order.
 *
 * @param transferredAt       when it last went over (the ledger the complete sync reads), or null
 * @param quickbooksTxnId     the QuickBooks purchase order's TxnID, or null
 * @param quickbooksRefNumber the QuickBooks PO number (RefNumber), or null
 * @param updateRequested     READY for a re-transfer ("Update") of a PO QuickBooks already has
 * @param message             why the last attempt failed, or a warning of it; null when none
 */
public record PurchaseOrderState(long purchaseOrderId, TransferStatus status, Instant transferredAt,
                                 String quickbooksTxnId, String quickbooksRefNumber, boolean updateRequested,
                                 String message) {

    /** A purchase order nothing is recorded for. */
    public static PurchaseOrderState notTransferred(long purchaseOrderId) {
        return new PurchaseOrderState(purchaseOrderId, TransferStatus.NOT_TRANSFERRED, null, null, null, false, null);
    }
}
