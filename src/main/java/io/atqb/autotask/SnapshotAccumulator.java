package io.atqb.autotask;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Collects the rows of one pull into per-product aggregates while the pages stream in, then builds the immutable
 * {@link AutotaskSnapshot}. Locations and products are read first; on-hand rows and PO lines are checked against them
 * as they arrive (a row naming an unknown product or location fails the pull with the entity and row id). Each part is
 * filled by one route branch; parts lock themselves, so parallel branches are safe.
 */
final class SnapshotAccumulator {

    static final List<String> LOCATION_FIELDS = List.of("id", "locationName", "isActive");
    static final List<String> PRODUCT_FIELDS = List.of("id", "name", "isActive");
    static final List<String> PURCHASE_ORDER_FIELDS = List.of("id", "purchaseOrderNumber");
    static final List<String> PURCHASE_ORDER_ITEM_FIELDS = List.of("id", "orderID", "productID",
            "inventoryLocationID");
    static final List<String> RECEIVING_FIELDS = List.of("id", "purchaseOrderItemID", "quantityNowReceiving",
            "receiveDate");
    static final String LOCATIONS = "InventoryLocations";
    static final String PRODUCTS = "Products";
    static final String PURCHASE_ORDERS = "PurchaseOrders";
    static final String PURCHASE_ORDER_ITEMS = "PurchaseOrderItems";
    static final String RECEIVING = "PurchaseOrderItemReceiving";

    private final SnapshotRequest request;
    private final InventorySource source;
    private final PullStats stats;
    private final boolean checkReferences;
    private final Map<Long, AutotaskLocation> locations = new ConcurrentHashMap<>();
    private final Map<Long, AutotaskProduct> products = new ConcurrentHashMap<>();
    private final Stock stock = new Stock();
    private final Ledger ledger = new Ledger();
    private volatile long[] sortedLocationIds;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    /**
     * @param checkReferences false for a ledger-only pull, which reads no products or locations to check against
     */
    SnapshotAccumulator(SnapshotRequest request, InventorySource source, PullStats stats, boolean checkReferences) {
        this.request = request;
        this.source = source;
        this.stats = stats;
        this.checkReferences = checkReferences;
    }

    SnapshotRequest request() {
        return request;
    }

    /** Marks the pull as failed; the first failure is kept. Other branches stop at their next page. */
    void abort(Throwable cause) {
        failure.compareAndSet(null, cause);
    }

    boolean aborted() {
        return failure.get() != null;
    }

    /** The failure that aborted the pull, or null. */
    Throwable firstFailure() {
        return failure.get();
    }

    InventorySource source() {
        return source;
    }

    PullStats stats() {
        return stats;
    }

    List<String> onHandFields() {
        return List.of("id", "productID", "inventoryLocationID", source.onHandField());
    }

    void acceptLocation(AutotaskRow row) {
        locations.put(row.id(), new AutotaskLocation(row.id(), row.requiredString("locationName"),
                row.requiredBoolean("isActive")));
    }

    void acceptProduct(AutotaskRow row) {
        products.put(row.id(), new AutotaskProduct(row.id(), row.requiredString("name"),
                row.requiredBoolean("isActive")));
    }

    /** Fixes the location order once locations and products are complete (called before on-hand and PO lines). */
    synchronized void referencesComplete() {
        if (sortedLocationIds == null) {
            sortedLocationIds = locations.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        }
    }

    private int locationIndex(AutotaskRow row, String field, long locationId) {
        long[] ids = sortedLocationIds;
        if (ids == null) {
            throw new IllegalStateException("locations are not complete yet");
        }
        int index = Arrays.binarySearch(ids, locationId);
        if (index < 0) {
            throw unknownReference(row, field, "inventory location", locationId, ids.length + " locations");
        }
        return index;
    }

    private void requireProduct(AutotaskRow row, String field, long productId) {
        if (!products.containsKey(productId)) {
            throw unknownReference(row, field, "product", productId, products.size() + " products");
        }
    }

