package io.atqb.qbxml;

import java.util.List;

/** {@code ItemReceiptQueryRs}; status 1 (no match) comes with no receipts. */
public record ItemReceiptQueryRs(String requestId, QbxmlStatus status, List<ItemReceiptRet> receipts)
        implements QbxmlResponse {

    public ItemReceiptQueryRs {
        receipts = receipts == null ? List.of() : List.copyOf(receipts);
    }

    @Override
    public String elementName() {
        return "ItemReceiptQueryRs";
    }
}
