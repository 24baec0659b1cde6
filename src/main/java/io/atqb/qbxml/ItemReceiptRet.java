package io.atqb.qbxml;

import java.util.List;

/** The {@code ItemReceiptRet} fields the transfer uses; lines are present only with IncludeLineItems. */
public record ItemReceiptRet(String txnId, String editSequence, String vendorListId, String refNumber,
        String externalGuid, List<ItemReceiptLineRet> lines) {

    public ItemReceiptRet {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
