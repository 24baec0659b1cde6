package io.atqb.sandbox.autotask;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The data of one simulated Autotask tenant: a fixed set of entity tables and the picklists of their fields. Once
 * built it changes only through {@link SandboxAutotask} (which serialises changes against the calls it answers).
 */
public final class SandboxTenant {

    /** PurchaseOrders.status values of the default picklist. */
    public static final int PO_NEW = SandboxSchema.STATUS_NEW;
    public static final int PO_SUBMITTED = SandboxSchema.STATUS_SUBMITTED;
    public static final int PO_RECEIVED_PARTIAL = SandboxSchema.STATUS_RECEIVED_PARTIAL;
    public static final int PO_RECEIVED_FULL = SandboxSchema.STATUS_RECEIVED_FULL;
    public static final int PO_CANCELED = SandboxSchema.STATUS_CANCELED;
    /** Companies.companyType values of the default picklist. */
    public static final int COMPANY_CUSTOMER = SandboxSchema.COMPANY_CUSTOMER;
    public static final int COMPANY_VENDOR = SandboxSchema.COMPANY_VENDOR;

    private static final Instant CREATED = Instant.parse("2025-01-06T08:00:00Z");
    /** Ship-to address of the POs the short builder method adds. */
    private static final String[] DEFAULT_SHIP_TO = {"Acme MSP Warehouse", "12 Harbour Road", null, "Springfield",
        "IL", "62701"};

    private final Map<String, SandboxEntityTable> tables;
    /** entity (lower case) -> field (lower case) -> value -> label. */
    private final Map<String, Map<String, Map<Integer, String>>> picklists;

    private SandboxTenant(Map<String, SandboxEntityTable> tables,
            Map<String, Map<String, Map<Integer, String>>> picklists) {
        this.tables = tables;
        this.picklists = picklists;
    }

