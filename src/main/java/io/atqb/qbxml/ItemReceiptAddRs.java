package io.atqb.qbxml;

/** {@code ItemReceiptAddRs}; receipt is null when the add failed. */
public record ItemReceiptAddRs(String requestId, QbxmlStatus status, ItemReceiptRet receipt,
        ErrorRecovery errorRecovery) implements QbxmlResponse {

    @Override
    public String elementName() {
        return "ItemReceiptAddRs";
    }
}
