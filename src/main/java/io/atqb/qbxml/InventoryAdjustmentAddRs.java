package io.atqb.qbxml;

/** {@code InventoryAdjustmentAddRs}; adjustment is null when the add failed. */
public record InventoryAdjustmentAddRs(String requestId, QbxmlStatus status, InventoryAdjustmentRet adjustment,
        ErrorRecovery errorRecovery) implements QbxmlResponse {

    @Override
    public String elementName() {
        return "InventoryAdjustmentAddRs";
    }
}
