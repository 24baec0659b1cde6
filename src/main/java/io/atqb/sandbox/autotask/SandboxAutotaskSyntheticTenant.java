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

    /** Ids of the POs to transfer ({@link PurchaseOrders}), their lines, receipts and vendors. */
    public static final long TRANSFER_PURCHASE_ORDER_ID_BASE = 250_000;
    public static final long TRANSFER_ITEM_ID_BASE = 5_000_000_000L;
    public static final long TRANSFER_RECEIVING_ID_BASE = 6_000_000_000L;
    public static final long VENDOR_ID_BASE = 900_000;
    /** Ordered quantity of every line of the POs to transfer. */
    public static final int TRANSFER_LINE_QUANTITY = 10;

    /** A generated tenant and its transferred-PO record (PO id -> transfer time). */
    public record Generated(SandboxTenant tenant, Map<Long, Instant> transferredPurchaseOrders) {
    }

    /**
     * POs not transferred yet, for the transfer benchmark: {@code purchaseOrders} POs (Submitted, Received Partial
     * or Received Full) spread over {@code vendors} vendor companies, {@code lines} lines spread as evenly as possible
     * over the POs (PO {@code o} gets {@code lines / purchaseOrders} lines, one more while {@code o} is below the
     * remainder), and {@code receipts} receipts spread round-robin over the lines (receipt {@code k} on line
     * {@code k % lines}, quantity {@link #quantityOfTransferReceipt}); ordered quantities are never exceeded
     * when at most two receipts fall on a line.
     */
    public record PurchaseOrders(int purchaseOrders, int lines, int receipts, int vendors) {

        public static final PurchaseOrders NONE = new PurchaseOrders(0, 0, 0, 0);

        public PurchaseOrders {
            if (purchaseOrders < 0 || lines < 0 || receipts < 0 || vendors < 0) {
                throw new IllegalArgumentException("counts must not be negative");
            }
            if (purchaseOrders > 0 && (lines < purchaseOrders || vendors < 1)) {
                throw new IllegalArgumentException("every PO needs a line and a vendor");
            }
            if ((purchaseOrders == 0 && (lines > 0 || receipts > 0)) || (receipts > 0 && lines == 0)) {
                throw new IllegalArgumentException("lines need POs and receipts need lines");
            }
            if (purchaseOrders > 50_000) {
                throw new IllegalArgumentException("at most 50,000 POs to transfer");
            }
        }

        /** Lines of PO number {@code o} (0-based). */
        public int linesOf(int o) {
            return lines / purchaseOrders + (o < lines % purchaseOrders ? 1 : 0);
        }
    }

    /**
     * Quantity of transfer receipt {@code k} of a tenant with {@code lines} lines: 1..4; from the second round over
     * the lines on (a line already received), every tenth one is a cancelled receipt of -1.
     */
    public static int quantityOfTransferReceipt(int k, int lines) {
        return k >= lines && k % 10 == 9 ? -1 : k % 4 + 1;
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
        return generate(PurchaseOrders.NONE);
    }

    /** The tenant with {@code toTransfer} POs (not transferred yet) besides the transferred ones. */
    public Generated generate(PurchaseOrders toTransfer) {
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
        addPurchaseOrdersToTransfer(tenant, toTransfer);
        return new Generated(tenant.build(), Map.copyOf(transfers));
    }

    private void addPurchaseOrdersToTransfer(SandboxTenant.Builder tenant, PurchaseOrders toTransfer) {
        if (transferredPurchaseOrders > (int) (TRANSFER_PURCHASE_ORDER_ID_BASE - PURCHASE_ORDER_ID_BASE)) {
            throw new IllegalArgumentException("too many transferred POs for the PO id ranges");
        }
        for (int v = 0; v < toTransfer.vendors(); v++) {
            tenant.vendor(VENDOR_ID_BASE + v, "Synthetic Vendor " + (v + 1));
        }
        int[] statuses = {SandboxTenant.PO_SUBMITTED, SandboxTenant.PO_RECEIVED_PARTIAL, SandboxTenant.PO_RECEIVED_FULL};
        Instant created = transferTime.minus(Duration.ofDays(30));
        for (int o = 0; o < toTransfer.purchaseOrders(); o++) {
            tenant.purchaseOrder(TRANSFER_PURCHASE_ORDER_ID_BASE + o, "TPO-" + (o + 1), statuses[o % statuses.length],
                    VENDOR_ID_BASE + o % toTransfer.vendors(), created, created.plus(Duration.ofHours(1)),
                    o % 2 == 0 ? null : "Synthetic PO " + (o + 1));
        }
        long itemId = TRANSFER_ITEM_ID_BASE;
        for (int o = 0; o < toTransfer.purchaseOrders(); o++) {
            for (int l = 0; l < toTransfer.linesOf(o); l++) {
                int line = (int) (itemId - TRANSFER_ITEM_ID_BASE);
                tenant.purchaseOrderItem(itemId++, TRANSFER_PURCHASE_ORDER_ID_BASE + o,
                        PRODUCT_ID_BASE + line % products, LOCATION_ID_BASE, TRANSFER_LINE_QUANTITY,
                        5.0 + line % 20);
            }
        }
        for (int k = 0; k < toTransfer.receipts(); k++) {
            tenant.receiving(TRANSFER_RECEIVING_ID_BASE + k, TRANSFER_ITEM_ID_BASE + k % toTransfer.lines(),
                    quantityOfTransferReceipt(k, toTransfer.lines()), created.plus(Duration.ofMinutes(k + 60L)));
        }
    }
}
