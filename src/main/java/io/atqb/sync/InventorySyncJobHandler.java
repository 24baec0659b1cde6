package io.atqb.sync;

import io.atqb.connector.WebConnector;
import io.atqb.connector.WebConnectorRepository;
import io.atqb.history.HistoryEntry;
import io.atqb.history.HistoryRepository;
import io.atqb.history.SyncRun;
import io.atqb.history.SyncRunRepository;
import io.atqb.qbwc.JobStep;
import io.atqb.qbwc.QbwcJob;
import io.atqb.qbwc.QbwcJobHandler;
import io.atqb.qbwc.QbwcSession;
import io.atqb.qbwc.RequestQueue;
import io.atqb.qbxml.InventoryAdjustmentAddRq;
import io.atqb.qbxml.InventoryAdjustmentAddRs;
import io.atqb.qbxml.ItemInventoryAddRq;
import io.atqb.qbxml.ItemInventoryAddRs;
import io.atqb.qbxml.ItemInventoryQueryRq;
import io.atqb.qbxml.ItemInventoryQueryRs;
import io.atqb.qbxml.ItemInventoryRet;
import io.atqb.qbxml.ItemQueryRq;
import io.atqb.qbxml.ItemQueryRs;
import io.atqb.qbxml.ItemRet;
import io.atqb.qbxml.QbxmlRequest;
import io.atqb.qbxml.QbxmlResponse;
import io.atqb.qbxml.QbxmlStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The QuickBooks side of the complete inventory sync, as a QBWC job. Each session reads every QuickBooks
 * inventory item afresh (iterators live only within a session), matches the run's products to them,
 * creates the missing items and sets the counts that differ with NewQuantity adjustments, so a resumed
 * run converges without applying anything twice.
 */
@Component
public class InventorySyncJobHandler implements QbwcJobHandler {

    public static final String JOB_TYPE = "INVENTORY_SYNC";
    static final String RECONCILE_ROUTE = "direct:inventory-sync-reconcile";
    private static final Logger LOG = LoggerFactory.getLogger(InventorySyncJobHandler.class);

    private final SyncRunRepository runs;
    private final SyncItemRepository items;
    private final QuickBooksPictureRepository picture;
    private final ItemLinkRepository links;
    private final WebConnectorRepository connectors;
    private final HistoryRepository history;
    private final SyncOutcomes outcomes;
    private final QuickBooksRequests requests;
    private final InventorySyncProperties properties;
    private final ProducerTemplate producer;
    private final Clock clock;

    public InventorySyncJobHandler(SyncRunRepository runs, SyncItemRepository items,
                                   QuickBooksPictureRepository picture, ItemLinkRepository links,
                                   WebConnectorRepository connectors, HistoryRepository history,
                                   SyncOutcomes outcomes, QuickBooksRequests requests,
                                   InventorySyncProperties properties, ProducerTemplate producer, Clock clock) {
        this.runs = runs;
        this.items = items;
        this.picture = picture;
        this.links = links;
        this.connectors = connectors;
        this.history = history;
        this.outcomes = outcomes;
        this.requests = requests;
        this.properties = properties;
        this.producer = producer;
        this.clock = clock;
    }

    @Override
    public String jobType() {
        return JOB_TYPE;
    }

    @Override
    public void beginSession(QbwcJob job, QbwcSession session, RequestQueue queue) {
        SyncRun run = runs.lock(job.referenceId());
        queue.discardOutstanding();
        runs.countSession(run.id());
        if (run.phase() == SyncRun.Phase.QUERYING || run.phase() == SyncRun.Phase.RECONCILING
                || run.phase() == SyncRun.Phase.WRITING) {
            runs.setPhase(run.id(), SyncRun.Phase.READY);
        }
        if (run.status() == SyncRun.Status.FAILED && run.isOpen()) {
            runs.setStatus(run.id(), SyncRun.Status.RUNNING, "Resumed in a new QuickBooks session");
        }
    }

    @Override
    public JobStep next(QbwcJob job, QbwcSession session, RequestQueue queue) {
        SyncRun run = runs.lock(job.referenceId());
        if (run.status() == SyncRun.Status.FAILED && run.phase() != SyncRun.Phase.LOAD_FAILED) {
            // QuickBooks refused something the whole run needs; stop here, the next session tries again
            return JobStep.paused(run.message());
        }
        return switch (run.phase()) {
            case LOADING -> JobStep.waiting("Loading the Autotask inventory snapshot");
            case LOAD_FAILED -> JobStep.failed(run.message());
            case READY, QUERYING -> startQuery(run, queue);
            case RECONCILING -> {
                producer.sendBody(RECONCILE_ROUTE, run.id());
                runs.setPhase(run.id(), SyncRun.Phase.WRITING);
                yield write(run, queue);
            }
            case WRITING -> write(run, queue);
            case DONE -> JobStep.finished();
        };
    }

