package io.atqb.sandbox.quickbooks;

import java.math.BigDecimal;

/**
 * One item line of an item receipt. A linked line names the purchase-order line it received against
 * ({@code linkedTxnId} / {@code linkedTxnLineId}); an unlinked line has both null.
 */
public record ItemReceiptLine(String txnLineId, String itemListId, String itemFullName, BigDecimal quantity,
        BigDecimal cost, String linkedTxnId, String linkedTxnLineId) {

    public boolean isLinked() {
        return linkedTxnId != null;
    }

    public BigDecimal amount() {
        return quantity.multiply(cost);
    }
}
