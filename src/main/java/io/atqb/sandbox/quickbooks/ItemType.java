package io.atqb.sandbox.quickbooks;

/** The item types the sandbox company file holds, with the qbXML element that describes each. */
public enum ItemType {
    INVENTORY("ItemInventoryRet"),
    NON_INVENTORY("ItemNonInventoryRet"),
    SERVICE("ItemServiceRet");

    private final String retElement;

    ItemType(String retElement) {
        this.retElement = retElement;
    }

    /** The qbXML element name of this type's query result, e.g. {@code ItemInventoryRet}. */
    public String retElement() {
        return retElement;
    }
}
