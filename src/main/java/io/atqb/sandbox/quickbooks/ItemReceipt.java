package io.atqb.sandbox.quickbooks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An item receipt posted to the sandbox company file: its inventory lines changed On Hand when it was added. */
public record ItemReceipt(
        String txnId,
        int txnNumber,
        OffsetDateTime timeCreated,
        String editSequence,
        String vendorListId,
        String vendorName,
        LocalDate txnDate,
        String refNumber,
        String memo,
        String externalGuid,
        List<ItemReceiptLine> lines) {

    public ItemReceipt {
        lines = List.copyOf(lines);
    }

    public BigDecimal totalAmount() {
        return lines.stream().map(ItemReceiptLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
