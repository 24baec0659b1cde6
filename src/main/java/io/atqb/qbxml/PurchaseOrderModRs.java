package io.atqb.qbxml;

/** {@code PurchaseOrderModRs}; purchaseOrder is null when the request failed. */
public record PurchaseOrderModRs(String requestId, QbxmlStatus status, PurchaseOrderRet purchaseOrder,
        ErrorRecovery errorRecovery) implements QbxmlResponse {

    @Override
    public String elementName() {
        return "PurchaseOrderModRs";
    }
}
