package io.atqb.sandbox.quickbooks;

import java.math.BigDecimal;

/**
 * One posted line of an inventory adjustment. QuickBooks stores only {@code quantityDifference};
 * {@code requestedNewQuantity} is the NewQuantity the request asked for (null when it sent QuantityDifference).
 */
public record AdjustmentLine(
        String txnLineId,
        String itemListId,
        String itemFullName,
        BigDecimal quantityDifference,
        BigDecimal requestedNewQuantity) {
}
