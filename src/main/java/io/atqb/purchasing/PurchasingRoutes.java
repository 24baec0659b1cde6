package io.atqb.purchasing;

/** Endpoints of the transfer's routes ({@code routes/purchasing-transfer*.camel.yaml}), in one place. */
public final class PurchasingRoutes {

    /** Body: a transfer job id. Reads the job's READY purchase orders from Autotask in the background. */
    public static final String LOAD = "purchasing-transfer-load";
    public static final String LOAD_ENDPOINT = "seda:" + LOAD;

    /** Body: a {@link WriteBack}. Writes the QuickBooks PO number to the Autotask PO in the background. */
    public static final String WRITE_BACK = "purchasing-transfer-write-back";
    public static final String WRITE_BACK_ENDPOINT = "seda:" + WRITE_BACK;

    private PurchasingRoutes() {
    }
}
