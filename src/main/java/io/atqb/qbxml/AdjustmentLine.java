package io.atqb.qbxml;

import java.math.BigDecimal;

/**
 * One {@code InventoryAdjustmentLineAdd} with a quantity adjustment: exactly one of the absolute new on-hand
 * quantity (safe to replay) or a difference.
 */
public record AdjustmentLine(ItemRef item, BigDecimal newQuantity, BigDecimal quantityDifference) {

    public AdjustmentLine {
        if (item == null) {
            throw new IllegalArgumentException("AdjustmentLine.item is required");
        }
        if ((newQuantity == null) == (quantityDifference == null)) {
            throw new IllegalArgumentException(
                    "AdjustmentLine needs exactly one of newQuantity or quantityDifference (item " + item + ")");
        }
    }

    public static AdjustmentLine ofNewQuantity(ItemRef item, BigDecimal newQuantity) {
        return new AdjustmentLine(item, newQuantity, null);
    }

    public static AdjustmentLine ofDifference(ItemRef item, BigDecimal quantityDifference) {
        return new AdjustmentLine(item, null, quantityDifference);
    }
}
