package io.atqb.sync;

import io.atqb.history.SyncRunRepository;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/** The beans behind the reconcile route: the products to match, QuickBooks' items, and recording decisions. */
@Component("inventorySyncReconciler")
public class InventorySyncReconciler {

    private final SyncItemRepository items;
    private final QuickBooksPictureRepository picture;
    private final ItemLinkRepository links;
    private final SyncRunRepository runs;
    private final SyncOutcomes outcomes;
    private final Clock clock;

    public InventorySyncReconciler(SyncItemRepository items, QuickBooksPictureRepository picture,
                                   ItemLinkRepository links, SyncRunRepository runs, SyncOutcomes outcomes,
                                   Clock clock) {
        this.items = items;
        this.picture = picture;
        this.links = links;
        this.runs = runs;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /** The links (product id -> ListID) the run's connector kept from earlier runs, read once per reconcile. */
    public Map<Long, String> keptLinks(@Header(SyncRoutes.RUN_ID) long runId) {
        return links.links(runs.find(runId).orElseThrow().connectorId());
    }

    /** The run's products still to match, each carrying the ListID kept from earlier runs, if any. */
    public List<SyncItem> plannedProducts(@Header(SyncRoutes.RUN_ID) long runId,
                                          @ExchangeProperty(SyncRoutes.KEPT_LINKS) Map<Long, String> kept) {
        return items.findByState(runId, ItemState.PLANNED).stream()
                .map(item -> item.listId() == null && kept.containsKey(item.productId())
                        ? item.linked(kept.get(item.productId()), null) : item)
                .toList();
    }

    /** The QuickBooks inventory items read in this session. */
    public List<QuickBooksItem> quickbooksItems(@Header(SyncRoutes.RUN_ID) long runId) {
        return picture.load(runId);
    }

    /** Decides what each matched product needs and records it; products that are final get their history entry. */
    public int record(List<Reconciliation.Match> matches, @Header(SyncRoutes.RUN_ID) long runId,
                      @ExchangeProperty(SyncRoutes.KEPT_LINKS) Map<Long, String> kept) {
        List<SyncItem> decided = Reconciliation.decide(matches);
        outcomes.save(decided);
        long connectorId = runs.find(runId).orElseThrow().connectorId();
        Map<Long, String> changed = new HashMap<>();
        for (SyncItem item : decided) {
            if (item.listId() != null && !"FAILED".equals(item.outcome())
                    && !item.listId().equals(kept.get(item.productId()))) {
                changed.put(item.productId(), item.listId());
            }
        }
        links.save(connectorId, changed, clock.instant());
        return decided.size();
    }
}
