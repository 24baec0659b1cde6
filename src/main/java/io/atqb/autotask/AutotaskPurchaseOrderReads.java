package io.atqb.autotask;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

/**
 * The steps of the purchase-order read routes ({@code routes/autotask-purchase-orders.camel.yaml}): starts a read,
 * says what each entity query reads (a {@link PagedPull} whose rows go into the read's {@link PurchaseOrderPull})
 * and builds the results. Records read by id lists are asked for with as many ids per query as the API allows
 * ({@link AutotaskQuery#lookupAll}), and a full page that links no next page ends its query, so each entity costs
 * its full-page minimum of calls.
 */
@Component("autotaskPurchaseOrderReads")
public class AutotaskPurchaseOrderReads {

    private final AutotaskProperties properties;
    private final AutotaskPurchasingProperties purchasing;
    private final AutotaskPurchaseOrderStatuses statuses;
    private final Clock clock;

    public AutotaskPurchaseOrderReads(AutotaskProperties properties, AutotaskPurchasingProperties purchasing,
            AutotaskPurchaseOrderStatuses statuses, Clock clock) {
        this.properties = properties;
        this.purchasing = purchasing;
        this.statuses = statuses;
        this.clock = clock;
    }

    private void begin(Exchange exchange, Collection<Long> ids, PurchaseOrderCriteria criteria) {
        AutotaskCredentialsCheck.requireConfigured(properties);
        PullStats stats = new PullStats(clock);
        exchange.setProperty(AutotaskExchangeKeys.STATS, stats);
        exchange.setProperty(AutotaskExchangeKeys.PURCHASE_ORDER_PULL,
                new PurchaseOrderPull(clock.instant(), stats, ids, criteria, statuses));
    }

    /** Starts reading one PO (body: its id). */
    public void beginOne(@Body Long id, Exchange exchange) {
        begin(exchange, List.of(id), null);
    }

    /** Starts a search (body: the criteria, null = every PO). */
    public void beginSearch(@Body PurchaseOrderCriteria criteria, Exchange exchange) {
        begin(exchange, List.of(), criteria == null ? PurchaseOrderCriteria.any() : criteria);
    }

    /** Starts reading the transfer data of POs (body: their ids). */
    public void beginTransferData(@Body Collection<Long> ids, Exchange exchange) {
        begin(exchange, ids == null ? List.of() : ids, null);
    }

    /** False when no PO was asked for: then nothing is read at all. */
    public boolean hasRequestedIds(@ExchangeProperty(AutotaskExchangeKeys.PURCHASE_ORDER_PULL) PurchaseOrderPull pull) {
        return !pull.requestedIds().isEmpty();
    }

    private PagedPull pull(AutotaskQuery query, RowSink sink) {
        return new PagedPull(query, sink, properties.pageSize(), properties.maxPagesPerQuery(), true);
    }

    private AutotaskQuery byIds(String entity, List<String> fields, String field, Collection<Long> ids,
            List<AutotaskFilter> extra) {
        return AutotaskQuery.lookupAll(entity, fields, field, ids, properties.lookupBatchSize(),
                purchasing.maxInFiltersPerQuery(), extra);
    }

    // ---- one PO ----

    public AutotaskRequest purchaseOrderRequest(
            @ExchangeProperty(AutotaskExchangeKeys.PURCHASE_ORDER_PULL) PurchaseOrderPull pull) {
        return AutotaskRequest.getItem(PurchaseOrderPull.PURCHASE_ORDERS, pull.requestedIds().get(0),
                PurchaseOrderPull.PURCHASE_ORDER_FIELDS);
    }

    public void acceptPurchaseOrder(@Body AutotaskPage page,
            @ExchangeProperty(AutotaskExchangeKeys.PURCHASE_ORDER_PULL) PurchaseOrderPull pull) {
        page.rows().forEach(pull::acceptPurchaseOrder);
    }

    /** True when the PO was found and its vendor is to be read. */
    public boolean needsVendor(@ExchangeProperty(AutotaskExchangeKeys.PURCHASE_ORDER_PULL) PurchaseOrderPull pull) {
        return !pull.unknownVendorIds().isEmpty();
    }

    public AutotaskRequest vendorRequest(
            @ExchangeProperty(AutotaskExchangeKeys.PURCHASE_ORDER_PULL) PurchaseOrderPull pull) {
        return AutotaskRequest.getItem(PurchaseOrderPull.COMPANIES, pull.unknownVendorIds().iterator().next(),
                PurchaseOrderPull.COMPANY_FIELDS);
    }

    public void acceptVendor(@Body AutotaskPage page,
            @ExchangeProperty(AutotaskExchangeKeys.PURCHASE_ORDER_PULL) PurchaseOrderPull pull) {
        page.rows().forEach(pull::acceptVendor);
    }

    public Optional<AutotaskPurchaseOrder> onePurchaseOrder(
            @ExchangeProperty(AutotaskExchangeKeys.PURCHASE_ORDER_PULL) PurchaseOrderPull pull) {
        return Optional.ofNullable(pull.single());
    }

    // ---- search ----

    /** True when the search names a vendor: companies are matched by name first. */
    public boolean searchesVendor(@ExchangeProperty(AutotaskExchangeKeys.PURCHASE_ORDER_PULL) PurchaseOrderPull pull) {
        return hasText(pull.criteria().vendor());
    }