    private static AutotaskException unknownReference(AutotaskRow row, String field, String what, long id,
            String among) {
        return new AutotaskException("Autotask " + row.entity() + " " + row.id() + " references unknown " + what
                + " " + id + " (" + field + "; not among the " + among + " read)", row.entity(), row.id(), null);
    }

    void acceptOnHand(AutotaskRow row) {
        long productId = row.requiredLong("productID");
        long locationId = row.requiredLong("inventoryLocationID");
        int quantity = row.requiredInt(source.onHandField());
        requireProduct(row, "productID", productId);
        int location = locationIndex(row, "inventoryLocationID", locationId);
        stock.add(productId, location, quantity);
    }

    void acceptLedgerPurchaseOrder(AutotaskRow row) {
        ledger.purchaseOrder(row.id(), row.optionalString("purchaseOrderNumber"));
    }

    void acceptLedgerItem(AutotaskRow row) {
        long orderId = row.requiredLong("orderID");
        long productId = row.requiredLong("productID");
        Long locationId = row.optionalLong("inventoryLocationID");
        if (!request.transferredPurchaseOrders().containsKey(orderId)) {
            throw new AutotaskException("Autotask " + row.entity() + " " + row.id() + " belongs to PO " + orderId
                    + ", which was not asked for", row.entity(), row.id(), null);
        }
        if (checkReferences) {
            requireProduct(row, "productID", productId);
            if (locationId != null) {
                locationIndex(row, "inventoryLocationID", locationId);
            }
        }
        ledger.item(row.id(), orderId, productId, locationId);
    }

    void acceptLedgerReceiving(AutotaskRow row) {
        long itemId = row.requiredLong("purchaseOrderItemID");
        int quantity = row.requiredInt("quantityNowReceiving");
        Instant receiveDate = row.requiredInstant("receiveDate");
        if (quantity != 0) {
            ledger.receipt(row, itemId, quantity, receiveDate);
        }
    }

    /** PO ids of the transferred-PO record, ascending. */
    List<Long> ledgerPurchaseOrderIds() {
        return List.copyOf(new TreeSet<>(request.transferredPurchaseOrders().keySet()));
    }

    List<Long> ledgerPurchaseOrdersFound() {
        return ledger.purchaseOrderIds();
    }

    List<Long> ledgerItemIds() {
        return ledger.itemIds();
    }

    /**
     * The earliest transfer among the POs of these PO lines: the receipts are read from then on; from the start
     * when one of the POs has every receipt read.
     */
    Instant earliestTransferOfItems(Collection<Long> itemIds) {
        Collection<Long> orders = ledger.orderIdsOf(itemIds);
        if (orders.stream().anyMatch(request.everyReceiptOf()::contains)) {
            return Instant.EPOCH;
        }
        return orders.stream()
                .map(orderId -> request.transferredPurchaseOrders().get(orderId))
                .min(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalStateException("no ledger PO for lines " + itemIds));
    }

    /** Builds the snapshot; refuses when any part of the pull failed, so a partial snapshot never exists. */
    AutotaskSnapshot build(Clock clock) {
        Throwable failed = failure.get();
        if (failed != null) {
            throw AutotaskFailures.unwrap(failed);
        }
        List<AutotaskLocation> sortedLocations = new ArrayList<>(new TreeMap<>(locations).values());
        List<AutotaskProduct> sortedProducts = new ArrayList<>(new TreeMap<>(products).values());
        int[] start = new int[sortedProducts.size() + 1];
        int entries = stock.entries();
        int[] locationIndexes = new int[entries];
        long[] quantities = new long[entries];
        int at = 0;
        for (int p = 0; p < sortedProducts.size(); p++) {
            start[p] = at;
            at = stock.copyTo(sortedProducts.get(p).id(), locationIndexes, quantities, at);
        }
        start[sortedProducts.size()] = at;
        Set<Long> missing = new TreeSet<>(request.transferredPurchaseOrders().keySet());
        // one lookup in the set per PO found (Set.removeAll with a list as long looks each id up in the list)
        ledger.purchaseOrderIds().forEach(missing::remove);
        return new AutotaskSnapshot(source, clock.instant(), sortedLocations, sortedProducts, start, locationIndexes,
                quantities, ledger.receipts(), request.transferredPurchaseOrders(), missing, stats.statistics());
    }

