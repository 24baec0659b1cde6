package io.atqb.qbxml;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;

/**
 * One {@code PurchaseOrderLineMod}. {@code txnLineId} names the line to keep or change; {@value #NEW_LINE} adds a
 * line, which then needs its item. Null fields are left as QuickBooks has them.
 */
public record PurchaseOrderLineMod(String txnLineId, String itemListId, String desc, BigDecimal quantity,
        BigDecimal rate, String other1) {

    /** The TxnLineID that asks QuickBooks to add a new line. */
    public static final String NEW_LINE = "-1";

    public PurchaseOrderLineMod {
        txnLineId = QbxmlFields.required("PurchaseOrderLineMod.txnLineId", txnLineId, QbxmlFields.ID_MAX);
        itemListId = QbxmlFields.optional("PurchaseOrderLineMod.itemListId", itemListId, QbxmlFields.ID_MAX);
        if (NEW_LINE.equals(txnLineId) && itemListId == null) {
            throw new IllegalArgumentException("PurchaseOrderLineMod for a new line (TxnLineID -1) needs itemListId");
        }
        desc = QbxmlFields.optional("PurchaseOrderLineMod.desc", desc, QbxmlFields.TEXT_MAX);
        quantity = QbxmlNumbers.checked("PurchaseOrderLineMod.quantity", quantity);
        rate = QbxmlNumbers.checked("PurchaseOrderLineMod.rate", rate);
        other1 = QbxmlFields.optional("PurchaseOrderLineMod.other1", other1, QbxmlFields.LINE_OTHER_MAX);
    }

    /** A line to add to the purchase order. */
    public static PurchaseOrderLineMod newLine(String itemListId, String desc, BigDecimal quantity, BigDecimal rate,
            String other1) {
        return new PurchaseOrderLineMod(NEW_LINE, itemListId, desc, quantity, rate, other1);
    }

    /** An existing line kept as it is. */
    public static PurchaseOrderLineMod keep(String txnLineId) {
        return new PurchaseOrderLineMod(txnLineId, null, null, null, null, null);
    }

    @JsonIgnore
    public boolean isNewLine() {
        return NEW_LINE.equals(txnLineId);
    }
}
