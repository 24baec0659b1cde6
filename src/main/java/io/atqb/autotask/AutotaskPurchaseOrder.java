package io.atqb.autotask;

import java.time.Instant;

/**
 * An Autotask purchase order header.
 *
 * @param id                  the PurchaseOrders id
 * @param purchaseOrderNumber the PO number Autotask shows, or null
 * @param status              mapped from the status picklist label
 * @param vendorId            the vendor company (Companies id)
 * @param vendorName          the vendor's companyName; null until resolved
 * @param createDateTime      when it was created, or null
 * @param submitDateTime      when it was submitted, or null
 * @param externalPONumber    the external PO number (written back with the QuickBooks PO number), or null
 * @param generalMemo         the general memo, or null
 * @param shipTo              the ship-to address
 */
public record AutotaskPurchaseOrder(long id, String purchaseOrderNumber, PurchaseOrderStatus status, long vendorId,
        String vendorName, Instant createDateTime, Instant submitDateTime, String externalPONumber,
        String generalMemo, ShipTo shipTo) {

    /** This PO with the vendor name filled in. */
    public AutotaskPurchaseOrder withVendorName(String name) {
        return new AutotaskPurchaseOrder(id, purchaseOrderNumber, status, vendorId, name, createDateTime,
                submitDateTime, externalPONumber, generalMemo, shipTo);
    }
}
