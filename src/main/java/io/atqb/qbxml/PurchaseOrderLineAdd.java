package io.atqb.qbxml;

import java.math.BigDecimal;

/**
 * One {@code PurchaseOrderLineAdd}: the item by ListID, description, quantity (QUANTYPE), unit rate (PRICETYPE)
 * and Other1 (at most 29), which carries the origin key of the line (e.g. {@code ATPOI-<purchaseOrderItemId>}).
 */
public record PurchaseOrderLineAdd(String itemListId, String desc, BigDecimal quantity, BigDecimal rate,
        String other1) {

    public PurchaseOrderLineAdd {
        itemListId = QbxmlFields.required("PurchaseOrderLineAdd.itemListId", itemListId, QbxmlFields.ID_MAX);
        desc = QbxmlFields.optional("PurchaseOrderLineAdd.desc", desc, QbxmlFields.TEXT_MAX);
        quantity = QbxmlNumbers.checked("PurchaseOrderLineAdd.quantity", quantity);
        rate = QbxmlNumbers.checked("PurchaseOrderLineAdd.rate", rate);
        other1 = QbxmlFields.optional("PurchaseOrderLineAdd.other1", other1, QbxmlFields.LINE_OTHER_MAX);
    }
}
