package io.atqb.sync;

import io.atqb.qbxml.ItemInventoryRet;
import io.atqb.quickbooks.QuickBooksNames;
import java.math.BigDecimal;

/** A QuickBooks inventory item as read in the current session. */
public record QuickBooksItem(String listId, String fullName, BigDecimal quantity, boolean active) {

    /** The item as QuickBooks returned it (FullName, else Name). */
    public static QuickBooksItem of(ItemInventoryRet ret) {
        return new QuickBooksItem(ret.listId(), ret.fullName() != null ? ret.fullName() : ret.name(),
                ret.quantityOnHand(), ret.active());
    }

    public String nameKey() {
        return QuickBooksNames.key(fullName);
    }
}
