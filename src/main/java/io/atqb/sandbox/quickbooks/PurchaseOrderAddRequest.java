package io.atqb.sandbox.quickbooks;

import java.math.BigDecimal;
import java.util.List;

/**
 * A PurchaseOrderAddRq with the fields the sandbox keeps; {@code unsupported} names a schema-valid element the
 * sandbox does not carry out (e.g. a group line), which is answered with 3250.
 */
record PurchaseOrderAddRequest(String requestId, ListRef vendorRef, String txnDate, String refNumber,
        AddressData shipAddress, String memo, String vendorMsg, String other1, String externalGuid, List<Line> lines,
        String unsupported, List<String> includeRetElements) implements QbxmlRequest {

    static final String TYPE = "PurchaseOrderAddRq";

    PurchaseOrderAddRequest {
        lines = List.copyOf(lines);
        includeRetElements = List.copyOf(includeRetElements);
    }

    @Override
    public String requestType() {
        return TYPE;
    }

    /** One PurchaseOrderLineAdd (or, in a Mod, a PurchaseOrderLineMod with its TxnLineID). */
    record Line(String txnLineId, ListRef itemRef, String desc, BigDecimal quantity, BigDecimal rate,
            Boolean manuallyClosed, String other1) {
    }
}