    public PagedPull vendorMatchesPull(
            @ExchangeProperty(AutotaskExchangeKeys.PURCHASE_ORDER_PULL) PurchaseOrderPull pull) {
        return pull(AutotaskQuery.all(PurchaseOrderPull.COMPANIES, PurchaseOrderPull.COMPANY_FIELDS,
                List.of(AutotaskFilter.contains("companyName", pull.criteria().vendor().strip()))),
                pull::acceptVendorMatch);
    }

    /**
     * False when the criteria cannot match any PO, so PurchaseOrders is not read: no company matched the vendor,
     * the id list is empty, or the tenant's picklist has no value for the status asked.
     */
    public boolean searchMayMatch(@ExchangeProperty(AutotaskExchangeKeys.PURCHASE_ORDER_PULL) PurchaseOrderPull pull) {
        PurchaseOrderCriteria criteria = pull.criteria();
        if (hasText(criteria.vendor()) && pull.vendorMatches().isEmpty()) {
            return false;
        }
        if (criteria.ids() != null && criteria.ids().isEmpty()) {
            return false;
        }
        return criteria.status() == null || criteria.status() == PurchaseOrderStatus.UNKNOWN
                || !statuses.values(criteria.status()).isEmpty();
    }

    public PagedPull searchPurchaseOrdersPull(
            @ExchangeProperty(AutotaskExchangeKeys.PURCHASE_ORDER_PULL) PurchaseOrderPull pull) {
        PurchaseOrderCriteria criteria = pull.criteria();
        List<AutotaskFilter> filters = new ArrayList<>();
        if (hasText(criteria.number())) {
            filters.add(AutotaskFilter.beginsWith("purchaseOrderNumber", criteria.number().strip()));
        }
        if (criteria.status() == PurchaseOrderStatus.UNKNOWN) {
            List<Long> known = statuses.knownValues();
            if (!known.isEmpty()) {
                filters.add(AutotaskFilter.notIn("status", known));
            }
        } else if (criteria.status() != null) {
            filters.add(AutotaskFilter.in("status", statuses.values(criteria.status())));
        }
        List<Long> vendors = pull.vendorMatches();
        int mostValues = properties.lookupBatchSize() * purchasing.maxInFiltersPerQuery();
        if (hasText(criteria.vendor()) && vendors.size() <= mostValues) {
            filters.add(AutotaskQuery.inAny("vendorID", vendors, properties.lookupBatchSize()));
        }
        AutotaskQuery query = criteria.ids() == null
                ? AutotaskQuery.all(PurchaseOrderPull.PURCHASE_ORDERS, PurchaseOrderPull.PURCHASE_ORDER_FIELDS,
                        filters)
                : byIds(PurchaseOrderPull.PURCHASE_ORDERS, PurchaseOrderPull.PURCHASE_ORDER_FIELDS, "id",
                        criteria.ids(), filters);
        return pull(query, pull::acceptPurchaseOrder);
    }

    // ---- transfer data (and the vendor names of a search) ----

    public PagedPull purchaseOrdersPull(
            @ExchangeProperty(AutotaskExchangeKeys.PURCHASE_ORDER_PULL) PurchaseOrderPull pull) {
        return pull(byIds(PurchaseOrderPull.PURCHASE_ORDERS, PurchaseOrderPull.PURCHASE_ORDER_FIELDS, "id",
                pull.requestedIds(), List.of()), pull::acceptPurchaseOrder);
    }

    /** The lines of the POs found. */
    public PagedPull linesPull(@ExchangeProperty(AutotaskExchangeKeys.PURCHASE_ORDER_PULL) PurchaseOrderPull pull) {
        return pull(byIds(PurchaseOrderPull.PURCHASE_ORDER_ITEMS, PurchaseOrderPull.ITEM_FIELDS, "orderID",
                pull.purchaseOrderIdsFound(), List.of()), pull::acceptLine);
    }

    /** The receipts on those lines (a save without change, quantity 0, is left out). */
    public PagedPull receiptsPull(@ExchangeProperty(AutotaskExchangeKeys.PURCHASE_ORDER_PULL) PurchaseOrderPull pull) {
        return pull(byIds(PurchaseOrderPull.RECEIVING, PurchaseOrderPull.RECEIVING_FIELDS, "purchaseOrderItemID",
                pull.lineIds(), List.of(AutotaskFilter.noteq("quantityNowReceiving", 0))), pull::acceptReceipt);
    }

    /** The vendor companies of the POs found whose names are not known yet. */
    public PagedPull vendorsPull(@ExchangeProperty(AutotaskExchangeKeys.PURCHASE_ORDER_PULL) PurchaseOrderPull pull) {
        return pull(byIds(PurchaseOrderPull.COMPANIES, PurchaseOrderPull.COMPANY_FIELDS, "id",
                pull.unknownVendorIds(), List.of()), pull::acceptVendor);
    }

    /** The products the lines name. */
    public PagedPull productsPull(@ExchangeProperty(AutotaskExchangeKeys.PURCHASE_ORDER_PULL) PurchaseOrderPull pull) {
        return pull(byIds(PurchaseOrderPull.PRODUCTS, PurchaseOrderPull.PRODUCT_FIELDS, "id", pull.productIds(),
                List.of()), pull::acceptProduct);
    }

    public PurchaseOrderSearchResult searchAnswer(
            @ExchangeProperty(AutotaskExchangeKeys.PURCHASE_ORDER_PULL) PurchaseOrderPull pull) {
        return new PurchaseOrderSearchResult(pull.searchResult(), pull.readAt(), false);
    }

    public List<PurchaseOrderDetail> transferData(
            @ExchangeProperty(AutotaskExchangeKeys.PURCHASE_ORDER_PULL) PurchaseOrderPull pull) {
        return pull.transferData();
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
