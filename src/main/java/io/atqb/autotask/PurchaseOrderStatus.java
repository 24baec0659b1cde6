package io.atqb.autotask;

/**
 * The status of an Autotask purchase order. Autotask keeps it as a picklist whose numeric values differ per tenant,
 * so the status is mapped from the picklist label; a label not in this list is {@link #UNKNOWN}.
 */
public enum PurchaseOrderStatus {
    NEW("New"),
    SUBMITTED("Submitted"),
    RECEIVED_PARTIAL("Received Partial"),
    RECEIVED_FULL("Received Full"),
    CANCELED("Canceled"),
    UNKNOWN(null);

    private final String label;

    PurchaseOrderStatus(String label) {
        this.label = label;
    }

    /** The picklist label Autotask shows for this status, or null for {@link #UNKNOWN}. */
    public String label() {
        return label;
    }

    /** The status whose label equals {@code label} without regard to case or surrounding blanks; else UNKNOWN. */
    public static PurchaseOrderStatus fromLabel(String label) {
        if (label == null) {
            return UNKNOWN;
        }
        String wanted = label.strip();
        for (PurchaseOrderStatus status : values()) {
            if (status.label != null && status.label.equalsIgnoreCase(wanted)) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
