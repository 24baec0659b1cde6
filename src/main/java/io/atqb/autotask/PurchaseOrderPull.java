package io.atqb.autotask;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Collects the rows of one purchase-order read (one PO, a search, or the transfer data of many POs) and builds the
 * results. Rows arrive from the paging loop, possibly from parallel branches reading different entities, so every
 * method locks.
 */
final class PurchaseOrderPull {

    static final String PURCHASE_ORDERS = "PurchaseOrders";
    static final String PURCHASE_ORDER_ITEMS = "PurchaseOrderItems";
    static final String RECEIVING = "PurchaseOrderItemReceiving";
    static final String COMPANIES = "Companies";
    static final String PRODUCTS = "Products";

    static final List<String> PURCHASE_ORDER_FIELDS = List.of("id", "purchaseOrderNumber", "status", "vendorID",
            "createDateTime", "submitDateTime", "externalPONumber", "generalMemo", "shipToName", "shipToAddress1",
            "shipToAddress2", "shipToCity", "shipToState", "shipToPostalCode");
    static final List<String> ITEM_FIELDS = List.of("id", "orderID", "productID", "inventoryLocationID", "quantity",
            "unitCost", "memo");
    static final List<String> RECEIVING_FIELDS = List.of("id", "purchaseOrderItemID", "quantityNowReceiving",
            "receiveDate");
    static final List<String> COMPANY_FIELDS = List.of("id", "companyName");
    static final List<String> PRODUCT_FIELDS = List.of("id", "name", "isActive");

    private final Instant readAt;
    private final PullStats stats;
    private final List<Long> requestedIds;
    private final PurchaseOrderCriteria criteria;
    private final AutotaskPurchaseOrderStatuses statuses;
    private final Map<Long, AutotaskPurchaseOrder> purchaseOrders = new TreeMap<>();
    private final Map<Long, AutotaskPurchaseOrderLine> lines = new TreeMap<>();
    private final Map<Long, AutotaskReceipt> receipts = new TreeMap<>();
    private final Map<Long, AutotaskVendor> vendors = new TreeMap<>();
    private final Map<Long, AutotaskProduct> products = new TreeMap<>();
    /** For a search by vendor name: the companies whose name matched (null = no vendor criterion). */
    private Set<Long> vendorMatches;

    /**
     * @param requestedIds the POs asked for, distinct, in the caller's order (empty for a search)
     * @param criteria     the search criteria, or null when POs are read by id
     */
    PurchaseOrderPull(Instant readAt, PullStats stats, Collection<Long> requestedIds, PurchaseOrderCriteria criteria,
            AutotaskPurchaseOrderStatuses statuses) {
        this.readAt = readAt;
        this.stats = stats;
        this.requestedIds = List.copyOf(new LinkedHashSet<>(requestedIds));
        this.criteria = criteria;
        this.statuses = statuses;
    }

    Instant readAt() {
        return readAt;
    }

    PullStats stats() {
        return stats;
    }

    List<Long> requestedIds() {
        return requestedIds;
    }

    PurchaseOrderCriteria criteria() {
        return criteria;
    }

    // ---- rows ----

    synchronized void acceptPurchaseOrder(AutotaskRow row) {
        ShipTo shipTo = new ShipTo(row.optionalString("shipToName"), row.optionalString("shipToAddress1"),
                row.optionalString("shipToAddress2"), row.optionalString("shipToCity"),
                row.optionalString("shipToState"), row.optionalString("shipToPostalCode"));
        purchaseOrders.put(row.id(), new AutotaskPurchaseOrder(row.id(), row.optionalString("purchaseOrderNumber"),
                statuses.status(row.optionalLong("status")), row.requiredLong("vendorID"), null,
                row.optionalInstant("createDateTime"), row.optionalInstant("submitDateTime"),
                row.optionalString("externalPONumber"), row.optionalString("generalMemo"), shipTo));
    }

    synchronized void acceptLine(AutotaskRow row) {
        long orderId = row.requiredLong("orderID");
        if (!purchaseOrders.containsKey(orderId)) {
            throw new AutotaskException("Autotask " + row.entity() + " " + row.id() + " belongs to PO " + orderId
                    + ", which was not asked for", row.entity(), row.id(), null);
        }
        BigDecimal unitCost = row.optionalDecimal("unitCost");
        lines.put(row.id(), new AutotaskPurchaseOrderLine(row.id(), orderId, row.requiredLong("productID"),
                row.optionalLong("inventoryLocationID"), row.requiredInt("quantity"),
                unitCost == null ? BigDecimal.ZERO : unitCost, row.optionalString("memo")));
    }

