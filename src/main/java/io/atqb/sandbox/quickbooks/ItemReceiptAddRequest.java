package io.atqb.sandbox.quickbooks;

import java.math.BigDecimal;
import java.util.List;

/**
 * An ItemReceiptAddRq with the fields the sandbox keeps; {@code unsupported} names a schema-valid element the
 * sandbox does not carry out (LinkToTxnID, expense lines, group lines, sites), which is answered with 3250.
 */
record ItemReceiptAddRequest(String requestId, ListRef vendorRef, String txnDate, String refNumber, String memo,
        String externalGuid, List<Line> lines, String unsupported, List<String> includeRetElements)
        implements QbxmlRequest {

    static final String TYPE = "ItemReceiptAddRq";

    ItemReceiptAddRequest {
        lines = List.copyOf(lines);
        includeRetElements = List.copyOf(includeRetElements);
    }

    @Override
    public String requestType() {
        return TYPE;
    }

    /** One ItemLineAdd; linkTxnId / linkTxnLineId come from its LinkToTxn. */
    record Line(ListRef itemRef, String desc, BigDecimal quantity, BigDecimal cost, String linkTxnId,
            String linkTxnLineId) {

        boolean isLinked() {
            return linkTxnId != null;
        }
    }
}
