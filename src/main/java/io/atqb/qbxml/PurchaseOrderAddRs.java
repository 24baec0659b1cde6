package io.atqb.qbxml;

/** {@code PurchaseOrderAddRs}; purchaseOrder is null when the request failed. */
public record PurchaseOrderAddRs(String requestId, QbxmlStatus status, PurchaseOrderRet purchaseOrder,
        ErrorRecovery errorRecovery) implements QbxmlResponse {

    @Override
    public String elementName() {
        return "PurchaseOrderAddRs";
    }
}