    /** On-hand per product: small arrays of (location index, quantity), merged when a pair repeats. */
    private static final class Stock {
        private final Map<Long, ProductStock> byProduct = new HashMap<>();
        private int entries;

        synchronized void add(long productId, int location, long quantity) {
            ProductStock product = byProduct.computeIfAbsent(productId, id -> new ProductStock());
            if (product.add(location, quantity)) {
                entries++;
            }
        }

        synchronized int entries() {
            return entries;
        }

        /** Copies a product's entries sorted by location; returns the next free position. */
        synchronized int copyTo(long productId, int[] locations, long[] quantities, int at) {
            ProductStock product = byProduct.get(productId);
            if (product == null) {
                return at;
            }
            return product.copySorted(locations, quantities, at);
        }
    }

    private static final class ProductStock {
        private int[] locations = new int[2];
        private long[] quantities = new long[2];
        private int size;

        /** Adds a quantity; true when the location is new for this product. */
        boolean add(int location, long quantity) {
            for (int i = 0; i < size; i++) {
                if (locations[i] == location) {
                    quantities[i] += quantity;
                    return false;
                }
            }
            if (size == locations.length) {
                locations = Arrays.copyOf(locations, size * 2);
                quantities = Arrays.copyOf(quantities, size * 2);
            }
            locations[size] = location;
            quantities[size] = quantity;
            size++;
            return true;
        }

        int copySorted(int[] targetLocations, long[] targetQuantities, int at) {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingInt(i -> locations[i]));
            for (Integer i : order) {
                targetLocations[at] = locations[i];
                targetQuantities[at] = quantities[i];
                at++;
            }
            return at;
        }
    }

    /** The ledger POs found, their lines and the receipts on them. */
    private static final class Ledger {
        private record Item(long orderId, long productId, Long locationId) {
        }

        private final Map<Long, String> numbers = new TreeMap<>();
        private final Map<Long, Item> items = new TreeMap<>();
        private final Map<Long, LedgerReceipt> receipts = new TreeMap<>();

        synchronized void purchaseOrder(long id, String number) {
            numbers.put(id, number);
        }

        synchronized void item(long id, long orderId, long productId, Long locationId) {
            items.put(id, new Item(orderId, productId, locationId));
        }

        synchronized void receipt(AutotaskRow row, long itemId, int quantity, Instant receiveDate) {
            Item item = items.get(itemId);
            if (item == null) {
                throw new AutotaskException("Autotask " + row.entity() + " " + row.id()
                        + " belongs to PO line " + itemId + ", which is not on a transferred PO", row.entity(),
                        row.id(), null);
            }
            receipts.put(row.id(), new LedgerReceipt(row.id(), item.orderId(), numbers.get(item.orderId()), itemId,
                    item.productId(), item.locationId(), quantity, receiveDate));
        }

        synchronized List<Long> purchaseOrderIds() {
            return List.copyOf(numbers.keySet());
        }

        synchronized String number(long purchaseOrderId) {
            return numbers.get(purchaseOrderId);
        }

        synchronized List<Long> itemIds() {
            return List.copyOf(items.keySet());
        }

        synchronized Set<Long> orderIdsOf(Collection<Long> itemIds) {
            Set<Long> orders = new TreeSet<>();
            for (Long itemId : itemIds) {
                Item item = items.get(itemId);
                if (item != null) {
                    orders.add(item.orderId());
                }
            }
            return orders;
        }

        synchronized List<LedgerReceipt> receipts() {
            return List.copyOf(receipts.values());
        }
    }
}
