package io.atqb.autotask;

import java.math.BigDecimal;

/**
 * A line of an Autotask purchase order (PurchaseOrderItems).
 *
 * @param id              the PurchaseOrderItems id
 * @param purchaseOrderId the PO (orderID)
 * @param productId       the product ordered
 * @param locationId      the inventory location it is received into, or null
 * @param quantity        units ordered
 * @param unitCost        cost per unit
 * @param memo            the line memo, or null
 */
public record AutotaskPurchaseOrderLine(long id, long purchaseOrderId, long productId, Long locationId, int quantity,
        BigDecimal unitCost, String memo) {
}