    /** The picklist of a field (value -> label, in sort order), empty when the field has none. */
    public synchronized Map<Integer, String> picklist(String entity, String field) {
        Map<String, Map<Integer, String>> ofEntity = picklists.get(entity.toLowerCase(Locale.ROOT));
        Map<Integer, String> values = ofEntity == null ? null : ofEntity.get(field.toLowerCase(Locale.ROOT));
        return values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Adds a picklist value or renames one (the label is what callers map by). */
    synchronized void putPicklistValue(String entity, String field, int value, String label) {
        picklists.computeIfAbsent(entity.toLowerCase(Locale.ROOT), e -> new LinkedHashMap<>())
                .computeIfAbsent(field.toLowerCase(Locale.ROOT), f -> new LinkedHashMap<>())
                .put(value, label);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The table of an entity named without regard to case, or null when the sandbox does not serve it. */
    public SandboxEntityTable table(String entity) {
        return tables.get(entity.toLowerCase(Locale.ROOT));
    }

    /** Builds a tenant row by row; ids of each entity must ascend in the order rows are added. */
    public static final class Builder {

        private final Map<String, SandboxEntityTable> tables = new LinkedHashMap<>();
        private final Map<String, Map<String, Map<Integer, String>>> picklists = new LinkedHashMap<>();
        private long inventoryItemIdBase = 50_000_001L;
        private long inventoryProductIdBase = 60_000_001L;

        private Builder() {
            for (String entity : SandboxSchema.entityNames()) {
                tables.put(entity.toLowerCase(Locale.ROOT), SandboxSchema.newTable(entity));
                Map<String, Map<Integer, String>> fields = new LinkedHashMap<>();
                SandboxSchema.picklists(entity).forEach((field, values) ->
                        fields.put(field.toLowerCase(Locale.ROOT), new LinkedHashMap<>(values)));
                picklists.put(entity.toLowerCase(Locale.ROOT), fields);
            }
        }

        /** Replaces the picklist of a field (value -> label), e.g. to number the PO statuses differently. */
        public Builder picklist(String entity, String field, Map<Integer, String> labels) {
            if (table(entity) == null || table(entity).column(field) == null) {
                throw new IllegalArgumentException("the sandbox has no field " + entity + "." + field);
            }
            picklists.computeIfAbsent(entity.toLowerCase(Locale.ROOT), e -> new LinkedHashMap<>())
                    .put(field.toLowerCase(Locale.ROOT), new LinkedHashMap<>(labels));
            return this;
        }

        /** A company (Companies) of the given companyType picklist value. */
        public Builder company(long id, String name, int companyType, boolean active) {
            table(SandboxSchema.COMPANIES).appendInColumnOrder(id, name, companyType, active);
            return this;
        }

        /** An active company of type Vendor. */
        public Builder vendor(long id, String name) {
            return company(id, name, SandboxSchema.COMPANY_VENDOR, true);
        }

        /** An active company of type Customer. */
        public Builder customer(long id, String name) {
            return company(id, name, SandboxSchema.COMPANY_CUSTOMER, true);
        }

        private boolean built;

        private SandboxEntityTable table(String entity) {
            if (built) {
                throw new IllegalStateException("this tenant is already built; start a new builder");
            }
            return tables.get(entity.toLowerCase(Locale.ROOT));
        }

        /** First ids that {@link #stock} gives to InventoryItems and InventoryProducts rows. */
        public Builder stockIdBases(long inventoryItemsFrom, long inventoryProductsFrom) {
            this.inventoryItemIdBase = inventoryItemsFrom;
            this.inventoryProductIdBase = inventoryProductsFrom;
            return this;
        }

        public Builder location(long id, String name, boolean active) {
            table(SandboxSchema.INVENTORY_LOCATIONS).appendInColumnOrder(id, name, active, false, null);
            return this;
        }

        public Builder product(long id, String name, boolean active) {
            table(SandboxSchema.PRODUCTS).appendInColumnOrder(
                    id, name, null, "SKU-" + id, null, active, false, 10.0, 15.0, 1);
            return this;
        }

        /**
         * Adds one on-hand row for a product at a location, as an InventoryItems row (quantityOnHand) and a matching
         * InventoryProducts row (onHandUnits). References are not checked, so tests can add broken rows on purpose.
         */
        public Builder stock(long productId, long locationId, int onHand) {
            SandboxEntityTable items = table(SandboxSchema.INVENTORY_ITEMS);
            items.appendInColumnOrder(nextId(items, inventoryItemIdBase), productId, locationId, onHand,
                    0, 0, 0, 0, 0, 0, null, null);
            SandboxEntityTable products = table(SandboxSchema.INVENTORY_PRODUCTS);
            products.appendInColumnOrder(nextId(products, inventoryProductIdBase), productId, locationId, onHand,
                    onHand, 0, 0, 0, 0, 0, 0, null, null, CREATED);
            return this;
        }

        private static long nextId(SandboxEntityTable table, long base) {
            return table.rowCount() == 0 ? base : table.idAt(table.rowCount() - 1) + 1;
        }

        /** A PO of vendor 9001 with a default ship-to address, created and submitted at the same time. */
        public Builder purchaseOrder(long id, String purchaseOrderNumber, int status) {
            return purchaseOrder(id, purchaseOrderNumber, status, 9001L, CREATED, CREATED, null);
        }

        /**
         * A PO with a default ship-to address; {@code submitted} null = not submitted yet.
         *
         * @param status the status picklist value (see {@link SandboxTenant#picklist})
         */
        public Builder purchaseOrder(long id, String purchaseOrderNumber, int status, long vendorId,
                Instant created, Instant submitted, String generalMemo) {
            table(SandboxSchema.PURCHASE_ORDERS).appendInColumnOrder(
                    id, purchaseOrderNumber, status, vendorId, created, submitted, null, DEFAULT_SHIP_TO[0],
                    generalMemo, DEFAULT_SHIP_TO[1], DEFAULT_SHIP_TO[2], DEFAULT_SHIP_TO[3], DEFAULT_SHIP_TO[4],
                    DEFAULT_SHIP_TO[5], null);
            return this;
        }

        public Builder purchaseOrderItem(long id, long orderId, long productId, Long locationId, int quantity) {
            return purchaseOrderItem(id, orderId, productId, locationId, quantity, 10.0);
        }

        public Builder purchaseOrderItem(long id, long orderId, long productId, Long locationId, int quantity,
                double unitCost) {
            table(SandboxSchema.PURCHASE_ORDER_ITEMS).appendInColumnOrder(
                    id, orderId, productId, locationId, quantity, unitCost, null, null);
            return this;
        }

        /** Adds a receipt transaction; a negative quantity is a cancelled receipt, zero a save without change. */
        public Builder receiving(long id, long purchaseOrderItemId, int quantity, Instant receiveDate) {
            table(SandboxSchema.PURCHASE_ORDER_ITEM_RECEIVING).appendInColumnOrder(
                    id, purchaseOrderItemId, quantity, 0, 0, receiveDate, 29682880L, null, null);
            return this;
        }

        /** Adds a raw row with any of the entity's fields (unset fields are null). */
        public Builder row(String entity, Map<String, ?> values) {
            SandboxEntityTable table = table(entity);
            if (table == null) {
                throw new IllegalArgumentException("the sandbox has no entity " + entity);
            }
            table.append(values);
            return this;
        }

        public SandboxTenant build() {
            built = true;
            return new SandboxTenant(Map.copyOf(tables), picklists);
        }
    }
}
