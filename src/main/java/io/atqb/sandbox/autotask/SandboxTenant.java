package io.atqb.sandbox.autotask;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The data of one simulated Autotask tenant: a fixed set of entity tables, read-only once built. */
public final class SandboxTenant {

    private static final Instant CREATED = Instant.parse("2025-01-06T08:00:00Z");

    private final Map<String, SandboxEntityTable> tables;

    private SandboxTenant(Map<String, SandboxEntityTable> tables) {
        this.tables = tables;
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
        private long inventoryItemIdBase = 50_000_001L;
        private long inventoryProductIdBase = 60_000_001L;

        private Builder() {
            for (String entity : SandboxSchema.entityNames()) {
                tables.put(entity.toLowerCase(Locale.ROOT), SandboxSchema.newTable(entity));
            }
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

        public Builder purchaseOrder(long id, String purchaseOrderNumber, int status) {
            table(SandboxSchema.PURCHASE_ORDERS).appendInColumnOrder(
                    id, purchaseOrderNumber, status, 9001L, CREATED, CREATED, null, null, null);
            return this;
        }

        public Builder purchaseOrderItem(long id, long orderId, long productId, Long locationId, int quantity) {
            table(SandboxSchema.PURCHASE_ORDER_ITEMS).appendInColumnOrder(
                    id, orderId, productId, locationId, quantity, 10.0, null, null);
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
            return new SandboxTenant(Map.copyOf(tables));
        }
    }
}
