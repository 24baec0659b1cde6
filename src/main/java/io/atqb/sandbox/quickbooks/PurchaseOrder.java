package io.atqb.sandbox.quickbooks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A purchase order in the sandbox company file. A purchase order does not post: it changes no On Hand; linked item
 * receipts raise its lines' received quantities.
 */
public record PurchaseOrder(
        String txnId,
        int txnNumber,
        OffsetDateTime timeCreated,
        OffsetDateTime timeModified,
        String editSequence,
        String vendorListId,
        String vendorName,
        LocalDate txnDate,
        String refNumber,
        AddressData shipAddress,
        String memo,
        String vendorMsg,
        String externalGuid,
        boolean manuallyClosed,
        List<PurchaseOrderLine> lines) {

    public PurchaseOrder {
        lines = List.copyOf(lines);
    }

    /** QuickBooks' IsFullyReceived: every line received in full (or closed, or with nothing to receive). */
    public boolean fullyReceived() {
        return lines.stream().allMatch(PurchaseOrderLine::isDone);
    }

    public Optional<PurchaseOrderLine> line(String txnLineId) {
        return lines.stream().filter(line -> line.txnLineId().equals(txnLineId)).findFirst();
    }

    public BigDecimal totalAmount() {
        return lines.stream().map(PurchaseOrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    PurchaseOrder withChanges(OffsetDateTime modified, String newEditSequence, List<PurchaseOrderLine> newLines) {
        return new PurchaseOrder(txnId, txnNumber, timeCreated, modified, newEditSequence, vendorListId, vendorName,
                txnDate, refNumber, shipAddress, memo, vendorMsg, externalGuid, manuallyClosed, newLines);
    }
}
