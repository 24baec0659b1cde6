package io.atqb.purchasing;

/** A write-back to do: the QuickBooks PO number into the Autotask PO's externalPONumber, for this attempt. */
public record WriteBack(long purchaseOrderId, long attemptId, String refNumber) {
}
