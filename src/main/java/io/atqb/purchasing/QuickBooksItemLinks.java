package io.atqb.purchasing;

import java.time.Instant;
import java.util.Map;

/**
 * The kept Autotask product -> QuickBooks ListID links of a connector, shared with the complete inventory sync
 * (which implements this over its table), so an item matched or created by either is used by both.
 */
public interface QuickBooksItemLinks {

    Map<Long, String> links(long connectorId);

    /** Keeps these links (product id -> ListID), replacing older ones. */
    void save(long connectorId, Map<Long, String> links, Instant now);
}
