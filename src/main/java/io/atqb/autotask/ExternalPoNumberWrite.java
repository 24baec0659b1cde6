package io.atqb.autotask;

/**
 * A write-back of the QuickBooks PO number into an Autotask PO's {@code externalPONumber}.
 *
 * @param purchaseOrderId  the Autotask PO
 * @param externalPONumber the value to write (null empties the field)
 */
public record ExternalPoNumberWrite(long purchaseOrderId, String externalPONumber) {
}
