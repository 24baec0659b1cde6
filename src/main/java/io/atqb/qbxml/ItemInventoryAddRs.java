package io.atqb.qbxml;

/** {@code ItemInventoryAddRs}; item is null when the add failed. */
public record ItemInventoryAddRs(String requestId, QbxmlStatus status, ItemInventoryRet item,
        ErrorRecovery errorRecovery) implements QbxmlResponse {

    @Override
    public String elementName() {
        return "ItemInventoryAddRs";
    }
}
