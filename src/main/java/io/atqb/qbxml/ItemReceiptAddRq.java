package io.atqb.qbxml;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code ItemReceiptAddRq}: vendor by ListID, RefNumber (at most 20), memo, the ExternalGUID that keys the receipt
 * to its origin, and at least one item line. Null fields are omitted.
 */
public record ItemReceiptAddRq(
        String requestId,
        String vendorListId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate txnDate,
        String refNumber,
        String memo,
        String externalGuid,
        List<ItemReceiptLineAdd> lines) implements QbxmlRequest {

    public ItemReceiptAddRq {
        requestId = QbxmlFields.requestId("ItemReceiptAddRq", requestId);
        vendorListId = QbxmlFields.required("ItemReceiptAddRq.vendorListId", vendorListId, QbxmlFields.ID_MAX);
        refNumber = QbxmlFields.optional("ItemReceiptAddRq.refNumber", refNumber, QbxmlFields.RECEIPT_REF_NUMBER_MAX);
        memo = QbxmlFields.optional("ItemReceiptAddRq.memo", memo, QbxmlFields.TEXT_MAX);
        externalGuid = QbxmlFields.guid("ItemReceiptAddRq.externalGuid", externalGuid);
        lines = QbxmlFields.nonEmpty("ItemReceiptAddRq.lines", lines);
    }

    @Override
    public ItemReceiptAddRq withRequestId(String requestId) {
        return new ItemReceiptAddRq(requestId, vendorListId, txnDate, refNumber, memo, externalGuid, lines);
    }
}
