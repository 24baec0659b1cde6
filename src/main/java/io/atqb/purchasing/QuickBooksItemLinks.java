package io.atqb.purchasing;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The kept Autotask product -> QuickBooks ListID links of a connector, shared with the complete inventory sync
 * (which implements this over its table), so an item matched or created by either is used by both.
 */
public interface QuickBooksItemLinks {

    Map<Long, String> links(long connectorId);

    /** The links of these products only (those without one are missing). */
    default Map<Long, String> links(long connectorId, Collection<Long> productIds) {
        Map<Long, String> all = links(connectorId);
        Map<Long, String> some = new HashMap<>();
        for (Long id : productIds) {
            if (all.containsKey(id)) {
                some.put(id, all.get(id));
            }
        }
        return some;
    }

    /** Keeps these links (product id -> ListID), replacing older ones. */
    void save(long connectorId, Map<Long, String> links, Instant now);
}
