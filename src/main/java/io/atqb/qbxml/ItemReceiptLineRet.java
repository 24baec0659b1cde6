package io.atqb.qbxml;

import java.math.BigDecimal;

/** The {@code ItemLineRet} fields of an item receipt the transfer uses. */
public record ItemReceiptLineRet(String txnLineId, String itemListId, BigDecimal quantity) {
}
