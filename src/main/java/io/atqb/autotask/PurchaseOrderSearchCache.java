package io.atqb.autotask;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recent search answers by criteria. An answer read at {@code readAt} is served until {@code readAt + ttl}
 * (exclusive): at that instant and after, the search reads Autotask again. Bounded: the least recently used answer
 * goes first. Thread-safe.
 */
final class PurchaseOrderSearchCache {

    private final Duration ttl;
    private final Map<PurchaseOrderCriteria, PurchaseOrderSearchResult> answers;

    PurchaseOrderSearchCache(Duration ttl, int maxEntries) {
        this.ttl = ttl;
        this.answers = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<PurchaseOrderCriteria, PurchaseOrderSearchResult> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** True while an answer read at {@code readAt} may still be served at {@code now}. */
    boolean fresh(Instant readAt, Instant now) {
        return now.isBefore(readAt.plus(ttl));
    }

    /** The kept answer, marked as coming from the cache, when it is still fresh at {@code now}; else null. */
    synchronized PurchaseOrderSearchResult lookup(PurchaseOrderCriteria criteria, Instant now) {
        PurchaseOrderSearchResult kept = answers.get(criteria);
        if (kept == null) {
            return null;
        }
        if (!fresh(kept.readAt(), now)) {
            answers.remove(criteria);
            return null;
        }
        return new PurchaseOrderSearchResult(kept.purchaseOrders(), kept.readAt(), true);
    }

    synchronized void keep(PurchaseOrderCriteria criteria, PurchaseOrderSearchResult result) {
        if (!ttl.isZero()) {
            answers.put(criteria, result);
        }
    }

    /** Forgets every answer (after a write changed what they show). */
    synchronized void clear() {
        answers.clear();
    }
}
