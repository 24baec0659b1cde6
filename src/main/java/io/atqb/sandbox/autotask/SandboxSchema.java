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
import java.util.Set;

/** The entities and fields the sandbox Autotask serves (a subset of the real API's field lists). */
final class SandboxSchema {

    static final String INVENTORY_LOCATIONS = "InventoryLocations";
    static final String PRODUCTS = "Products";
    static final String INVENTORY_ITEMS = "InventoryItems";
    static final String INVENTORY_PRODUCTS = "InventoryProducts";
    static final String PURCHASE_ORDERS = "PurchaseOrders";
    static final String PURCHASE_ORDER_ITEMS = "PurchaseOrderItems";
    static final String PURCHASE_ORDER_ITEM_RECEIVING = "PurchaseOrderItemReceiving";
    static final String COMPANIES = "Companies";

    /** PurchaseOrders.status picklist: value -> label (the numbers are the sandbox's; tenants may differ). */
    static final int STATUS_NEW = 1;
    static final int STATUS_SUBMITTED = 2;
    static final int STATUS_RECEIVED_PARTIAL = 3;
    static final int STATUS_RECEIVED_FULL = 4;
    static final int STATUS_CANCELED = 5;
    /** Companies.companyType picklist values used by the sandbox. */
    static final int COMPANY_CUSTOMER = 1;
    static final int COMPANY_VENDOR = 7;

    /**
     * An entity: its singular name (for error messages), fields, the fields a PATCH may not change (empty set and
     * {@code updatable} false = no PATCH at all) and the default picklists (field -> value -> label).
     */
    private record Definition(String singular, Map<String, SandboxColumn.Type> fields, boolean updatable,
            Set<String> readOnly, Map<String, Map<Integer, String>> picklists) {
    }

    private static final Map<String, Definition> DEFINITIONS = new LinkedHashMap<>();
    private static final Map<String, String> REFERENCES = Map.of("vendorid", "Company",
            "purchaseforcompanyid", "Company", "productid", "Product", "orderid", "PurchaseOrder",
            "purchaseorderitemid", "PurchaseOrderItem", "inventorylocationid", "InventoryLocation",
            "receivedbyresourceid", "Resource", "resourceid", "Resource");

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
                "shipToName", STRING, "generalMemo", STRING, "shipToAddress1", STRING, "shipToAddress2", STRING,
                "shipToCity", STRING, "shipToState", STRING, "shipToPostalCode", STRING,
                "purchaseForCompanyID", LONG),
                true, Set.of("id", "purchaseOrderNumber", "createDateTime", "submitDateTime"),
                Map.of("status", picklist(STATUS_NEW, "New", STATUS_SUBMITTED, "Submitted",
                        STATUS_RECEIVED_PARTIAL, "Received Partial", STATUS_RECEIVED_FULL, "Received Full",
                        STATUS_CANCELED, "Canceled")));
        define(PURCHASE_ORDER_ITEMS, "PurchaseOrderItem", fields(
                "id", LONG, "orderID", LONG, "productID", LONG, "inventoryLocationID", LONG, "quantity", INTEGER,
                "unitCost", DECIMAL, "memo", STRING, "estimatedArrivalDate", DATETIME));
        define(PURCHASE_ORDER_ITEM_RECEIVING, "PurchaseOrderItemReceiving", fields(
                "id", LONG, "purchaseOrderItemID", LONG, "quantityNowReceiving", INTEGER,
                "quantityPreviouslyReceived", INTEGER, "quantityBackOrdered", INTEGER, "receiveDate", DATETIME,
                "receivedByResourceID", LONG, "serialNumber", STRING, "vendorInvoiceNumber", STRING));
        define(COMPANIES, "Company", fields(
                "id", LONG, "companyName", STRING, "companyType", INTEGER, "isActive", BOOLEAN),
                false, Set.of(), Map.of("companyType", picklist(COMPANY_CUSTOMER, "Customer", 2, "Lead",
                        3, "Prospect", 4, "Dead", 6, "Cancellation", COMPANY_VENDOR, "Vendor", 8, "Partner")));
    }

    private SandboxSchema() {
    }

    private static void define(String entity, String singular, Map<String, SandboxColumn.Type> fields) {
        define(entity, singular, fields, false, Set.of(), Map.of());
    }

    private static void define(String entity, String singular, Map<String, SandboxColumn.Type> fields,
            boolean updatable, Set<String> readOnly, Map<String, Map<Integer, String>> picklists) {
        DEFINITIONS.put(entity, new Definition(singular, fields, updatable, readOnly, picklists));
    }

    private static Map<Integer, String> picklist(Object... pairs) {
        Map<Integer, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((Integer) pairs[i], (String) pairs[i + 1]);
        }
        return values;
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
        Definition definition = definition(entity);
        List<SandboxColumn> columns = new ArrayList<>();
        definition.fields().forEach((field, type) -> columns.add(new SandboxColumn(field, type)));
        return new SandboxEntityTable(entity, definition.singular(), columns);
    }

    private static Definition definition(String entity) {
        Definition definition = DEFINITIONS.get(entity);
        if (definition == null) {
            throw new IllegalArgumentException("the sandbox has no entity " + entity);
        }
        return definition;
    }

    /** True when the entity accepts PATCH. */
    static boolean updatable(String entity) {
        return definition(entity).updatable();
    }

    /** True when the field is read-only (compared without regard to case); id always is. */
    static boolean readOnly(String entity, String field) {
        Definition definition = definition(entity);
        return "id".equalsIgnoreCase(field) || definition.readOnly().stream().anyMatch(f -> f.equalsIgnoreCase(field));
    }

    /** The entity a reference field points to (e.g. vendorID -> Company), or null. */
    static String referenceEntity(String field) {
        return REFERENCES.get(field.toLowerCase(java.util.Locale.ROOT));
    }

    /** The default picklists of an entity: field -> value -> label, in sort order. */
    static Map<String, Map<Integer, String>> picklists(String entity) {
        return definition(entity).picklists();
    }
}
