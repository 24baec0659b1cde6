package io.atqb.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.autotask.AutotaskLocation;
import io.atqb.autotask.AutotaskProduct;
import io.atqb.autotask.AutotaskSnapshot;
import io.atqb.autotask.LedgerReceipt;
import io.atqb.history.HistoryEntry;
import io.atqb.history.HistoryRecorder;
import io.atqb.history.SyncRun;
import io.atqb.history.SyncRunRepository;
import io.atqb.quickbooks.QuickBooksNames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.camel.Header;
import org.apache.camel.Variable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The beans of the plan route: which ledger receipts are not synced, each product's target (summed over
 * all locations, less those receipts), name collisions, and saving the plan in one transaction.
 */
@Component("inventorySyncPlanner")
public class InventorySyncPlanner {

    private final SyncRunRepository runs;
    private final SyncItemRepository items;
    private final HistoryRecorder history;
    private final SyncOutcomes outcomes;
    private final ItemLinkRepository links;
    private final ObjectMapper json;

    public InventorySyncPlanner(SyncRunRepository runs, SyncItemRepository items, HistoryRecorder history,
                                SyncOutcomes outcomes, ItemLinkRepository links, ObjectMapper json) {
        this.runs = runs;
        this.items = items;
        this.history = history;
        this.outcomes = outcomes;
        this.links = links;
        this.json = json;
    }

    /** An empty list for a split to collect into. */
    public List<Object> collect() {
        return new ArrayList<>();
    }

    /** The quantity left out per product: the sum of its not-synced receipts (negative ones included). */
    public Map<Long, Long> excludedByProduct(List<LedgerReceipt> notSynced) {
        Map<Long, Long> excluded = new HashMap<>();
        for (LedgerReceipt receipt : notSynced) {
            excluded.merge(receipt.productId(), (long) receipt.quantity(), Long::sum);
        }
        return excluded;
    }

    /** The filter: a receipt on a PO recorded as transferred, received after that transfer, is not synced. */
    public boolean receivedAfterTransfer(LedgerReceipt receipt,
                                         @Variable(SyncRoutes.SNAPSHOT) AutotaskSnapshot snapshot) {
        Instant transferredAt = snapshot.transferredPurchaseOrders().get(receipt.purchaseOrderId());
        return transferredAt != null && receipt.receiveDate().isAfter(transferredAt);
    }

    /**
     * The filter of the plan route: a receipt on a PO in the ledger is not synced when it came after the PO's
     * transfer, or when the service itself transferred the PO ({@code sentReceipts} has it) and its transfers did
     * not send this receipt (QuickBooks refused it, or it was not read yet): a re-transfer brings it in, so counting
     * it now would count it twice. A PO recorded by hand keeps the date rule alone.
     */
    public boolean notCounted(LedgerReceipt receipt, @Variable(SyncRoutes.SNAPSHOT) AutotaskSnapshot snapshot,
                              @Variable(SyncRoutes.SENT_RECEIPTS) Map<Long, Set<Long>> sentReceipts) {
        if (!snapshot.transferredPurchaseOrders().containsKey(receipt.purchaseOrderId())) {
            return false;
        }
        if (receivedAfterTransfer(receipt, snapshot)) {
            return true;
        }
        Set<Long> sent = sentReceipts == null ? null : sentReceipts.get(receipt.purchaseOrderId());
        return sent != null && !sent.contains(receipt.receivingId());
    }

    /**
     * The aggregate step for one product: its on hand summed over every Autotask location (inactive ones
     * too), less what arrived on transferred POs after their transfer, never below zero. Null for a product
     * with no inventory rows (not an inventory product).
     */
    public SyncItem target(AutotaskProduct product, @Header(SyncRoutes.RUN_ID) long runId,
                           @Variable(SyncRoutes.SNAPSHOT) AutotaskSnapshot snapshot,
                           @Variable(SyncRoutes.EXCLUDED_BY_PRODUCT) Map<Long, Long> excludedByProduct) {
        Map<Long, Long> byLocation = snapshot.onHandByLocation(product.id());
        if (byLocation.isEmpty()) {
            return null;
        }
        long onHand = byLocation.values().stream().mapToLong(Long::longValue).sum();
        long excluded = excludedByProduct.getOrDefault(product.id(), 0L);
        return new SyncItem(runId, product.id(), product.name(), QuickBooksNames.itemName(product.name()), onHand,
                excluded, Math.max(0, onHand - excluded), locationsJson(snapshot, byLocation), null, null, false,
                false, ItemState.PLANNED, null, null);
    }

