package io.atqb.autotask;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, complete picture of Autotask inventory for one sync: locations (inactive ones too), products, the
 * on-hand quantity of each product per location, and the receipts on POs recorded as transferred. On-hand is stored
 * compactly (one location index and one quantity per product and location, in flat arrays), so memory grows with
 * products and their locations, not with objects per row. Whether a receipt came after its PO's transfer is left to
 * the caller ({@link #transferredPurchaseOrders()} says when each transfer was recorded).
 */
public final class AutotaskSnapshot {

    private final InventorySource inventorySource;
    private final Instant pulledAt;
    private final List<AutotaskLocation> locations;
    private final long[] locationIds;
    private final List<AutotaskProduct> products;
    private final long[] productIds;
    private final int[] stockStart;
    private final int[] stockLocation;
    private final long[] stockQuantity;
    private final List<LedgerReceipt> ledgerReceipts;
    private final Map<Long, Instant> transferredPurchaseOrders;
    private final Set<Long> missingLedgerPurchaseOrders;
    private final PullStatistics statistics;

    /**
     * @param locations     by ascending id
     * @param products      by ascending id
     * @param stockStart    per product (plus one at the end): where its entries start in the two stock arrays
     * @param stockLocation per entry: index into {@code locations}, ascending within each product
     * @param stockQuantity per entry: quantity on hand
     */
    AutotaskSnapshot(InventorySource inventorySource, Instant pulledAt, List<AutotaskLocation> locations,
            List<AutotaskProduct> products, int[] stockStart, int[] stockLocation, long[] stockQuantity,
            List<LedgerReceipt> ledgerReceipts, Map<Long, Instant> transferredPurchaseOrders,
            Set<Long> missingLedgerPurchaseOrders, PullStatistics statistics) {
        if (stockStart.length != products.size() + 1 || stockLocation.length != stockQuantity.length) {
            throw new IllegalArgumentException("inconsistent on-hand arrays");
        }
        this.inventorySource = inventorySource;
        this.pulledAt = pulledAt;
        this.locations = List.copyOf(locations);
        this.locationIds = this.locations.stream().mapToLong(AutotaskLocation::id).toArray();
        this.products = List.copyOf(products);
        this.productIds = this.products.stream().mapToLong(AutotaskProduct::id).toArray();
        this.stockStart = stockStart.clone();
        this.stockLocation = stockLocation.clone();
        this.stockQuantity = stockQuantity.clone();
        this.ledgerReceipts = List.copyOf(ledgerReceipts);
        this.transferredPurchaseOrders = Map.copyOf(transferredPurchaseOrders);
        this.missingLedgerPurchaseOrders = Set.copyOf(missingLedgerPurchaseOrders);
        this.statistics = statistics;
    }

    /** Where on-hand came from. */
    public InventorySource inventorySource() {
        return inventorySource;
    }

    /** When the pull finished. */
    public Instant pulledAt() {
        return pulledAt;
    }

    /** All inventory locations, active or not, by ascending id. */
    public List<AutotaskLocation> locations() {
        return locations;
    }

    public Optional<AutotaskLocation> location(long id) {
        int index = Arrays.binarySearch(locationIds, id);
        return index < 0 ? Optional.empty() : Optional.of(locations.get(index));
    }

    /** All products, active or not, by ascending id. */
    public List<AutotaskProduct> products() {
        return products;
    }

    public Optional<AutotaskProduct> product(long id) {
        int index = Arrays.binarySearch(productIds, id);
        return index < 0 ? Optional.empty() : Optional.of(products.get(index));
    }

    private int productIndex(long productId) {
        int index = Arrays.binarySearch(productIds, productId);
        if (index < 0) {
            throw new IllegalArgumentException("product " + productId + " is not in this Autotask snapshot");
        }
        return index;
    }

    /** On hand of a product per location id (locations without a row are absent), by ascending location id. */
    public Map<Long, Long> onHandByLocation(long productId) {
        int product = productIndex(productId);
        Map<Long, Long> byLocation = new LinkedHashMap<>();
        for (int entry = stockStart[product]; entry < stockStart[product + 1]; entry++) {
            byLocation.put(locationIds[stockLocation[entry]], stockQuantity[entry]);
        }
        return Collections.unmodifiableMap(byLocation);
    }

    /** On hand of a product summed over all locations, inactive ones included. */
    public long totalOnHand(long productId) {
        int product = productIndex(productId);
        long total = 0;
        for (int entry = stockStart[product]; entry < stockStart[product + 1]; entry++) {
            total += stockQuantity[entry];
        }
        return total;
    }

    /** Product and location pairs with an on-hand row. */
    public int onHandEntryCount() {
        return stockQuantity.length;
    }

    /** Receipts (quantity not 0) on POs recorded as transferred, by receiving id; see the class comment. */
    public List<LedgerReceipt> ledgerReceipts() {
        return ledgerReceipts;
    }

    /** The transferred-PO record the pull was asked with: PO id -> transfer time. */
    public Map<Long, Instant> transferredPurchaseOrders() {
        return transferredPurchaseOrders;
    }

    /** POs of the transferred-PO record that Autotask no longer has. */
    public Set<Long> missingLedgerPurchaseOrders() {
        return missingLedgerPurchaseOrders;
    }

    public PullStatistics statistics() {
        return statistics;
    }

    /** One line for the log. */
    public String summary() {
        return locations.size() + " locations, " + products.size() + " products, " + onHandEntryCount()
                + " on-hand entries from " + inventorySource + ", " + ledgerReceipts.size()
                + " receipts on transferred POs; " + statistics.calls() + " calls, " + statistics.retries()
                + " retries, " + statistics.elapsed().toMillis() + " ms";
    }

    @Override
    public String toString() {
        return "AutotaskSnapshot[" + summary() + "]";
    }
}
