package io.atqb.autotask;

import java.time.Instant;

/**
 * One receive transaction on a PO line (PurchaseOrderItemReceiving).
 *
 * @param id                  the PurchaseOrderItemReceiving id
 * @param purchaseOrderItemId the PO line
 * @param quantity            quantityNowReceiving: units received, negative for a cancelled receipt
 * @param receiveDate         when it was received, or null
 */
public record AutotaskReceipt(long id, long purchaseOrderItemId, int quantity, Instant receiveDate) {
}