    /**
     * Saves the plan in one transaction: a NOT_SYNCED error per receipt left out, FAILED for products whose
     * QuickBooks names collide (nothing is written for them), the rest PLANNED; the run is then ready.
     * The run's row is locked only at the end, around the phase change: the rows are written first, so a
     * Web Connector call that needs the run meanwhile waits milliseconds, not the whole plan. Should the run
     * have left LOADING in between (another instance took the pull over and planned first), everything this
     * call wrote is rolled back.
     */
    @Transactional
    public int save(List<SyncItem> targets, @Header(SyncRoutes.RUN_ID) long runId,
                    @Variable(SyncRoutes.SNAPSHOT) AutotaskSnapshot snapshot,
                    @Variable(SyncRoutes.NOT_SYNCED_RECEIPTS) List<LedgerReceipt> notSynced) {
        Optional<SyncRun> loading = runs.find(runId).filter(found -> found.phase() == SyncRun.Phase.LOADING);
        if (loading.isEmpty()) {
            return 0;
        }
        history.record(notSynced.stream().map(receipt -> notSyncedEntry(runId, receipt, snapshot)).toList());
        List<SyncItem> plan = withKeptLinks(withoutCollisions(targets.stream().filter(Objects::nonNull).toList()),
                links.links(loading.get().connectorId()));
        items.insertAll(plan);
        history.record(plan.stream().filter(item -> item.state() == ItemState.DONE).map(outcomes::entry).toList());
        SyncRun run = runs.lock(runId);
        if (run.phase() != SyncRun.Phase.LOADING) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return 0;
        }
        runs.setPhase(runId, SyncRun.Phase.READY);
        return plan.size();
    }

    /**
     * Planned products carry the ListID their connector kept from earlier runs (products that failed do not): the
     * reconcile then finds them linked already, and its update leaves the link and its index entry as they are.
     */
    public static List<SyncItem> withKeptLinks(List<SyncItem> plan, Map<Long, String> kept) {
        List<SyncItem> linked = new ArrayList<>(plan.size());
        for (SyncItem item : plan) {
            String listId = kept.get(item.productId());
            linked.add(item.state() == ItemState.PLANNED && item.listId() == null && listId != null
                    ? item.linked(listId, null) : item);
        }
        return linked;
    }

    /** Products whose QuickBooks names (cut to 31 characters) are equal without regard to case all fail. */
    public static List<SyncItem> withoutCollisions(List<SyncItem> targets) {
        Map<String, List<SyncItem>> byName = new LinkedHashMap<>();
        for (SyncItem item : targets) {
            byName.computeIfAbsent(item.nameKey(), k -> new ArrayList<>()).add(item);
        }
        List<SyncItem> plan = new ArrayList<>(targets.size());
        for (List<SyncItem> group : byName.values()) {
            if (group.get(0).qbName().isEmpty()) {
                group.forEach(item -> plan.add(item.done("FAILED", "The Autotask product has no name to match or"
                        + " create a QuickBooks item with")));
            } else if (group.size() > 1) {
                String names = String.join(", ", group.stream()
                        .map(i -> i.productId() + " (\"" + i.productName() + "\")").toList());
                group.forEach(item -> plan.add(item.done("FAILED", "Autotask products " + names
                        + " all become the QuickBooks name \"" + item.qbName() + "\" (names are cut to 31 characters"
                        + " and compared without regard to case); nothing is written for them")));
            } else {
                plan.add(group.get(0));
            }
        }
        return plan;
    }

    private HistoryEntry notSyncedEntry(long runId, LedgerReceipt receipt, AutotaskSnapshot snapshot) {
        String product = snapshot.product(receipt.productId()).map(AutotaskProduct::name)
                .orElse("product " + receipt.productId());
        String po = receipt.purchaseOrderNumber() != null ? receipt.purchaseOrderNumber()
                : "PO " + receipt.purchaseOrderId();
        Instant transferredAt = snapshot.transferredPurchaseOrders().get(receipt.purchaseOrderId());
        String why = transferredAt == null || receipt.receiveDate().isAfter(transferredAt)
                ? " came after the PO's transfer to QuickBooks at " + transferredAt
                : " did not reach QuickBooks with the PO's transfer at " + transferredAt;
        return new HistoryEntry(runId, HistoryEntry.Severity.ERROR, HistoryEntry.Action.NOT_SYNCED, product,
                receipt.productId(), null, null, null, null, null, receipt.purchaseOrderId(),
                (long) receipt.quantity(), "Receipt " + receipt.receivingId() + " of " + receipt.quantity()
                + (receipt.quantity() < 0 ? " (cancelled)" : "") + " on " + po + " at " + receipt.receiveDate()
                + why + ": not counted, so it is not counted twice; re-transfer " + po
                + " to bring it into QuickBooks");
    }

    private String locationsJson(AutotaskSnapshot snapshot, Map<Long, Long> byLocation) {
        List<HistoryEntry.LocationOnHand> locations = new ArrayList<>(byLocation.size());
        Map<Long, String> names = new HashMap<>();
        for (Map.Entry<Long, Long> entry : byLocation.entrySet()) {
            String name = names.computeIfAbsent(entry.getKey(), id -> snapshot.location(id)
                    .map(AutotaskLocation::name).orElse("location " + id));
            locations.add(new HistoryEntry.LocationOnHand(entry.getKey(), name, entry.getValue()));
        }
        try {
            return json.writeValueAsString(locations);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the locations of a product", e);
        }
    }
}
