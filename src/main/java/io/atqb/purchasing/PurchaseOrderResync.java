package io.atqb.purchasing;

import io.atqb.autotask.AutotaskException;
import io.atqb.autotask.AutotaskSnapshotService;
import io.atqb.autotask.LedgerPurchaseOrderReceipts;
import io.atqb.autotask.LedgerReceipt;
import io.atqb.autotask.SnapshotRequest;
import io.atqb.system.ApiException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Which transferred purchase orders need a re-transfer: those Autotask received units on after their
 * transfer (the complete inventory sync leaves those units out).
 */
@Component
class PurchaseOrderResync {

    private final PurchaseOrderLedger ledger;
    private final AutotaskSnapshotService autotask;

    PurchaseOrderResync(PurchaseOrderLedger ledger, AutotaskSnapshotService autotask) {
        this.ledger = ledger;
        this.autotask = autotask;
    }

    List<PurchaseOrderView> transferredPurchaseOrders() {
        Map<Long, Instant> transfers = ledger.transfers();
        if (transfers.isEmpty()) {
            return List.of();
        }
        try {
            return autotask.ledgerReceipts(new SnapshotRequest(transfers)).stream().map(PurchaseOrderView::of).toList();
        } catch (AutotaskException e) {
            throw new ApiException(HttpStatus.BAD_GATEWAY, "Autotask could not be read: " + e.getMessage());
        }
    }

    /** A transferred purchase order as the admin API shows it. */
    record PurchaseOrderView(long id, String purchaseOrderNumber, Instant transferredAt, boolean needsResync,
                             List<Receipt> receivedSinceTransfer) {

        static PurchaseOrderView of(LedgerPurchaseOrderReceipts po) {
            return new PurchaseOrderView(po.purchaseOrderId(), po.purchaseOrderNumber(), po.transferredAt(),
                    po.needsResync(), po.receiptsAfterTransfer().stream().map(Receipt::of).toList());
        }
    }

    /** A receipt after the transfer. */
    record Receipt(long receivingId, long productId, int quantity, Instant receiveDate) {

        static Receipt of(LedgerReceipt receipt) {
            return new Receipt(receipt.receivingId(), receipt.productId(), receipt.quantity(), receipt.receiveDate());
        }
    }
}
