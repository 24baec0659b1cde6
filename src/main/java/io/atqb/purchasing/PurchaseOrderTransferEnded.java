package io.atqb.purchasing;

/**
 * Published when an attempt to transfer a purchase order ends (for metrics and alerts).
 *
 * @param transferId the attempt's id
 * @param status     SUCCEEDED or FAILED
 * @param message    why it failed, or its warning; null when none
 */
public record PurchaseOrderTransferEnded(long purchaseOrderId, long transferId, String status, String message) {
}
