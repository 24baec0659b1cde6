package io.atqb.autotask;

/**
 * Ids and endpoints of the Autotask routes and route configurations ({@code routes/autotask-*.camel.yaml}), shared
 * with tests and callers; the route files use exactly these (AutotaskRouteNamesTest).
 */
public final class AutotaskRouteIds {

    /** Body {@link SnapshotRequest} -> body {@link AutotaskSnapshot}, or an {@link AutotaskException}. */
    public static final String SNAPSHOT = "autotask-snapshot";
    public static final String SNAPSHOT_ENDPOINT = "direct:" + SNAPSHOT;


    /** Body PO id -> body {@code Optional<AutotaskPurchaseOrder>}, or an AutotaskException. */
    public static final String PURCHASE_ORDER = "autotask-purchase-order";
    public static final String PURCHASE_ORDER_ENDPOINT = "direct:" + PURCHASE_ORDER;
    /** Body {@link PurchaseOrderCriteria} -> body {@link PurchaseOrderSearchResult}, or an AutotaskException. */
    public static final String PURCHASE_ORDER_SEARCH = "autotask-purchase-order-search";
    public static final String PURCHASE_ORDER_SEARCH_ENDPOINT = "direct:" + PURCHASE_ORDER_SEARCH;
    /** Body {@code List<Long>} PO ids -> body {@code List<PurchaseOrderDetail>}, or an AutotaskException. */
    public static final String PURCHASE_ORDER_TRANSFER_DATA = "autotask-purchase-order-transfer-data";
    public static final String PURCHASE_ORDER_TRANSFER_DATA_ENDPOINT = "direct:" + PURCHASE_ORDER_TRANSFER_DATA;
    /** Body {@link ExternalPoNumberWrite} -> body {@link WriteBackResult}, or an AutotaskException. */
    public static final String PURCHASE_ORDER_WRITE_BACK = "autotask-purchase-order-write-back";
    public static final String PURCHASE_ORDER_WRITE_BACK_ENDPOINT = "direct:" + PURCHASE_ORDER_WRITE_BACK;
    public static final String PURCHASE_ORDER_STATUSES = "autotask-purchase-order-statuses";
    public static final String PURCHASE_ORDER_GET = "autotask-purchase-order-get";
    public static final String PURCHASE_ORDER_PATCH = "autotask-purchase-order-patch";
    public static final String PULL_PURCHASE_ORDER_RECEIPTS = "autotask-pull-purchase-order-receipts";
    public static final String PULL_PURCHASE_ORDER_VENDORS = "autotask-pull-purchase-order-vendors";
    public static final String PULL_PURCHASE_ORDER_PRODUCTS = "autotask-pull-purchase-order-products";

    public static final String CHECK_THRESHOLD = "autotask-check-threshold";
    public static final String PULL_LOCATIONS = "autotask-pull-locations";
    public static final String PULL_PRODUCTS = "autotask-pull-products";
    public static final String PULL_ON_HAND = "autotask-pull-on-hand";
    public static final String PULL_LEDGER_RECEIPTS = "autotask-pull-ledger-receipts";
    public static final String QUERY_PAGES = "autotask-query-pages";
    public static final String CALL = "autotask-call";
    public static final String DISCOVER_ZONE = "autotask-discover-zone";

    /** Route configuration of the routes that call {@link #CALL}: the retry policy, failures propagate. */
    public static final String CALL_RETRY_CONFIGURATION = "autotask-call-retry";
    /** Route configuration without an error handler: failures reach the calling route as they are. */
    public static final String PROPAGATE_CONFIGURATION = "autotask-propagate";

    private AutotaskRouteIds() {
    }
}
