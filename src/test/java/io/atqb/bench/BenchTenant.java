package io.atqb.bench;

import io.atqb.sandbox.autotask.SandboxAutotaskSyntheticTenant;
import io.atqb.sandbox.autotask.SandboxEntityTable;
import io.atqb.sandbox.autotask.SandboxTenant;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A generated Autotask tenant and what the complete sync must make of it, read back from the tenant's own tables:
 * each product's target (its on hand summed over all locations, less its receipts after their PO's transfer, never
 * below 0) and the receipts that are therefore not synced.
 *
 * @param size                      the size it was generated for
 * @param tenant                    the Autotask data the sandbox serves
 * @param transferredPurchaseOrders PO id -> recorded transfer time (what the benchmark PUTs into the ledger)
 * @param productNames              product id -> name, in id order
 * @param targets                   product id -> the QuickBooks count the sync must reach (products with rows only)
 * @param notSyncedReceipts         receipts on transferred POs after the transfer with a quantity other than 0
 */
record BenchTenant(BenchSize size, SandboxTenant tenant, Map<Long, Instant> transferredPurchaseOrders,
        Map<Long, String> productNames, Map<Long, Long> targets, int notSyncedReceipts) {

    /** Generates the tenant of {@code size}, its POs transferred at {@code transferTime}. */
    static BenchTenant generate(BenchSize size, Instant transferTime) {
        SandboxAutotaskSyntheticTenant.Generated generated = size.generator(transferTime).generate();
        SandboxTenant tenant = generated.tenant();
        Map<Long, String> names = productNames(tenant.table("Products"));
        Map<Long, Long> onHand = onHandByProduct(tenant.table("InventoryItems"));
        Map<Long, Long> excluded = new HashMap<>();
        int notSynced = excludedReceipts(tenant, generated.transferredPurchaseOrders(), excluded);
        Map<Long, Long> targets = new LinkedHashMap<>();
        for (Long productId : names.keySet()) {
            Long total = onHand.get(productId);
            if (total != null) {
                targets.put(productId, Math.max(0, total - excluded.getOrDefault(productId, 0L)));
            }
        }
        return new BenchTenant(size, tenant, generated.transferredPurchaseOrders(), names, targets, notSynced);
    }

    private static Map<Long, String> productNames(SandboxEntityTable products) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (int row = 0; row < products.rowCount(); row++) {
            names.put(products.idAt(row), (String) products.value(row, "name"));
        }
        return names;
    }

    private static Map<Long, Long> onHandByProduct(SandboxEntityTable items) {
        Map<Long, Long> onHand = new HashMap<>();
        for (int row = 0; row < items.rowCount(); row++) {
            long productId = (Long) items.value(row, "productID");
            int quantity = (Integer) items.value(row, "quantityOnHand");
            onHand.merge(productId, (long) quantity, Long::sum);
        }
        return onHand;
    }

    /** Sums the receipts after their PO's transfer per product into {@code excluded}; answers how many there are. */
    private static int excludedReceipts(SandboxTenant tenant, Map<Long, Instant> transfers,
            Map<Long, Long> excluded) {
        SandboxEntityTable items = tenant.table("PurchaseOrderItems");
        SandboxEntityTable receipts = tenant.table("PurchaseOrderItemReceiving");
        int count = 0;
        for (int row = 0; row < receipts.rowCount(); row++) {
            int quantity = (Integer) receipts.value(row, "quantityNowReceiving");
            int itemRow = items.rowOf((Long) receipts.value(row, "purchaseOrderItemID"));
            if (quantity == 0 || itemRow < 0) {
                continue;
            }
            Instant transferredAt = transfers.get((Long) items.value(itemRow, "orderID"));
            Instant received = (Instant) receipts.value(row, "receiveDate");
            if (transferredAt != null && received.isAfter(transferredAt)) {
                excluded.merge((Long) items.value(itemRow, "productID"), (long) quantity, Long::sum);
                count++;
            }
        }
        return count;
    }

    /** The target of the product with this name. */
    long target(long productId) {
        Long target = targets.get(productId);
        if (target == null) {
            throw new IllegalArgumentException("product " + productId + " has no inventory rows");
        }
        return target;
    }
}
