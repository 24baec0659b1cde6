package io.atqb.qbxml;

import java.util.List;

/** {@code ItemReceiptQueryRq} by one or more RefNumbers (each at most 20), optionally with the lines. */
public record ItemReceiptQueryRq(String requestId, List<String> refNumbers, boolean includeLineItems)
        implements QbxmlRequest {

    public ItemReceiptQueryRq {
        requestId = QbxmlFields.requestId("ItemReceiptQueryRq", requestId);
        refNumbers = QbxmlFields.list("ItemReceiptQueryRq.refNumbers", refNumbers,
                QbxmlFields.RECEIPT_REF_NUMBER_MAX);
        if (refNumbers.isEmpty()) {
            throw new IllegalArgumentException("ItemReceiptQueryRq needs at least one RefNumber");
        }
    }

    @Override
    public ItemReceiptQueryRq withRequestId(String requestId) {
        return new ItemReceiptQueryRq(requestId, refNumbers, includeLineItems);
    }
}
