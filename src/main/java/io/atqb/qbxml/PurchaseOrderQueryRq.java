package io.atqb.qbxml;

import java.util.List;

/**
 * {@code PurchaseOrderQueryRq} by TxnIDs or by RefNumbers (exactly one of the two lists is non-empty), optionally
 * with the lines and the linked transactions (item receipts).
 */
public record PurchaseOrderQueryRq(String requestId, List<String> txnIds, List<String> refNumbers,
        boolean includeLineItems, boolean includeLinkedTxns) implements QbxmlRequest {

    public PurchaseOrderQueryRq {
        requestId = QbxmlFields.requestId("PurchaseOrderQueryRq", requestId);
        txnIds = QbxmlFields.list("PurchaseOrderQueryRq.txnIds", txnIds, QbxmlFields.ID_MAX);
        refNumbers = QbxmlFields.list("PurchaseOrderQueryRq.refNumbers", refNumbers, QbxmlFields.PO_REF_NUMBER_MAX);
        if (txnIds.isEmpty() == refNumbers.isEmpty()) {
            throw new IllegalArgumentException("PurchaseOrderQueryRq needs exactly one of txnIds or refNumbers");
        }
    }

    /** The purchase orders with these TxnIDs, with their lines. */
    public static PurchaseOrderQueryRq byTxnIds(String requestId, List<String> txnIds) {
        return new PurchaseOrderQueryRq(requestId, txnIds, List.of(), true, false);
    }

    /** The purchase orders with these RefNumbers, with their lines. */
    public static PurchaseOrderQueryRq byRefNumbers(String requestId, List<String> refNumbers) {
        return new PurchaseOrderQueryRq(requestId, List.of(), refNumbers, true, false);
    }

    @Override
    public PurchaseOrderQueryRq withRequestId(String requestId) {
        return new PurchaseOrderQueryRq(requestId, txnIds, refNumbers, includeLineItems, includeLinkedTxns);
    }
}
