package io.atqb.quickbooks;

import java.util.Locale;

/**
 * How a product name (Autotask's, for the sync and the purchase-order transfer alike) becomes a QuickBooks item
 * name, and how names compare.
 */
public final class QuickBooksNames {

    /** QuickBooks item names hold at most 31 characters. */
    public static final int MAX_LENGTH = 31;

    private QuickBooksNames() {
    }

    /** The product name as a QuickBooks item name: trimmed and cut to 31 characters. */
    public static String itemName(String productName) {
        String name = productName == null ? "" : productName.strip();
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH)).stripTrailing();
        }
        return name;
    }

    /** The key names are compared by: QuickBooks compares item names without regard to case. */
    public static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}
