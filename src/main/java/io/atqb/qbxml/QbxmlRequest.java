package io.atqb.qbxml;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One qbXML request ({@code <XxxRq>}). Stored as JSON in the request queue, with the record type in {@code "type"}.
 * The requestID may be null until the queue assigns one with {@link #withRequestId(String)}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ItemInventoryQueryRq.class, name = "ItemInventoryQueryRq"),
    @JsonSubTypes.Type(value = ItemQueryRq.class, name = "ItemQueryRq"),
    @JsonSubTypes.Type(value = ItemInventoryAddRq.class, name = "ItemInventoryAddRq"),
    @JsonSubTypes.Type(value = InventoryAdjustmentAddRq.class, name = "InventoryAdjustmentAddRq"),
    @JsonSubTypes.Type(value = VendorQueryRq.class, name = "VendorQueryRq"),
    @JsonSubTypes.Type(value = VendorAddRq.class, name = "VendorAddRq"),
    @JsonSubTypes.Type(value = PurchaseOrderAddRq.class, name = "PurchaseOrderAddRq"),
    @JsonSubTypes.Type(value = PurchaseOrderModRq.class, name = "PurchaseOrderModRq"),
    @JsonSubTypes.Type(value = PurchaseOrderQueryRq.class, name = "PurchaseOrderQueryRq"),
    @JsonSubTypes.Type(value = ItemReceiptAddRq.class, name = "ItemReceiptAddRq"),
    @JsonSubTypes.Type(value = ItemReceiptQueryRq.class, name = "ItemReceiptQueryRq")
})
public sealed interface QbxmlRequest
        permits ItemInventoryQueryRq, ItemQueryRq, ItemInventoryAddRq, InventoryAdjustmentAddRq,
        VendorQueryRq, VendorAddRq, PurchaseOrderAddRq, PurchaseOrderModRq, PurchaseOrderQueryRq,
        ItemReceiptAddRq, ItemReceiptQueryRq {

    /** The {@code requestID} attribute (at most 50 characters) that QuickBooks echoes on the response. */
    String requestId();

    /** A copy of this request carrying the given requestID. */
    QbxmlRequest withRequestId(String requestId);
}
