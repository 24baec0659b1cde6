package io.atqb.sync;

import io.atqb.qbxml.QbxmlRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one QuickBooks answer changes for the run: the products' new states (final ones get their history
 * entry), the requests to send next, the product -> ListID links to keep, and a QuickBooks item read again.
 *
 * @param refreshed the item as QuickBooks now has it, or null
 */
public record ResponseOutcome(List<SyncItem> items, List<QbxmlRequest> followUps, Map<Long, String> links,
                              QuickBooksItem refreshed) {

    public ResponseOutcome {
        items = List.copyOf(items);
        followUps = List.copyOf(followUps);
        links = Map.copyOf(links);
    }

    public static ResponseOutcome of(List<SyncItem> items) {
        return new ResponseOutcome(items, List.of(), Map.of(), null);
    }

    public static ResponseOutcome of(SyncItem item) {
        return of(List.of(item));
    }

    /** Nothing changes yet; these requests are sent next. */
    public static ResponseOutcome followedBy(List<? extends QbxmlRequest> requests) {
        return new ResponseOutcome(List.of(), List.copyOf(requests), Map.of(), null);
    }

    public ResponseOutcome andThen(QbxmlRequest request) {
        List<QbxmlRequest> more = new ArrayList<>(followUps);
        more.add(request);
        return new ResponseOutcome(items, more, links, refreshed);
    }

    public ResponseOutcome linking(long productId, String listId) {
        Map<Long, String> more = new HashMap<>(links);
        more.put(productId, listId);
        return new ResponseOutcome(items, followUps, more, refreshed);
    }

    public ResponseOutcome refreshing(QuickBooksItem item) {
        return new ResponseOutcome(items, followUps, links, item);
    }
}
