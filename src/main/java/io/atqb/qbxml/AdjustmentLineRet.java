package io.atqb.qbxml;

import java.math.BigDecimal;

/** One {@code InventoryAdjustmentLineRet}: QuickBooks stores only the difference, even for NewQuantity lines. */
public record AdjustmentLineRet(String itemListId, String itemFullName, BigDecimal quantityDifference) {
}
