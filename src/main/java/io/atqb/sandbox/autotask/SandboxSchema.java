package io.atqb.sandbox.autotask;

import static io.atqb.sandbox.autotask.SandboxColumn.Type.BOOLEAN;
import static io.atqb.sandbox.autotask.SandboxColumn.Type.DATETIME;
import static io.atqb.sandbox.autotask.SandboxColumn.Type.DECIMAL;
import static io.atqb.sandbox.autotask.SandboxColumn.Type.INTEGER;
import static io.atqb.sandbox.autotask.SandboxColumn.Type.LONG;
import static io.atqb.sandbox.autotask.SandboxColumn.Type.STRING;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The entities and fields the sandbox Autotask serves (a subset of the real API's field lists). */
final class SandboxSchema {

    static final String INVENTORY_LOCATIONS = "InventoryLocations";
    static final String PRODUCTS = "Products";
    static final String INVENTORY_ITEMS = "InventoryItems";
    static final String INVENTORY_PRODUCTS = "InventoryProducts";
    static final String PURCHASE_ORDERS = "PurchaseOrders";
    static final String PURCHASE_ORDER_ITEMS = "PurchaseOrderItems";
    static final String PURCHASE_ORDER_ITEM_RECEIVING = "PurchaseOrderItemReceiving";

    private record Definition(String singular, Map<String, SandboxColumn.Type> fields) {
    }

    private static final Map<String, Definition> DEFINITIONS = new LinkedHashMap<>();

    static {
        define(INVENTORY_LOCATIONS, "InventoryLocation", fields(
                "id", LONG, "locationName", STRING, "isActive", BOOLEAN, "isDefault", BOOLEAN, "resourceID", LONG));
        define(PRODUCTS, "Product", fields(
                "id", LONG, "name", STRING, "description", STRING, "sku", STRING, "manufacturerName", STRING,
                "isActive", BOOLEAN, "isSerialized", BOOLEAN, "unitCost", DECIMAL, "unitPrice", DECIMAL,
                "productCategory", INTEGER));
        define(INVENTORY_ITEMS, "InventoryItem", fields(
                "id", LONG, "productID", LONG, "inventoryLocationID", LONG, "quantityOnHand", INTEGER,
                "quantityMinimum", INTEGER, "quantityMaximum", INTEGER, "quantityOnOrder", INTEGER,
                "quantityReserved", INTEGER, "quantityPicked", INTEGER, "backOrderQuantity", INTEGER,
                "bin", STRING, "referenceNumber", STRING));
        define(INVENTORY_PRODUCTS, "InventoryProduct", fields(
                "id", LONG, "productID", LONG, "inventoryLocationID", LONG, "onHandUnits", INTEGER,
                "availableUnits", INTEGER, "reservedUnits", INTEGER, "pickedUnits", INTEGER,
                "unitsOnOrder", INTEGER, "backOrderQuantity", INTEGER, "quantityMinimum", INTEGER,
                "quantityMaximum", INTEGER, "bin", STRING, "referenceNumber", STRING,
                "createDateTime", DATETIME));
        define(PURCHASE_ORDERS, "PurchaseOrder", fields(
                "id", LONG, "purchaseOrderNumber", STRING, "status", INTEGER, "vendorID", LONG,
                "createDateTime", DATETIME, "submitDateTime", DATETIME, "externalPONumber", STRING,
                "shipToName", STRING, "generalMemo", STRING));
        define(PURCHASE_ORDER_ITEMS, "PurchaseOrderItem", fields(
                "id", LONG, "orderID", LONG, "productID", LONG, "inventoryLocationID", LONG, "quantity", INTEGER,
                "unitCost", DECIMAL, "memo", STRING, "estimatedArrivalDate", DATETIME));
        define(PURCHASE_ORDER_ITEM_RECEIVING, "PurchaseOrderItemReceiving", fields(
                "id", LONG, "purchaseOrderItemID", LONG, "quantityNowReceiving", INTEGER,
                "quantityPreviouslyReceived", INTEGER, "quantityBackOrdered", INTEGER, "receiveDate", DATETIME,
                "receivedByResourceID", LONG, "serialNumber", STRING, "vendorInvoiceNumber", STRING));
    }

    private SandboxSchema() {
    }

    private static void define(String entity, String singular, Map<String, SandboxColumn.Type> fields) {
        DEFINITIONS.put(entity, new Definition(singular, fields));
    }

    private static Map<String, SandboxColumn.Type> fields(Object... pairs) {
        Map<String, SandboxColumn.Type> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], (SandboxColumn.Type) pairs[i + 1]);
        }
        return fields;
    }

    static List<String> entityNames() {
        return List.copyOf(DEFINITIONS.keySet());
    }

    static SandboxEntityTable newTable(String entity) {
        Definition definition = DEFINITIONS.get(entity);
        if (definition == null) {
            throw new IllegalArgumentException("the sandbox has no entity " + entity);
        }
        List<SandboxColumn> columns = new ArrayList<>();
        definition.fields().forEach((field, type) -> columns.add(new SandboxColumn(field, type)));
        return new SandboxEntityTable(entity, definition.singular(), columns);
    }
}
