package io.atqb.purchasing;

import io.atqb.autotask.AutotaskPurchasing;
import io.atqb.autotask.AutotaskReceipt;
import io.atqb.autotask.PurchaseOrderDetail;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Which transferred purchase orders need a re-transfer ("QuickBooks Needs Resync"): those whose Autotask data
 * differs from what was sent to QuickBooks (receipts after the transfer, changed or new lines). Always judged on
 * fresh Autotask data ({@link AutotaskPurchasing#transferData}), never on a cached search.
 */
@Component
public class PurchaseOrderResync {

    private final PurchaseOrderTransfers transfers;
    private final AutotaskPurchasing autotask;

    PurchaseOrderResync(PurchaseOrderTransfers transfers, AutotaskPurchasing autotask) {
        this.transfers = transfers;
        this.autotask = autotask;
    }

    /**
     * The re-transfer need of each of these POs that went over to QuickBooks (a transfer time); POs never
     * transferred, and POs Autotask no longer has, are left out. Reads Autotask only when one of them went over.
     */
    Map<Long, Resync> of(Collection<PurchaseOrderState> states) {
        List<Long> transferred = new ArrayList<>();
        for (PurchaseOrderState state : states) {
            if (state.transferredAt() != null) {
                transferred.add(state.purchaseOrderId());
            }
        }
        return transferred.isEmpty() ? Map.of() : judge(autotask.transferData(transferred));
    }

    /** Every transferred PO that needs a re-transfer, with its fresh Autotask data, in id order. */
    List<PurchaseOrderDetail> needingResync() {
        List<Long> transferred = transfers.transferredIds();
        if (transferred.isEmpty()) {
            return List.of();
        }
        List<PurchaseOrderDetail> needing = new ArrayList<>();
        for (PurchaseOrderDetail detail : autotask.transferData(transferred)) {
            if (!transfers.difference(detail).isEmpty()) {
                needing.add(detail);
            }
        }
        return needing;
    }

    /** The re-transfer need of one transferred PO, from its fresh Autotask data. */
    Resync of(PurchaseOrderDetail detail) {
        TransferDifference difference = transfers.difference(detail);
        Map<Long, Long> products = PurchaseOrderViews.productsByLine(detail);
        List<PurchaseOrderViews.Receipt> receipts = new ArrayList<>();
        for (AutotaskReceipt receipt : difference.newReceipts()) {
            receipts.add(PurchaseOrderViews.Receipt.of(receipt, products));
        }
        return new Resync(!difference.isEmpty(), List.copyOf(receipts));
    }

    private Map<Long, Resync> judge(List<PurchaseOrderDetail> details) {
        Map<Long, Resync> judged = new LinkedHashMap<>();
        for (PurchaseOrderDetail detail : details) {
            judged.put(detail.purchaseOrder().id(), of(detail));
        }
        return judged;
    }

    /**
     * Whether a PO needs a re-transfer, and the Autotask receipts QuickBooks has not had yet.
     *
     * @param needed                true when Autotask has receipts or line changes QuickBooks has not had
     * @param receivedSinceTransfer the receipts not yet sent (after the last transfer)
     */
    record Resync(boolean needed, List<PurchaseOrderViews.Receipt> receivedSinceTransfer) {

        /** A PO that never went over, or that Autotask no longer has: nothing to re-transfer. */
        static final Resync NONE = new Resync(false, List.of());
    }
}
