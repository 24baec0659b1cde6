package io.atqb.sandbox.quickbooks;

/** How the company file is open, as reported in HostRet/QBFileMode. */
public enum FileMode {
    SINGLE_USER("SingleUser"),
    MULTI_USER("MultiUser");

    private final String qbxmlValue;

    FileMode(String qbxmlValue) {
        this.qbxmlValue = qbxmlValue;
    }

    /** The value QuickBooks writes in QBFileMode. */
    public String qbxmlValue() {
        return qbxmlValue;
    }
}
