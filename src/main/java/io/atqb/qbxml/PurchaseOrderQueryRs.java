package io.atqb.qbxml;

import java.util.List;

/** {@code PurchaseOrderQueryRs}; status 1 (no match) comes with no purchase orders. */
public record PurchaseOrderQueryRs(String requestId, QbxmlStatus status, List<PurchaseOrderRet> purchaseOrders)
        implements QbxmlResponse {

    public PurchaseOrderQueryRs {
        purchaseOrders = purchaseOrders == null ? List.of() : List.copyOf(purchaseOrders);
    }

    @Override
    public String elementName() {
        return "PurchaseOrderQueryRs";
    }
}
