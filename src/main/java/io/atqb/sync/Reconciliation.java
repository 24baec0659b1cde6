package io.atqb.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches a run's products to the QuickBooks inventory items read in this session (the enrich step) and
 * decides what each product needs. Plain logic, used by the reconcile route.
 */
public final class Reconciliation {

    private Reconciliation() {
    }

    /** A product and the QuickBooks item it matched, if any (by its kept ListID, else by name). */
    public record Match(SyncItem item, QuickBooksItem quickbooks, String problem) {
    }

    /**
     * Links each product to a QuickBooks inventory item: the ListID kept from earlier, else the item whose
     * full name equals the product's QuickBooks name without regard to case. One QuickBooks item never serves
     * two products.
     */
    public static List<Match> match(List<SyncItem> products, List<QuickBooksItem> quickbooks) {
        Map<String, QuickBooksItem> byListId = new HashMap<>();
        Map<String, QuickBooksItem> byName = new HashMap<>();
        for (QuickBooksItem item : quickbooks) {
            byListId.put(item.listId(), item);
            byName.putIfAbsent(item.nameKey(), item);
        }
        Map<String, SyncItem> taken = new HashMap<>();
        List<Match> matches = new ArrayList<>(products.size());
        for (SyncItem product : products) {
            QuickBooksItem match = product.listId() != null ? byListId.get(product.listId()) : null;
            if (match == null) {
                match = byName.get(product.nameKey());
            }
            if (match != null && taken.containsKey(match.listId())) {
                SyncItem other = taken.get(match.listId());
                matches.add(new Match(product, null, "QuickBooks item \"" + match.fullName()
                        + "\" is already linked to Autotask product " + other.productId() + " (\""
                        + other.productName() + "\")"));
                continue;
            }
            if (match != null) {
                taken.put(match.listId(), product);
            }
            matches.add(new Match(product, match, null));
        }
        return matches;
    }

    /** What each matched product needs: final (unchanged, or already set earlier), an adjustment, or a new item. */
    public static List<SyncItem> decide(List<Match> matches) {
        List<SyncItem> decided = new ArrayList<>(matches.size());
        for (Match match : matches) {
            SyncItem item = match.item();
            if (match.problem() != null) {
                decided.add(item.done("FAILED", match.problem()));
            } else if (match.quickbooks() != null) {
                QuickBooksItem qb = match.quickbooks();
                SyncItem linked = item.linked(qb.listId(), qb.quantity());
                boolean equal = qb.quantity() != null && qb.quantity().compareTo(item.targetQuantity()) == 0;
                decided.add(equal ? linked.done(finalOutcome(linked), null) : linked.withState(ItemState.NEEDS_ADJUST));
            } else {
                decided.add(item.withState(ItemState.NEEDS_CREATE));
            }
        }
        return decided;
    }

    /** The outcome of a product whose QuickBooks count now equals Autotask's. */
    static String finalOutcome(SyncItem item) {
        if (item.createSent()) {
            return "CREATED";
        }
        return item.adjustSent() ? "ADJUSTED" : "UNCHANGED";
    }
}
