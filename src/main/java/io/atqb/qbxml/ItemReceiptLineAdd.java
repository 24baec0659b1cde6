package io.atqb.qbxml;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;

/**
 * One {@code ItemLineAdd} of an item receipt, either linked or unlinked:
 * <ul>
 * <li>linked: {@code linkTxnId} + {@code linkTxnLineId} name the purchase-order line received against, and
 * {@code itemListId} is null (QuickBooks refuses an ItemRef next to LinkToTxn: the item comes from the PO line);</li>
 * <li>unlinked: {@code itemListId} set and no link (a surplus over the PO line, or the negative quantity of a
 * cancelled receipt).</li>
 * </ul>
 * Quantity is QUANTYPE and required; cost is PRICETYPE and optional.
 */
public record ItemReceiptLineAdd(String itemListId, BigDecimal quantity, BigDecimal cost, String linkTxnId,
        String linkTxnLineId) {

    public ItemReceiptLineAdd {
        itemListId = QbxmlFields.optional("ItemReceiptLineAdd.itemListId", itemListId, QbxmlFields.ID_MAX);
        linkTxnId = QbxmlFields.optional("ItemReceiptLineAdd.linkTxnId", linkTxnId, QbxmlFields.ID_MAX);
        linkTxnLineId = QbxmlFields.optional("ItemReceiptLineAdd.linkTxnLineId", linkTxnLineId, QbxmlFields.ID_MAX);
        if ((linkTxnId == null) != (linkTxnLineId == null)) {
            throw new IllegalArgumentException("ItemReceiptLineAdd needs both linkTxnId and linkTxnLineId, or neither");
        }
        if ((linkTxnId == null) == (itemListId == null)) {
            throw new IllegalArgumentException(
                    "ItemReceiptLineAdd is either linked (linkTxnId + linkTxnLineId, no item) "
                            + "or unlinked (itemListId)");
        }
        quantity = QbxmlNumbers.required("ItemReceiptLineAdd.quantity", quantity);
        cost = QbxmlNumbers.checked("ItemReceiptLineAdd.cost", cost);
    }

    /** A line received against a purchase-order line. */
    public static ItemReceiptLineAdd linked(String poTxnId, String poTxnLineId, BigDecimal quantity, BigDecimal cost) {
        return new ItemReceiptLineAdd(null, quantity, cost, poTxnId, poTxnLineId);
    }

    /** A line for an item outside any purchase-order line (quantity may be negative). */
    public static ItemReceiptLineAdd unlinked(String itemListId, BigDecimal quantity, BigDecimal cost) {
        return new ItemReceiptLineAdd(itemListId, quantity, cost, null, null);
    }

    @JsonIgnore
    public boolean isLinked() {
        return linkTxnId != null;
    }
}
