package io.atqb.bench;

import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import java.math.BigDecimal;
import java.util.Map;

/**
 * How the benchmark seeds the QuickBooks company and what one complete sync must then report. The tenant's shape
 * ({@link BenchSize.Shape}) picks which products (in id order) are missing from QuickBooks (created by the sync; in
 * issue #5's tenants every fifth) and which of the others hold a different count ("adjusted"; every second one)
 * rather than exactly their target ("unchanged"); the others exist under the same name. A created item starts at 0,
 * so it also gets an adjustment line when its target is not 0, but its outcome stays "created".
 *
 * @param quickbooksItems    inventory items in QuickBooks before the sync
 * @param adjusted           existing items with another count
 * @param created            products missing from QuickBooks
 * @param unchanged          existing items already at their target
 * @param notSynced          receipts after their PO's transfer (history entries NOT_SYNCED)
 * @param adjustmentLines    InventoryAdjustmentAdd lines the sync must post: adjusted + created with a target above 0
 */
record SyncExpectations(int quickbooksItems, int adjusted, int created, int unchanged,
        int notSynced, int adjustmentLines) {

    static final String COMPANY_FILE = "C:\\Bench\\bench.qbw";
    private static final int DIFFERENCE = 3;

    /** Seeds {@code company} (with the standard accounts) for {@code tenant}; answers the expected outcome. */
    static SyncExpectations seed(BenchTenant tenant, SandboxCompanyFile company) {
        BenchSize.Shape shape = tenant.size().shape();
        int index = 0;
        int existing = 0;
        int adjusted = 0;
        int created = 0;
        int unchanged = 0;
        int createdNonZero = 0;
        for (Map.Entry<Long, Long> target : tenant.targets().entrySet()) {
            String name = tenant.productNames().get(target.getKey());
            if (shape.toCreate(index++)) {
                created++;
                createdNonZero += target.getValue() == 0 ? 0 : 1;
            } else if (!shape.toAdjust(existing++)) {
                company.addInventoryItem(name, BigDecimal.valueOf(target.getValue()), true);
                unchanged++;
            } else {
                company.addInventoryItem(name, BigDecimal.valueOf(target.getValue() + DIFFERENCE), true);
                adjusted++;
            }
        }
        return new SyncExpectations(existing, adjusted, created, unchanged, tenant.notSyncedReceipts(),
                adjusted + createdNonZero);
    }

    int failed() {
        return 0;
    }

    /** What closeConnection must answer. */
    String closeMessage() {
        return "Inventory sync: " + adjusted + " adjusted, " + created + " created, " + unchanged + " unchanged, "
                + notSynced + " not synced, " + failed() + " failed";
    }

    /** The run status the admin API must show: receipts not synced are errors. */
    String runStatus() {
        return notSynced > 0 ? "COMPLETED_WITH_ERRORS" : "SUCCEEDED";
    }

    /** Issue #5's bound: ceil(items / 1,000) for the query + ceil(creates / 500) + ceil(adjustments / 1,000) + 5. */
    long roundTripTarget() {
        return ceilDiv(quickbooksItems, 1_000) + ceilDiv(created, 500) + ceilDiv(adjustmentLines, 1_000) + 5;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
