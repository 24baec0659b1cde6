package io.atqb.sandbox.quickbooks;

import java.util.List;

/**
 * A transaction query (PurchaseOrderQueryRq, ItemReceiptQueryRq): by TxnIDs, by RefNumbers (without regard to case,
 * or case-sensitive), or every transaction up to MaxReturned; {@code unsupportedFilter} names a schema-valid filter
 * the sandbox does not evaluate.
 */
record TxnQueryRequest(String requestType, String requestId, List<String> txnIds, List<String> refNumbers,
        boolean refNumbersCaseSensitive, Integer maxReturned, String unsupportedFilter, boolean includeLineItems,
        boolean includeLinkedTxns, List<String> includeRetElements) implements QbxmlRequest {

    TxnQueryRequest {
        txnIds = List.copyOf(txnIds);
        refNumbers = List.copyOf(refNumbers);
        includeRetElements = List.copyOf(includeRetElements);
    }
}
