package io.atqb.qbxml;

/** The {@code ActiveStatus} list filter; QuickBooks defaults to active items only when it is omitted. */
public enum ActiveStatus {
    ACTIVE_ONLY("ActiveOnly"),
    INACTIVE_ONLY("InactiveOnly"),
    ALL("All");

    private final String elementValue;

    ActiveStatus(String elementValue) {
        this.elementValue = elementValue;
    }

    public String elementValue() {
        return elementValue;
    }
}
