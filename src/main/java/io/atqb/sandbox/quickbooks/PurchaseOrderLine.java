package io.atqb.sandbox.quickbooks;

import java.math.BigDecimal;

/**
 * One purchase-order line. {@code itemListId} is null for a description-only line; {@code quantity} and
 * {@code rate} are zero when the request left them out. {@code receivedQuantity} grows with linked item receipts.
 */
public record PurchaseOrderLine(String txnLineId, String itemListId, String itemFullName, String desc,
        BigDecimal quantity, BigDecimal rate, BigDecimal receivedQuantity, boolean manuallyClosed, String other1) {

    /** What is still to be received (never below zero). */
    public BigDecimal openQuantity() {
        return quantity.subtract(receivedQuantity).max(BigDecimal.ZERO);
    }

    /** Received in full, closed by hand, or a line with nothing to receive (no item or no quantity). */
    public boolean isDone() {
        return manuallyClosed || itemListId == null || receivedQuantity.compareTo(quantity) >= 0;
    }

    public BigDecimal amount() {
        return quantity.multiply(rate);
    }

    PurchaseOrderLine withReceived(BigDecimal received) {
        return new PurchaseOrderLine(txnLineId, itemListId, itemFullName, desc, quantity, rate, received,
                manuallyClosed, other1);
    }

    PurchaseOrderLine closed() {
        return new PurchaseOrderLine(txnLineId, itemListId, itemFullName, desc, quantity, rate, receivedQuantity,
                true, other1);
    }
}