    private JobStep startQuery(SyncRun run, RequestQueue queue) {
        picture.clear(run.id());
        items.replanUnfinished(run.id());
        queue.enqueue(requests.startQuery());
        runs.setPhase(run.id(), SyncRun.Phase.QUERYING);
        return JobStep.work();
    }

    /** Creates first, then adjustments; when nothing is left, the run is complete (or waits for locks). */
    private JobStep write(SyncRun run, RequestQueue queue) {
        WebConnector connector = connectors.findById(run.connectorId()).orElseThrow();
        List<SyncItem> toCreate = items.findByState(run.id(), ItemState.NEEDS_CREATE);
        if (!toCreate.isEmpty()) {
            queueCreates(toCreate, connector, queue);
            return JobStep.work();
        }
        List<SyncItem> toAdjust = items.findByState(run.id(), ItemState.NEEDS_ADJUST);
        if (!toAdjust.isEmpty()) {
            queue.enqueue(requests.adjust(run.id(), toAdjust, connector.accounts().adjustment()));
            outcomes.save(toAdjust.stream().map(SyncItem::adjusting).toList());
            return JobStep.work();
        }
        Map<ItemState, Integer> states = items.countByState(run.id());
        int unfinished = states.get(ItemState.CREATING) + states.get(ItemState.INSPECTING)
                + states.get(ItemState.ADJUSTING) + states.get(ItemState.PLANNED);
        if (unfinished > 0) {
            // requests were lost on the way (the queue is empty): read QuickBooks again and carry on
            LOG.warn("Inventory sync run {}: {} items lost their requests; reading QuickBooks again", run.id(), unfinished);
            return startQuery(run, queue);
        }
        int retry = states.get(ItemState.RETRY);
        if (retry > 0) {
            String why = retry + " item(s) were locked or busy in QuickBooks; they are retried in the next session";
            runs.setStatus(run.id(), SyncRun.Status.RUNNING, why);
            return JobStep.paused(why);
        }
        complete(run, connector);
        return JobStep.finished();
    }

    private void queueCreates(List<SyncItem> toCreate, WebConnector connector, RequestQueue queue) {
        List<QbxmlRequest> adds = new ArrayList<>();
        List<SyncItem> changed = new ArrayList<>();
        for (SyncItem item : toCreate) {
            try {
                adds.add(requests.create(item, connector.accounts()));
                changed.add(item.creating());
            } catch (IllegalArgumentException e) {
                changed.add(item.done("FAILED", "Cannot create QuickBooks item \"" + item.qbName() + "\": "
                        + e.getMessage()));
            }
        }
        queue.enqueue(adds);
        outcomes.save(changed);
    }

    private void complete(SyncRun run, WebConnector connector) {
        Map<HistoryEntry.Action, Integer> counts = history.counts(run.id());
        boolean clean = counts.get(HistoryEntry.Action.FAILED) == 0 && counts.get(HistoryEntry.Action.NOT_SYNCED) == 0;
        String summary = summary(counts);
        runs.finish(run.id(), clean ? SyncRun.Status.SUCCEEDED : SyncRun.Status.COMPLETED_WITH_ERRORS,
                SyncRun.Phase.DONE, summary, clock.instant());
        connectors.completeInventorySync(connector.id(), clock.instant());
        picture.clear(run.id());
        items.deleteRun(run.id());
        LOG.info("Inventory sync run {} for connector '{}' complete. {}", run.id(), connector.name(), summary);
    }

    @Override
    public void handleResponse(QbwcJob job, QbxmlRequest request, QbxmlResponse response, RequestQueue queue) {
        long runId = job.referenceId();
        if (response instanceof ItemInventoryQueryRs rs && request instanceof ItemInventoryQueryRq rq) {
            if (rq.iterator() != null) {
                onQueryPage(runId, rs, queue);
            } else {
                onItemRefreshed(runId, rq, rs);
            }
        } else if (response instanceof ItemInventoryAddRs rs && request instanceof ItemInventoryAddRq rq) {
            onCreated(runId, rq, rs, queue);
        } else if (response instanceof ItemQueryRs rs && request instanceof ItemQueryRq rq) {
            onNameInspected(runId, rq, rs, queue);
        } else if (response instanceof InventoryAdjustmentAddRs rs && request instanceof InventoryAdjustmentAddRq rq) {
            onAdjusted(runId, rq, rs, queue);
        } else {
            LOG.warn("Inventory sync run {}: unexpected {} ignored", runId, response.elementName());
        }
    }

