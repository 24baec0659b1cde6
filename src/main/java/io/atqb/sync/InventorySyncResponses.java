package io.atqb.sync;

import io.atqb.history.SyncRunRepository;
import io.atqb.qbwc.RequestQueue;
import io.atqb.qbxml.InventoryAdjustmentAddRq;
import io.atqb.qbxml.InventoryAdjustmentAddRs;
import io.atqb.qbxml.ItemInventoryAddRq;
import io.atqb.qbxml.ItemInventoryAddRs;
import io.atqb.qbxml.ItemInventoryQueryRq;
import io.atqb.qbxml.ItemInventoryQueryRs;
import io.atqb.qbxml.ItemQueryRq;
import io.atqb.qbxml.ItemQueryRs;
import io.atqb.qbxml.QbxmlRequest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * QuickBooks' answers to the sync's writes, one method per kind: finds the run's products an answer is
 * about, asks {@link QuickBooksResponseRules} what it means, and applies that (item states and history,
 * kept links, the QuickBooks picture, follow-up requests).
 */
@Component
public class InventorySyncResponses {

    private static final Logger LOG = LoggerFactory.getLogger(InventorySyncResponses.class);

    private final SyncItemRepository items;
    private final QuickBooksResponseRules rules;
    private final SyncOutcomes outcomes;
    private final ItemLinkRepository links;
    private final QuickBooksPictureRepository picture;
    private final SyncRunRepository runs;
    private final Clock clock;

    public InventorySyncResponses(SyncItemRepository items, QuickBooksResponseRules rules, SyncOutcomes outcomes,
                                  ItemLinkRepository links, QuickBooksPictureRepository picture,
                                  SyncRunRepository runs, Clock clock) {
        this.items = items;
        this.rules = rules;
        this.outcomes = outcomes;
        this.links = links;
        this.picture = picture;
        this.runs = runs;
        this.clock = clock;
    }

    /** ItemInventoryAdd answered. */
    public void created(long runId, ItemInventoryAddRq request, ItemInventoryAddRs rs, RequestQueue queue) {
        Optional<SyncItem> item = items.findByName(runId, request.name());
        if (item.isEmpty()) {
            LOG.warn("Inventory sync run {}: no product for created item \"{}\"", runId, request.name());
            return;
        }
        apply(runId, rules.created(item.get(), rs), queue);
    }

    /** ItemQuery by name answered (after a 3100). */
    public void nameInspected(long runId, ItemQueryRq request, ItemQueryRs rs, RequestQueue queue) {
        items.findByName(runId, request.fullNames().get(0))
                .ifPresent(item -> apply(runId, rules.nameInspected(item, rs), queue));
    }

    /** ItemInventoryQuery by ListID answered (a linked holder of a name read again). */
    public void itemRefreshed(long runId, ItemInventoryQueryRq request, ItemInventoryQueryRs rs, RequestQueue queue) {
        if (request.listIds().isEmpty()) {
            return;
        }
        String listId = request.listIds().get(0);
        items.findByListId(runId, listId).ifPresent(item -> apply(runId, rules.refreshed(item, listId, rs), queue));
    }

    /** InventoryAdjustmentAdd answered. */
    public void adjusted(long runId, InventoryAdjustmentAddRq request, InventoryAdjustmentAddRs rs,
                         RequestQueue queue) {
        List<SyncItem> adjusted = items.findByListIds(runId,
                request.lines().stream().map(line -> line.item().listId()).toList());
        apply(runId, rules.adjusted(adjusted, request, rs), queue);
    }

    private void apply(long runId, ResponseOutcome outcome, RequestQueue queue) {
        if (outcome.refreshed() != null) {
            picture.refresh(runId, outcome.refreshed());
        }
        if (!outcome.links().isEmpty()) {
            links.save(runs.find(runId).orElseThrow().connectorId(), outcome.links(), clock.instant());
        }
        outcomes.save(outcome.items());
        List<QbxmlRequest> followUps = outcome.followUps();
        if (!followUps.isEmpty()) {
            queue.enqueue(followUps);
        }
    }
}
