package io.atqb.autotask;

/** Names of the exchange properties the Autotask routes and beans share (the route files set only these). */
final class AutotaskExchangeKeys {

    /** The {@link AutotaskRequest} of the call in progress. */
    static final String REQUEST = "autotaskRequest";
    /** The zone URL the call in progress went to. */
    static final String BASE_URL = "autotaskBaseUrl";
    /** The entity whose call slot the exchange holds. */
    static final String PERMIT = "autotaskPermit";
    /** The {@link PullStats} of the pull in progress. */
    static final String STATS = "autotaskStats";
    /** The {@link SnapshotAccumulator} of the pull in progress. */
    static final String ACCUMULATOR = "autotaskAccumulator";
    /** The {@link PagedPull} of the query in progress. */
    static final String PAGED_PULL = "autotaskPagedPull";
    /** The {@link PurchaseOrderPull} of the purchase-order read in progress. */
    static final String PURCHASE_ORDER_PULL = "autotaskPurchaseOrderPull";
    /** The {@link ExternalPoNumberWrite} of the write-back in progress. */
    static final String WRITE = "autotaskWrite";
    /** The retry state of the call in progress. */
    static final String RETRY_STATE = "autotaskRetryState";

    private AutotaskExchangeKeys() {
    }
}
