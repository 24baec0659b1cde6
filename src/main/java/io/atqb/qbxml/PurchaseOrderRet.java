package io.atqb.qbxml;

import java.util.List;

/** The {@code PurchaseOrderRet} fields the transfer uses; lines are present only with IncludeLineItems. */
public record PurchaseOrderRet(String txnId, String editSequence, String vendorListId, String vendorFullName,
        String refNumber, String externalGuid, boolean fullyReceived, boolean manuallyClosed,
        List<PurchaseOrderLineRet> lines) {

    public PurchaseOrderRet {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
