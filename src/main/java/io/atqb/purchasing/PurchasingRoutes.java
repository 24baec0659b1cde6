package io.atqb.purchasing;

/** Endpoints of the transfer's routes ({@code routes/purchasing-transfer*.camel.yaml}), in one place. */
public final class PurchasingRoutes {

    /** Body: a transfer job id. Reads the job's READY purchase orders from Autotask in the background. */
    public static final String LOAD = "purchasing-transfer-load";
    public static final String LOAD_ENDPOINT = "seda:" + LOAD;

    /** Writes the queued QuickBooks PO numbers to the Autotask POs in the background (a timer). */
    public static final String WRITE_BACK = "purchasing-transfer-write-back";

    private PurchasingRoutes() {
    }
}