    synchronized void acceptReceipt(AutotaskRow row) {
        long itemId = row.requiredLong("purchaseOrderItemID");
        if (!lines.containsKey(itemId)) {
            throw new AutotaskException("Autotask " + row.entity() + " " + row.id() + " belongs to PO line "
                    + itemId + ", which was not asked for", row.entity(), row.id(), null);
        }
        int quantity = row.requiredInt("quantityNowReceiving");
        if (quantity != 0) {
            receipts.put(row.id(), new AutotaskReceipt(row.id(), itemId, quantity,
                    row.optionalInstant("receiveDate")));
        }
    }

    synchronized void acceptVendor(AutotaskRow row) {
        vendors.put(row.id(), new AutotaskVendor(row.id(), row.optionalString("companyName")));
    }

    /** A company whose name matched the vendor criterion of a search. */
    synchronized void acceptVendorMatch(AutotaskRow row) {
        acceptVendor(row);
        if (vendorMatches == null) {
            vendorMatches = new HashSet<>();
        }
        vendorMatches.add(row.id());
    }

    synchronized void acceptProduct(AutotaskRow row) {
        products.put(row.id(), new AutotaskProduct(row.id(), row.requiredString("name"),
                row.requiredBoolean("isActive")));
    }

    // ---- what to read next ----

    synchronized List<Long> purchaseOrderIdsFound() {
        return List.copyOf(purchaseOrders.keySet());
    }

    synchronized List<Long> lineIds() {
        return List.copyOf(lines.keySet());
    }

    /** Vendors of the POs found whose name is not known yet. */
    synchronized Set<Long> unknownVendorIds() {
        Set<Long> ids = new TreeSet<>();
        for (AutotaskPurchaseOrder po : purchaseOrders.values()) {
            if (!vendors.containsKey(po.vendorId())) {
                ids.add(po.vendorId());
            }
        }
        return ids;
    }

    synchronized Set<Long> productIds() {
        Set<Long> ids = new TreeSet<>();
        lines.values().forEach(line -> ids.add(line.productId()));
        return ids;
    }

    /** The companies that matched the vendor criterion, ascending; empty when none did. */
    synchronized List<Long> vendorMatches() {
        return vendorMatches == null ? List.of() : List.copyOf(new TreeSet<>(vendorMatches));
    }

    // ---- results ----

    private AutotaskPurchaseOrder withVendorName(AutotaskPurchaseOrder po) {
        AutotaskVendor vendor = vendors.get(po.vendorId());
        return vendor == null ? po : po.withVendorName(vendor.name());
    }

    /** The one PO asked for, vendor name filled, or null when Autotask has none. */
    synchronized AutotaskPurchaseOrder single() {
        return purchaseOrders.values().stream().findFirst().map(this::withVendorName).orElse(null);
    }

    /** The POs found in id order with vendor names; with a vendor criterion only those of a matching vendor. */
    synchronized List<AutotaskPurchaseOrder> searchResult() {
        List<AutotaskPurchaseOrder> found = new ArrayList<>();
        for (AutotaskPurchaseOrder po : purchaseOrders.values()) {
            if (vendorMatches == null || vendorMatches.contains(po.vendorId())) {
                found.add(withVendorName(po));
            }
        }
        return found;
    }

    /** Per PO asked for and found, in the order asked: the header, vendor, lines, receipts and products. */
    synchronized List<PurchaseOrderDetail> transferData() {
        Map<Long, List<AutotaskPurchaseOrderLine>> linesByOrder = new TreeMap<>();
        Map<Long, Long> orderOfLine = new TreeMap<>();
        for (AutotaskPurchaseOrderLine line : lines.values()) {
            linesByOrder.computeIfAbsent(line.purchaseOrderId(), id -> new ArrayList<>()).add(line);
            orderOfLine.put(line.id(), line.purchaseOrderId());
        }
        Map<Long, List<AutotaskReceipt>> receiptsByOrder = new TreeMap<>();
        for (AutotaskReceipt receipt : receipts.values()) {
            receiptsByOrder.computeIfAbsent(orderOfLine.get(receipt.purchaseOrderItemId()), id -> new ArrayList<>())
                    .add(receipt);
        }
        List<PurchaseOrderDetail> details = new ArrayList<>();
        for (Long id : requestedIds) {
            AutotaskPurchaseOrder po = purchaseOrders.get(id);
            if (po == null) {
                continue;
            }
            List<AutotaskPurchaseOrderLine> poLines = linesByOrder.getOrDefault(id, List.of());
            Map<Long, AutotaskProduct> poProducts = new TreeMap<>();
            for (AutotaskPurchaseOrderLine line : poLines) {
                AutotaskProduct product = products.get(line.productId());
                if (product != null) {
                    poProducts.put(product.id(), product);
                }
            }
            details.add(new PurchaseOrderDetail(withVendorName(po), vendors.get(po.vendorId()), poLines,
                    receiptsByOrder.getOrDefault(id, List.of()), poProducts));
        }
        return details;
    }
}
