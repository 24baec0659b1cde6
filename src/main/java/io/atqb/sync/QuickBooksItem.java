package io.atqb.sync;

import java.math.BigDecimal;

/** A QuickBooks inventory item as read in the current session. */
public record QuickBooksItem(String listId, String fullName, BigDecimal quantity, boolean active) {

    public String nameKey() {
        return QuickBooksNames.key(fullName);
    }
}
