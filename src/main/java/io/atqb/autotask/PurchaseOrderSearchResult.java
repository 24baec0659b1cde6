package io.atqb.autotask;

import java.time.Instant;
import java.util.List;

/**
 * The POs a search found.
 *
 * @param purchaseOrders the POs in id order, vendor names filled
 * @param readAt         when this data was read from Autotask
 * @param fromCache      true when answered from a recent read instead of calling Autotask
 */
public record PurchaseOrderSearchResult(List<AutotaskPurchaseOrder> purchaseOrders, Instant readAt,
        boolean fromCache) {

    public PurchaseOrderSearchResult {
        purchaseOrders = List.copyOf(purchaseOrders);
    }
}
