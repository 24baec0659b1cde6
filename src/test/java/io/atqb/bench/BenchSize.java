package io.atqb.bench;

import io.atqb.sandbox.autotask.SandboxAutotaskSyntheticTenant;
import java.time.Instant;
import java.util.Locale;

/**
 * One tenant size of the benchmark. The 400,000-row tenant of issue #5 has 50,000 products, 20 locations, 2,000 POs
 * recorded as transferred and 10,000 receipts after their transfer; other sizes scale products, POs and receipts with
 * the rows (rows per product as the shape says, one transferred PO per 200 rows, one receipt after transfer per 40
 * rows).
 *
 * @param inventoryRows             InventoryItems rows
 * @param products                  products (each has the shape's rows per product)
 * @param locations                 inventory locations
 * @param transferredPurchaseOrders POs recorded as transferred to QuickBooks
 * @param receiptsAfterTransfer     receipts on those POs after their transfer
 * @param shape                     rows per product and how QuickBooks is seeded
 */
record BenchSize(int inventoryRows, int products, int locations, int transferredPurchaseOrders,
        int receiptsAfterTransfer, Shape shape) {

    static final int LOCATIONS = 20;
    static final int ROWS_PER_TRANSFERRED_PO = 200;
    static final int ROWS_PER_RECEIPT_AFTER_TRANSFER = 40;

    /**
     * A tenant's shape: how many inventory rows each product has, and which share of the products QuickBooks lacks
     * (the sync creates them) and which share of the others it holds at another count (the sync adjusts them).
     * Shares are spread evenly over the products in id order ({@link #picks}).
     */
    enum Shape {
        /** Issue #5's tenants: 8 rows per product, 1 in 5 products to create, every second other one to adjust. */
        STANDARD(8, 1, 5, 1, 2),
        /**
         * Issue #15's 50,000-product tenant at 100,000 rows: 2 rows per product, 22,000 to create (11 in 25) and
         * 15,000 counts to set (15 in 28 of the other 28,000).
         */
        SPARSE(2, 11, 25, 15, 28);

        final int rowsPerProduct;
        private final int created;
        private final int ofProducts;
        private final int adjusted;
        private final int ofExisting;

        Shape(int rowsPerProduct, int created, int ofProducts, int adjusted, int ofExisting) {
            this.rowsPerProduct = rowsPerProduct;
            this.created = created;
            this.ofProducts = ofProducts;
            this.adjusted = adjusted;
            this.ofExisting = ofExisting;
        }

        /** Whether product number {@code index} (0-based, id order) is missing from QuickBooks. */
        boolean toCreate(int index) {
            return picks(index, created, ofProducts);
        }

        /** Whether existing item number {@code index} (0-based among those QuickBooks holds) has another count. */
        boolean toAdjust(int index) {
            return picks(index, adjusted, ofExisting);
        }

        /**
         * Picks {@code share} of every {@code of} indexes, evenly spread: index {@code i} is picked when
         * {@code (i + 1) * share / of} passes a whole number that {@code i * share / of} did not, so exactly
         * {@code floor(n * share / of)} of the first {@code n} indexes are picked, the last of each {@code of}.
         */
        static boolean picks(int index, int share, int of) {
            return (long) (index + 1) * share / of > (long) index * share / of;
        }
    }

    BenchSize {
        if (inventoryRows < ROWS_PER_TRANSFERRED_PO || inventoryRows % ROWS_PER_TRANSFERRED_PO != 0) {
            throw new IllegalArgumentException("benchmark sizes are positive multiples of " + ROWS_PER_TRANSFERRED_PO
                    + " inventory rows, not " + inventoryRows);
        }
    }

    /** The size with this many inventory rows over the 20 locations of issue #5. */
    static BenchSize ofRows(int rows) {
        return ofRows(rows, LOCATIONS, Shape.STANDARD);
    }

    /** The size with this many inventory rows over this many locations (at least a product's rows). */
    static BenchSize ofRows(int rows, int locations, Shape shape) {
        if (locations < shape.rowsPerProduct) {
            throw new IllegalArgumentException("a benchmark tenant needs at least " + shape.rowsPerProduct
                    + " locations, one per row of a product, not " + locations);
        }
        return new BenchSize(rows, rows / shape.rowsPerProduct, locations, rows / ROWS_PER_TRANSFERRED_PO,
                rows / ROWS_PER_RECEIPT_AFTER_TRANSFER, shape);
    }

    /**
     * A size as {@code -Dbench.sizes} lists it: the rows ({@code 400000} or {@code 400_000}), optionally followed by
     * {@code @} and the locations ({@code 1000000@8}: issue #15's tenant, 125,000 products over 8 locations), and
     * optionally by {@code :} and a shape ({@code 100000:sparse}: issue #15's 50,000-product tenant).
     */
    static BenchSize parse(String text) {
        String[] withShape = text.strip().replace("_", "").split(":", -1);
        if (withShape.length > 2) {
            throw new IllegalArgumentException("a benchmark size is ROWS[@LOCATIONS][:SHAPE], not '" + text + "'");
        }
        Shape shape = withShape.length == 1 ? Shape.STANDARD : shape(withShape[1], text);
        String[] parts = withShape[0].split("@", -1);
        if (parts.length > 2 || parts[0].isEmpty() || (parts.length == 2 && parts[1].isEmpty())) {
            throw new IllegalArgumentException("a benchmark size is ROWS[@LOCATIONS][:SHAPE], not '" + text + "'");
        }
        int rows = Integer.parseInt(parts[0]);
        return ofRows(rows, parts.length == 1 ? LOCATIONS : Integer.parseInt(parts[1]), shape);
    }

    private static Shape shape(String name, String text) {
        for (Shape shape : Shape.values()) {
            if (shape.name().equalsIgnoreCase(name)) {
                return shape;
            }
        }
        throw new IllegalArgumentException("unknown tenant shape '" + name + "' in '" + text + "' (standard, sparse)");
    }

    /** Whether this is one of issue #5's tenants over its 20 locations (the sizes its targets compare). */
    boolean issue5Tenant() {
        return shape == Shape.STANDARD && locations == LOCATIONS;
    }

    /** The generator of this tenant, its POs transferred at {@code transferTime}. */
    SandboxAutotaskSyntheticTenant generator(Instant transferTime) {
        return new SandboxAutotaskSyntheticTenant(products, locations, inventoryRows, transferredPurchaseOrders,
                receiptsAfterTransfer, transferTime);
    }

    /** The folder name of this size under target/bench/. */
    String label() {
        return "rows-" + inventoryRows + (locations == LOCATIONS ? "" : "-locations-" + locations)
                + (shape == Shape.STANDARD ? "" : "-" + shape.name().toLowerCase(Locale.ROOT));
    }

    /** How the report names this size: its rows, and its locations and shape when not issue #5's. */
    String title() {
        return String.format(Locale.ROOT, "%,d rows", inventoryRows) + apart();
    }

    /** The rows column of the report's table: the rows, and the locations and shape when not issue #5's. */
    String rowsCell() {
        return String.format(Locale.ROOT, "%,d", inventoryRows) + apart();
    }

    private String apart() {
        return (locations == LOCATIONS ? "" : String.format(Locale.ROOT, " over %d locations", locations))
                + (shape == Shape.STANDARD ? "" : String.format(Locale.ROOT, " (%s: %d per product)",
                        shape.name().toLowerCase(Locale.ROOT), shape.rowsPerProduct));
    }
}
