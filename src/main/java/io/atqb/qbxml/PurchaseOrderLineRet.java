package io.atqb.qbxml;

import java.math.BigDecimal;

/** The {@code PurchaseOrderLineRet} fields the transfer uses; receivedQuantity is null when QuickBooks omits it. */
public record PurchaseOrderLineRet(String txnLineId, String itemListId, String itemFullName, String desc,
        BigDecimal quantity, BigDecimal rate, BigDecimal receivedQuantity, boolean manuallyClosed, String other1) {
}
