package io.atqb.sync;

/**
 * Ids, endpoints and exchange keys of the sync's routes ({@code routes/inventory-sync-*.camel.yaml}), in one place
 * for the Java beans, the callers and the tests. The route files spell the same names; the route tests fail when
 * the two drift apart.
 */
public final class SyncRoutes {

    /** Body: run id. Pulls the run's Autotask snapshot in the background, then plans the run. */
    public static final String LOAD = "inventory-sync-load";
    public static final String LOAD_ENDPOINT = "seda:" + LOAD;

    /** Timer: renews this instance's claims on pulls and queues the pulls no instance holds for {@link #LOAD}. */
    public static final String LOAD_LEASE = "inventory-sync-load-lease";

    /** Body: the run's AutotaskSnapshot, header {@link #RUN_ID} -> body: the number of products planned. */
    public static final String PLAN = "inventory-sync-plan";
    public static final String PLAN_ENDPOINT = "direct:" + PLAN;

    /** Body: run id -> the run's planned products matched to QuickBooks and decided (unchanged, create, adjust). */
    public static final String RECONCILE = "inventory-sync-reconcile";
    public static final String RECONCILE_ENDPOINT = "direct:" + RECONCILE;

    /** The reconcile route's enrich source: the QuickBooks inventory items read in this session. */
    public static final String QUICKBOOKS_ITEMS = "inventory-sync-quickbooks-items";
    public static final String QUICKBOOKS_ITEMS_ENDPOINT = "direct:" + QUICKBOOKS_ITEMS;

    /** The Quartz schedule: the route template's id and the id of the route made from it. */
    public static final String SCHEDULE = "inventory-sync-schedule";

    /** Header: the run the exchange is about. */
    public static final String RUN_ID = "atqbRunId";
    /** Header set by the plan route's filter on a ledger receipt received after its PO's transfer. */
    public static final String NOT_SYNCED = "atqbNotSynced";
    /** Exchange property: the connector's product -> ListID links as they were before this reconcile. */
    public static final String KEPT_LINKS = "atqbKeptLinks";

    /** Variable of the plan route: the run's AutotaskSnapshot. */
    public static final String SNAPSHOT = "snapshot";
    /** Variable of the plan route: the ledger receipts that are not synced. */
    public static final String NOT_SYNCED_RECEIPTS = "notSynced";
    /** Variable of the plan route: product id -> the quantity left out for not-synced receipts. */
    public static final String EXCLUDED_BY_PRODUCT = "excludedByProduct";
    /** Variable: per PO the service transferred, the receipts its transfers sent to QuickBooks. */
    public static final String SENT_RECEIPTS = "sentReceipts";

    /** Node ids in the routes, the places tests advise. */
    public static final String SPLIT_LEDGER_RECEIPTS = "split-ledger-receipts";
    public static final String FILTER_RECEIVED_AFTER_TRANSFER = "filter-received-after-transfer";
    public static final String AGGREGATE_ON_HAND = "aggregate-on-hand-per-product";
    public static final String ENRICH_WITH_QUICKBOOKS_ITEMS = "enrich-with-quickbooks-items";

    private SyncRoutes() {
    }
}
