package io.atqb.autotask;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Java entry to the Autotask purchase-order routes: reads POs with their lines, receipts, vendors and products, and
 * writes the QuickBooks PO number back. Every call goes through the Autotask call route (budget guard, concurrency
 * limiter, retry and backoff).
 */
@Service
public class AutotaskPurchasing {

    /** One PO by id (one GET), vendor name filled; empty when Autotask has no such PO. */
    public Optional<AutotaskPurchaseOrder> purchaseOrder(long id) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The POs matching {@code criteria}; may answer from a recent read (readAt says how fresh). */
    public PurchaseOrderSearchResult search(PurchaseOrderCriteria criteria) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Everything the transfer needs, always read fresh; in the order of the ids, POs Autotask lacks left out. */
    public List<PurchaseOrderDetail> transferData(Collection<Long> purchaseOrderIds) {
        throw new UnsupportedOperationException("not yet");
    }

    /** PATCHes the PO's externalPONumber; a refusal is {@code written=false} with Autotask's message. */
    public WriteBackResult writeExternalPoNumber(long purchaseOrderId, String externalPONumber) {
        throw new UnsupportedOperationException("not yet");
    }
}