    private void onQueryPage(long runId, ItemInventoryQueryRs rs, RequestQueue queue) {
        if (!rs.status().isOk() && !rs.status().isNoMatch()) {
            String why = "QuickBooks refused the inventory item query (" + QuickBooksCodes.describe(rs.status())
                    + "); the sync tries again in the next session";
            runs.setStatus(runId, SyncRun.Status.FAILED, why);
            runs.setPhase(runId, SyncRun.Phase.READY);
            return;
        }
        picture.add(runId, rs.items().stream().map(InventorySyncJobHandler::toItem).toList());
        Integer remaining = rs.iteratorRemainingCount();
        if (remaining != null && remaining > 0 && rs.iteratorId() != null) {
            queue.enqueue(requests.continueQuery(rs.iteratorId()));
        } else {
            runs.setPhase(runId, SyncRun.Phase.RECONCILING);
        }
    }

    private void onCreated(long runId, ItemInventoryAddRq request, ItemInventoryAddRs rs, RequestQueue queue) {
        Optional<SyncItem> found = items.findByName(runId, request.name());
        if (found.isEmpty()) {
            LOG.warn("Inventory sync run {}: no product for created item \"{}\"", runId, request.name());
            return;
        }
        SyncItem item = found.get();
        QbxmlStatus status = rs.status();
        if (status.isOk() && rs.item() != null) {
            SyncItem created = item.linked(rs.item().listId(), null);
            links.save(connectorOf(runId), Map.of(item.productId(), rs.item().listId()), clock.instant());
            BigDecimal count = rs.item().quantityOnHand() == null ? BigDecimal.ZERO : rs.item().quantityOnHand();
            outcomes.save(count.compareTo(item.targetQuantity()) == 0
                    ? created.done("CREATED", "Created in QuickBooks as \"" + item.qbName() + "\"")
                    : created.withState(ItemState.NEEDS_ADJUST));
        } else if (status.code() == QuickBooksCodes.NAME_IN_USE) {
            queue.enqueue(requests.inspectName(item.qbName()));
            outcomes.save(item.withState(ItemState.INSPECTING));
        } else {
            outcomes.save(settle(item, status, "QuickBooks refused to create the item"));
        }
    }

    /** After a 3100: what holds the name? An inventory item is linked; any other kind makes the product fail. */
    private void onNameInspected(long runId, ItemQueryRq request, ItemQueryRs rs, RequestQueue queue) {
        String name = request.fullNames().get(0);
        Optional<SyncItem> found = items.findByName(runId, name);
        if (found.isEmpty()) {
            return;
        }
        SyncItem item = found.get();
        Optional<ItemRet> holder = rs.items().stream().findFirst();
        if (holder.isEmpty()) {
            outcomes.save(item.done("FAILED", "QuickBooks says the name \"" + name
                    + "\" is in use but has no item of that name"));
        } else if ("ItemInventoryRet".equals(holder.get().itemType())) {
            queue.enqueue(requests.queryByListId(holder.get().listId()));
            outcomes.save(item.linked(holder.get().listId(), null).withState(ItemState.INSPECTING));
        } else {
            outcomes.save(item.done("FAILED", "QuickBooks already has a " + kindOf(holder.get().itemType())
                    + " named \"" + holder.get().fullName() + "\"; item names are unique across item types, so no"
                    + " inventory item can be created for this product (rename it or make it an inventory part)"));
        }
    }

    private void onItemRefreshed(long runId, ItemInventoryQueryRq request, ItemInventoryQueryRs rs) {
        String listId = request.listIds().isEmpty() ? null : request.listIds().get(0);
        Optional<SyncItem> found = listId == null ? Optional.empty() : items.findByListId(runId, listId);
        if (found.isEmpty()) {
            return;
        }
        SyncItem item = found.get();
        Optional<ItemInventoryRet> ret = rs.items().stream().findFirst();
        if (!rs.status().isOk() || ret.isEmpty()) {
            outcomes.save(settle(item, rs.status(), "QuickBooks could not read the item \"" + item.qbName() + "\""));
            return;
        }
        picture.refresh(runId, toItem(ret.get()));
        links.save(connectorOf(runId), Map.of(item.productId(), listId), clock.instant());
        BigDecimal count = ret.get().quantityOnHand() == null ? BigDecimal.ZERO : ret.get().quantityOnHand();
        SyncItem linked = item.linked(listId, count);
        outcomes.save(count.compareTo(item.targetQuantity()) == 0
                ? linked.done(Reconciliation.finalOutcome(linked), null)
                : linked.withState(ItemState.NEEDS_ADJUST));
    }

