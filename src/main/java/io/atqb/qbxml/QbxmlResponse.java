package io.atqb.qbxml;

/** One {@code *Rs} element of a response message set, correlated to its request by requestID. */
public sealed interface QbxmlResponse
        permits ItemInventoryQueryRs, ItemQueryRs, ItemInventoryAddRs, InventoryAdjustmentAddRs, VendorQueryRs,
        VendorAddRs, PurchaseOrderAddRs, PurchaseOrderModRs, PurchaseOrderQueryRs, ItemReceiptAddRs,
        ItemReceiptQueryRs, OtherRs {

    /** The echoed requestID, or null if QuickBooks returned none. */
    String requestId();

    /** The response element name, e.g. {@code ItemInventoryQueryRs}. */
    String elementName();

    QbxmlStatus status();
}
