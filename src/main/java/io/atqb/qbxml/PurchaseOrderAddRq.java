package io.atqb.qbxml;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code PurchaseOrderAddRq}: vendor by ListID, RefNumber (at most 11), ship-to address, memo, vendor message
 * (at most 99), the ExternalGUID that keys the PO to its origin, and at least one line. Null fields are omitted.
 */
public record PurchaseOrderAddRq(
        String requestId,
        String vendorListId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate txnDate,
        String refNumber,
        Address shipAddress,
        String memo,
        String vendorMsg,
        String externalGuid,
        List<PurchaseOrderLineAdd> lines) implements QbxmlRequest {

    public PurchaseOrderAddRq {
        requestId = QbxmlFields.requestId("PurchaseOrderAddRq", requestId);
        vendorListId = QbxmlFields.required("PurchaseOrderAddRq.vendorListId", vendorListId, QbxmlFields.ID_MAX);
        refNumber = QbxmlFields.optional("PurchaseOrderAddRq.refNumber", refNumber, QbxmlFields.PO_REF_NUMBER_MAX);
        memo = QbxmlFields.optional("PurchaseOrderAddRq.memo", memo, QbxmlFields.TEXT_MAX);
        vendorMsg = QbxmlFields.optional("PurchaseOrderAddRq.vendorMsg", vendorMsg, QbxmlFields.VENDOR_MSG_MAX);
        externalGuid = QbxmlFields.guid("PurchaseOrderAddRq.externalGuid", externalGuid);
        lines = QbxmlFields.nonEmpty("PurchaseOrderAddRq.lines", lines);
    }

    @Override
    public PurchaseOrderAddRq withRequestId(String requestId) {
        return new PurchaseOrderAddRq(requestId, vendorListId, txnDate, refNumber, shipAddress, memo, vendorMsg,
                externalGuid, lines);
    }
}