    private void onAdjusted(long runId, InventoryAdjustmentAddRq request, InventoryAdjustmentAddRs rs,
                            RequestQueue queue) {
        List<SyncItem> adjusted = items.findByListIds(runId,
                request.lines().stream().map(line -> line.item().listId()).toList());
        QbxmlStatus status = rs.status();
        if (status.isOk()) {
            outcomes.save(adjusted.stream().map(item -> item.done(Reconciliation.finalOutcome(item), null)).toList());
        } else if (QuickBooksCodes.isBusy(status) || adjusted.size() <= 1) {
            outcomes.save(adjusted.stream()
                    .map(item -> settle(item, status, "QuickBooks refused the inventory adjustment")).toList());
        } else {
            // one bad line fails the whole adjustment: split it, so the good lines go through and the bad one is found
            int half = adjusted.size() / 2;
            String account = request.account();
            queue.enqueue(List.of(requests.adjustment(runId, adjusted.subList(0, half), account),
                    requests.adjustment(runId, adjusted.subList(half, adjusted.size()), account)));
        }
    }

    /** A failed request: busy codes wait for the next session, anything else fails the item with QuickBooks' words. */
    private static SyncItem settle(SyncItem item, QbxmlStatus status, String what) {
        if (QuickBooksCodes.isBusy(status)) {
            return item.retry(what + " (" + QuickBooksCodes.describe(status) + "); retried in the next session");
        }
        return item.done("FAILED", what + ": " + QuickBooksCodes.describe(status));
    }

    @Override
    public void interrupted(QbwcJob job, String reason) {
        SyncRun run = runs.lock(job.referenceId());
        if (!run.isOpen()) {
            return;
        }
        runs.setStatus(run.id(), SyncRun.Status.FAILED,
                reason + ". QuickBooks is consistent; the sync resumes at the next QuickBooks poll.");
        if (run.phase() == SyncRun.Phase.QUERYING || run.phase() == SyncRun.Phase.RECONCILING
                || run.phase() == SyncRun.Phase.WRITING) {
            runs.setPhase(run.id(), SyncRun.Phase.READY);
        }
    }

    @Override
    public String summary(QbwcJob job) {
        SyncRun run = runs.find(job.referenceId()).orElseThrow();
        String summary = summary(history.counts(run.id()));
        if (run.phase() == SyncRun.Phase.DONE) {
            return summary;
        }
        return summary + " (not finished: " + (run.message() == null ? "continues in the next session" : run.message()) + ")";
    }

    @Override
    public int remainingEstimate(QbwcJob job) {
        long runId = job.referenceId();
        return items.count(runId, ItemState.NEEDS_CREATE) / 100
                + items.count(runId, ItemState.NEEDS_ADJUST) / Math.max(1, properties.adjustmentLinesPerRequest());
    }

    static String summary(Map<HistoryEntry.Action, Integer> counts) {
        return "Inventory sync: " + counts.get(HistoryEntry.Action.ADJUSTED) + " adjusted, "
                + counts.get(HistoryEntry.Action.CREATED) + " created, "
                + counts.get(HistoryEntry.Action.UNCHANGED) + " unchanged, "
                + counts.get(HistoryEntry.Action.NOT_SYNCED) + " not synced, "
                + counts.get(HistoryEntry.Action.FAILED) + " failed";
    }

    private long connectorOf(long runId) {
        return runs.find(runId).orElseThrow().connectorId();
    }

    private static QuickBooksItem toItem(ItemInventoryRet ret) {
        return new QuickBooksItem(ret.listId(), ret.fullName() != null ? ret.fullName() : ret.name(),
                ret.quantityOnHand(), ret.active());
    }

    private static String kindOf(String itemType) {
        return switch (itemType == null ? "" : itemType) {
            case "ItemNonInventoryRet" -> "non-inventory item";
            case "ItemServiceRet" -> "service item";
            case "ItemOtherChargeRet" -> "other charge item";
            case "ItemInventoryAssemblyRet" -> "inventory assembly";
            default -> "item of another type (" + itemType + ")";
        };
    }
}
