package io.atqb.bench;

import io.atqb.sandbox.autotask.SandboxAutotaskSyntheticTenant;
import java.time.Instant;

/**
 * One tenant size of the benchmark. The 400,000-row tenant of issue #5 has 50,000 products, 20 locations, 2,000 POs
 * recorded as transferred and 10,000 receipts after their transfer; other sizes scale products, POs and receipts with
 * the rows (8 rows per product, one transferred PO per 200 rows, one receipt after transfer per 40 rows).
 *
 * @param inventoryRows             InventoryItems rows
 * @param products                  products (each has 8 rows)
 * @param locations                 inventory locations
 * @param transferredPurchaseOrders POs recorded as transferred to QuickBooks
 * @param receiptsAfterTransfer     receipts on those POs after their transfer
 */
record BenchSize(int inventoryRows, int products, int locations, int transferredPurchaseOrders,
        int receiptsAfterTransfer) {

    static final int LOCATIONS = 20;
    static final int ROWS_PER_PRODUCT = 8;
    static final int ROWS_PER_TRANSFERRED_PO = 200;
    static final int ROWS_PER_RECEIPT_AFTER_TRANSFER = 40;

    BenchSize {
        if (inventoryRows < ROWS_PER_TRANSFERRED_PO || inventoryRows % ROWS_PER_TRANSFERRED_PO != 0) {
            throw new IllegalArgumentException("benchmark sizes are positive multiples of " + ROWS_PER_TRANSFERRED_PO
                    + " inventory rows, not " + inventoryRows);
        }
    }

    /** The size with this many inventory rows over the 20 locations of issue #5. */
    static BenchSize ofRows(int rows) {
        return ofRows(rows, LOCATIONS);
    }

    /** The size with this many inventory rows over this many locations (at least 8, so each product has 8 rows). */
    static BenchSize ofRows(int rows, int locations) {
        if (locations < ROWS_PER_PRODUCT) {
            throw new IllegalArgumentException("a benchmark tenant needs at least " + ROWS_PER_PRODUCT
                    + " locations, one per row of a product, not " + locations);
        }
        return new BenchSize(rows, rows / ROWS_PER_PRODUCT, locations, rows / ROWS_PER_TRANSFERRED_PO,
                rows / ROWS_PER_RECEIPT_AFTER_TRANSFER);
    }

    /**
     * A size as {@code -Dbench.sizes} lists it: the rows ({@code 400000} or {@code 400_000}), optionally followed by
     * {@code @} and the locations ({@code 1000000@8}: issue #15's tenant, 125,000 products over 8 locations).
     */
    static BenchSize parse(String text) {
        String[] parts = text.strip().replace("_", "").split("@", -1);
        if (parts.length > 2 || parts[0].isEmpty() || (parts.length == 2 && parts[1].isEmpty())) {
            throw new IllegalArgumentException("a benchmark size is ROWS or ROWS@LOCATIONS, not '" + text + "'");
        }
        int rows = Integer.parseInt(parts[0]);
        return parts.length == 1 ? ofRows(rows) : ofRows(rows, Integer.parseInt(parts[1]));
    }

    /** The generator of this tenant, its POs transferred at {@code transferTime}. */
    SandboxAutotaskSyntheticTenant generator(Instant transferTime) {
        return new SandboxAutotaskSyntheticTenant(products, locations, inventoryRows, transferredPurchaseOrders,
                receiptsAfterTransfer, transferTime);
    }

    /** The folder name of this size under target/bench/. */
    String label() {
        return "rows-" + inventoryRows + (locations == LOCATIONS ? "" : "-locations-" + locations);
    }
}
