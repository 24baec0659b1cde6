package io.atqb.qbxml;

import java.util.List;

/**
 * {@code PurchaseOrderModRq}. With no lines only the header changes; with lines, QuickBooks deletes every existing
 * line that is not listed, so every line to keep must be listed (see {@link PurchaseOrderLineMod#keep}).
 */
public record PurchaseOrderModRq(String requestId, String txnId, String editSequence, String vendorMsg,
        List<PurchaseOrderLineMod> lines) implements QbxmlRequest {

    public PurchaseOrderModRq {
        requestId = QbxmlFields.requestId("PurchaseOrderModRq", requestId);
        txnId = QbxmlFields.required("PurchaseOrderModRq.txnId", txnId, QbxmlFields.ID_MAX);
        editSequence = QbxmlFields.required("PurchaseOrderModRq.editSequence", editSequence,
                QbxmlFields.EDIT_SEQUENCE_MAX);
        vendorMsg = QbxmlFields.optional("PurchaseOrderModRq.vendorMsg", vendorMsg, QbxmlFields.VENDOR_MSG_MAX);
        lines = QbxmlFields.noNulls("PurchaseOrderModRq.lines", lines);
    }

    @Override
    public PurchaseOrderModRq withRequestId(String requestId) {
        return new PurchaseOrderModRq(requestId, txnId, editSequence, vendorMsg, lines);
    }
}
