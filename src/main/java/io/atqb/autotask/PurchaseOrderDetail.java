package io.atqb.autotask;

import java.util.List;
import java.util.Map;

/**
 * Everything the transfer of one PO needs from Autotask.
 *
 * @param purchaseOrder the header, vendor name filled
 * @param vendor        the vendor company, or null when Autotask has no company with the PO's vendor id
 * @param lines         the PO's lines in id order
 * @param receipts      the receipts on those lines in id order
 * @param products      every product the lines name, by id (a product Autotask no longer has is missing)
 */
public record PurchaseOrderDetail(AutotaskPurchaseOrder purchaseOrder, AutotaskVendor vendor,
        List<AutotaskPurchaseOrderLine> lines, List<AutotaskReceipt> receipts, Map<Long, AutotaskProduct> products) {

    public PurchaseOrderDetail {
        lines = List.copyOf(lines);
        receipts = List.copyOf(receipts);
        products = Map.copyOf(products);
    }
}
