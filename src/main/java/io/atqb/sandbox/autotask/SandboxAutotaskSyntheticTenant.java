package io.atqb.sandbox.autotask;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Generates large synthetic tenants quickly and without per-row objects (benchmarks, paging tests). Inventory row
 * {@code r} holds product {@code r % products} at location {@code (r / products) % locations}, so rows never repeat a
 * product and location pair. Each transferred PO has two items, one receipt before its transfer and a share of the
 * receipts after it.
 *
 * @param products                  number of products
 * @param locations                 number of locations (the last one is inactive when there are several)
 * @param inventoryRows             InventoryItems (and InventoryProducts) rows; at most products x locations
 * @param transferredPurchaseOrders POs recorded as transferred
 * @param receiptsAfterTransfer     receipts on those POs after their transfer
 * @param transferTime              when the POs were transferred
 */
public record SandboxAutotaskSyntheticTenant(int products, int locations, int inventoryRows,
        int transferredPurchaseOrders, int receiptsAfterTransfer, Instant transferTime) {

    public static final long LOCATION_ID_BASE = 10_000;
    public static final long PRODUCT_ID_BASE = 100_000;
    public static final long INVENTORY_ITEM_ID_BASE = 1_000_000;
    public static final long INVENTORY_PRODUCT_ID_BASE = 5_000_000;
    public static final long PURCHASE_ORDER_ID_BASE = 200_000;
    public static final long PURCHASE_ORDER_ITEM_ID_BASE = 300_000;
    public static final long RECEIVING_ID_BASE = 400_000;

    /** A generated tenant and its transferred-PO record (PO id -> transfer time). */
    public record Generated(SandboxTenant tenant, Map<Long, Instant> transferredPurchaseOrders) {
    }

    public SandboxAutotaskSyntheticTenant {
        if (products < 1 || locations < 1 || inventoryRows < 0 || transferredPurchaseOrders < 0
                || receiptsAfterTransfer < 0) {
            throw new IllegalArgumentException("counts must not be negative, products and locations at least 1");
        }
        if ((long) products * locations < inventoryRows) {
            throw new IllegalArgumentException(inventoryRows + " inventory rows need more than " + products
                    + " products x " + locations + " locations");
        }
        if (receiptsAfterTransfer > 0 && transferredPurchaseOrders == 0) {
            throw new IllegalArgumentException("receipts after transfer need transferred purchase orders");
        }
    }

    /** Quantity on hand of inventory row {@code r} (1..50). */
    public static int quantityOfRow(int row) {
        return (int) ((row * 7L) % 50) + 1;
    }

    /** Quantity of receipt {@code k} after transfer (1..9, every fifth one cancelled, i.e. negative). */
    public static int quantityOfReceiptAfterTransfer(int k) {
        int quantity = k % 9 + 1;
        return k % 5 == 4 ? -quantity : quantity;
    }

    public Generated generate() {
        SandboxTenant.Builder tenant = SandboxTenant.builder()
                .stockIdBases(INVENTORY_ITEM_ID_BASE, INVENTORY_PRODUCT_ID_BASE);
        for (int l = 0; l < locations; l++) {
            tenant.location(LOCATION_ID_BASE + l, "Location " + (l + 1), locations == 1 || l < locations - 1);
        }
        for (int p = 0; p < products; p++) {
            tenant.product(PRODUCT_ID_BASE + p, "Synthetic Product " + (p + 1), true);
        }
        for (int r = 0; r < inventoryRows; r++) {
            int product = r % products;
            int location = (r / products) % locations;
            tenant.stock(PRODUCT_ID_BASE + product, LOCATION_ID_BASE + location, quantityOfRow(r));
        }
        Map<Long, Instant> transfers = new LinkedHashMap<>();
        for (int o = 0; o < transferredPurchaseOrders; o++) {
            long poId = PURCHASE_ORDER_ID_BASE + o;
            tenant.purchaseOrder(poId, "SPO-" + (o + 1), 3);
            transfers.put(poId, transferTime);
        }
        int items = transferredPurchaseOrders * 2;
        for (int i = 0; i < items; i++) {
            tenant.purchaseOrderItem(PURCHASE_ORDER_ITEM_ID_BASE + i, PURCHASE_ORDER_ID_BASE + i / 2,
                    PRODUCT_ID_BASE + i % products, LOCATION_ID_BASE, 100);
        }
        long receivingId = RECEIVING_ID_BASE;
        for (int i = 0; i < items; i++) {
            tenant.receiving(receivingId++, PURCHASE_ORDER_ITEM_ID_BASE + i, 5, transferTime.minus(Duration.ofDays(1)));
        }
        for (int k = 0; k < receiptsAfterTransfer; k++) {
            tenant.receiving(receivingId++, PURCHASE_ORDER_ITEM_ID_BASE + k % items,
                    quantityOfReceiptAfterTransfer(k), transferTime.plus(Duration.ofMinutes(k + 1L)));
        }
        return new Generated(tenant.build(), Map.copyOf(transfers));
    }
}
