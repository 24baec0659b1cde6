package io.atqb.sandbox.quickbooks;

/** A qbXML reference ({@code ListID} and/or {@code FullName}); QuickBooks resolves the ListID first. */
record ListRef(String listId, String fullName) {

    boolean isEmpty() {
        return (listId == null || listId.isBlank()) && (fullName == null || fullName.isBlank());
    }

    /** The text QuickBooks quotes when the reference cannot be resolved. */
    String describe() {
        if (listId != null && !listId.isBlank()) {
            return listId;
        }
        return fullName == null ? "" : fullName;
    }
}
