package io.atqb.sandbox.quickbooks;

import java.util.List;

/**
 * A PurchaseOrderModRq. Null header fields stay as they are. With no lines only the header changes; with lines,
 * every existing line that is not listed is deleted and TxnLineID {@code -1} adds one.
 */
record PurchaseOrderModRequest(String requestId, String txnId, String editSequence, ListRef vendorRef,
        String txnDate, String refNumber, Boolean manuallyClosed, String memo, String vendorMsg,
        List<PurchaseOrderAddRequest.Line> lines, String unsupported, List<String> includeRetElements)
        implements QbxmlRequest {

    static final String TYPE = "PurchaseOrderModRq";

    PurchaseOrderModRequest {
        lines = List.copyOf(lines);
        includeRetElements = List.copyOf(includeRetElements);
    }

    @Override
    public String requestType() {
        return TYPE;
    }
}
