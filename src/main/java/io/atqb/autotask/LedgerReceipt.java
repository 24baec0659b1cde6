package io.atqb.autotask;

import java.time.Instant;

/**
 * A receipt transaction (PurchaseOrderItemReceiving) on a PO recorded as transferred.
 *
 * @param receivingId         the PurchaseOrderItemReceiving id
 * @param purchaseOrderId     the PO
 * @param purchaseOrderNumber the PO's number (null when Autotask has none)
 * @param purchaseOrderItemId the PO line
 * @param productId           the product received
 * @param locationId          the location received into, or null when the line has none
 * @param quantity            units received; negative for a cancelled receipt, never 0
 * @param receiveDate         when it was received
 */
public record LedgerReceipt(long receivingId, long purchaseOrderId, String purchaseOrderNumber,
        long purchaseOrderItemId, long productId, Long locationId, int quantity, Instant receiveDate) {
}
