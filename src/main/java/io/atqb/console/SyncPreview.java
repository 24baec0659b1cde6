package io.atqb.console;

import io.atqb.autotask.AutotaskProduct;
import io.atqb.autotask.AutotaskSnapshot;
import io.atqb.autotask.AutotaskSnapshotService;
import io.atqb.autotask.LedgerReceipt;
import io.atqb.autotask.SnapshotRequest;
import io.atqb.connector.WebConnector;
import io.atqb.connector.WebConnectorService;
import io.atqb.history.HistoryEntry;
import io.atqb.history.SyncRun;
import io.atqb.history.SyncRunRepository;
import io.atqb.purchasing.PurchaseOrderLedger;
import io.atqb.quickbooks.QuickBooksNames;
import io.atqb.sync.InventorySyncPlanner;
import io.atqb.sync.ItemLinkRepository;
import io.atqb.sync.ItemState;
import io.atqb.sync.QuickBooksItem;
import io.atqb.sync.QuickBooksPictureRepository;
import io.atqb.sync.Reconciliation;
import io.atqb.sync.SyncItem;
import io.atqb.system.ApiException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * "What would a sync change now?": a fresh Autotask snapshot planned by the sync's own rules
 * ({@link InventorySyncPlanner}: the not-synced receipts, each product's target, the name collisions) and decided
 * against the QuickBooks picture of the last session ({@link Reconciliation}: match by kept ListID, else by name;
 * equal, adjust or create). Nothing is saved and nothing is queued for QuickBooks.
 */
@Component
class SyncPreview {

    /** Runs looked through for the last finished one of the default connector. */
    private static final int RUNS_LOOKED_AT = 50;
    private static final int ENTRIES_PER_READ = 1000;

    private final WebConnectorService connectors;
    private final AutotaskSnapshotService autotask;
    private final PurchaseOrderLedger ledger;
    private final InventorySyncPlanner planner;
    private final ItemLinkRepository links;
    private final QuickBooksPictureRepository pictures;
    private final SyncRunRepository runs;
    private final HistoryBrowser history;
    private final ConnectorContacts contacts;

    SyncPreview(WebConnectorService connectors, AutotaskSnapshotService autotask, PurchaseOrderLedger ledger,
                InventorySyncPlanner planner, ItemLinkRepository links, QuickBooksPictureRepository pictures,
                SyncRunRepository runs, HistoryBrowser history, ConnectorContacts contacts) {
        this.connectors = connectors;
        this.autotask = autotask;
        this.ledger = ledger;
        this.planner = planner;
        this.links = links;
        this.pictures = pictures;
        this.runs = runs;
        this.history = history;
        this.contacts = contacts;
    }

    /** What QuickBooks looked like, where that came from and as of when. */
    record Picture(List<QuickBooksItem> items, Instant asOf, String source) {
    }

    record Create(long productId, String productName, String quickbooksName, long target) {
    }

    record Adjust(long productId, String productName, String quickbooksName, String listId, BigDecimal before,
                  long target) {

        /** By how much QuickBooks On Hand would change (target minus the picture's count). */
        public BigDecimal change() {
            return BigDecimal.valueOf(target).subtract(before == null ? BigDecimal.ZERO : before);
        }
    }

    record NotSynced(String productName, LedgerReceipt receipt, Instant transferredAt) {
    }

    record Failed(long productId, String productName, String message) {
    }

    /** A product whose outcome needs a QuickBooks picture, which there is none of yet. */
    record Undecided(long productId, String productName, String quickbooksName, long target) {
    }

    record Result(String connectorName, Instant pulledAt, String autotaskSummary, Picture picture,
                  List<Create> creates, List<Adjust> adjusts, int unchanged, List<NotSynced> notSynced,
                  List<Failed> failed, List<Undecided> undecided) {
    }

    /** Pulls Autotask now and compares; throws AutotaskException when Autotask cannot be read. */
    Result preview() {
        WebConnector connector = connectors.findDefault().orElseThrow(() -> new ApiException(HttpStatus.CONFLICT,
                "There is no web connector yet: create one first (the first becomes the default)"));
        Map<Long, Instant> transfers = ledger.transfers();
        AutotaskSnapshot snapshot = autotask.pull(new SnapshotRequest(transfers));
        List<LedgerReceipt> notSyncedReceipts = snapshot.ledgerReceipts().stream()
                .filter(receipt -> planner.receivedAfterTransfer(receipt, snapshot)).toList();
        Map<Long, Long> excluded = planner.excludedByProduct(notSyncedReceipts);
        List<SyncItem> targets = new ArrayList<>();
        for (AutotaskProduct product : snapshot.products()) {
            SyncItem target = planner.target(product, 0L, snapshot, excluded);
            if (target != null) {
                targets.add(target);
            }
        }
        List<SyncItem> plan = InventorySyncPlanner.withoutCollisions(targets);
        Map<Long, String> kept = links.links(connector.id());
        List<SyncItem> planned = new ArrayList<>();
        List<SyncItem> decided = new ArrayList<>();
        for (SyncItem item : plan) {
            if (item.state() == ItemState.DONE) {
                decided.add(item);
            } else {
                planned.add(item.listId() == null && kept.containsKey(item.productId())
                        ? item.linked(kept.get(item.productId()), null) : item);
            }
        }
        Optional<Picture> picture = picture(connector);
        List<Undecided> undecided = new ArrayList<>();
        if (picture.isPresent()) {
            decided.addAll(Reconciliation.decide(Reconciliation.match(planned, picture.get().items())));
        } else {
            planned.forEach(item -> undecided.add(new Undecided(item.productId(), item.productName(), item.qbName(),
                    item.target())));
        }
        return result(connector, snapshot, picture.orElse(null), decided, notSyncedReceipts, transfers, undecided);
    }

    private Result result(WebConnector connector, AutotaskSnapshot snapshot, Picture picture, List<SyncItem> decided,
                          List<LedgerReceipt> notSyncedReceipts, Map<Long, Instant> transfers,
                          List<Undecided> undecided) {
        List<Create> creates = new ArrayList<>();
        List<Adjust> adjusts = new ArrayList<>();
        List<Failed> failed = new ArrayList<>();
        int unchanged = 0;
        for (SyncItem item : decided) {
            if (item.state() == ItemState.NEEDS_CREATE) {
                creates.add(new Create(item.productId(), item.productName(), item.qbName(), item.target()));
            } else if (item.state() == ItemState.NEEDS_ADJUST) {
                adjusts.add(new Adjust(item.productId(), item.productName(), item.qbName(), item.listId(),
                        item.qbBefore(), item.target()));
            } else if ("FAILED".equals(item.outcome())) {
                failed.add(new Failed(item.productId(), item.productName(), item.message()));
            } else {
                unchanged++;
            }
        }
        List<NotSynced> notSynced = notSyncedReceipts.stream()
                .map(receipt -> new NotSynced(snapshot.product(receipt.productId()).map(AutotaskProduct::name)
                        .orElse("product " + receipt.productId()), receipt, transfers.get(receipt.purchaseOrderId())))
                .toList();
        return new Result(connector.name(), snapshot.pulledAt(), snapshot.summary(), picture, creates, adjusts,
                unchanged, notSynced, failed, undecided);
    }

    /**
     * The QuickBooks picture of the last session: an unfinished run keeps the items its current session read; a
     * finished run leaves, in its history, the count each linked item was left at. The newer of the two counts.
     */
    Optional<Picture> picture(WebConnector connector) {
        for (SyncRun run : runs.findRecent(RUNS_LOOKED_AT)) {
            if (run.connectorId() != connector.id()) {
                continue;
            }
            if (run.isOpen()) {
                List<QuickBooksItem> items = pictures.load(run.id());
                if (!items.isEmpty()) {
                    Instant lastContact = contacts.lastContacts().get(connector.id());
                    return Optional.of(new Picture(items, lastContact, "read by run " + run.id()
                            + "'s QuickBooks session, which has not finished yet"));
                }
            } else if (run.status() == SyncRun.Status.SUCCEEDED
                    || run.status() == SyncRun.Status.COMPLETED_WITH_ERRORS) {
                return Optional.of(new Picture(countsLeftBy(run.id()), run.finishedAt(),
                        "the counts run " + run.id() + " left in QuickBooks when it finished"));
            }
        }
        return Optional.empty();
    }

    /** Each linked QuickBooks item's count after the run, from its history (item name = the product's QB name). */
    private List<QuickBooksItem> countsLeftBy(long runId) {
        List<QuickBooksItem> items = new ArrayList<>();
        long after = 0;
        while (true) {
            List<HistoryBrowser.Row> rows = history.after(runId, HistoryFilter.none(), after, ENTRIES_PER_READ);
            for (HistoryBrowser.Row row : rows) {
                HistoryEntry entry = row.entry();
                if (entry.quickbooksListId() != null && entry.quickbooksAfter() != null && entry.itemName() != null
                        && entry.action() != HistoryEntry.Action.FAILED) {
                    items.add(new QuickBooksItem(entry.quickbooksListId(), QuickBooksNames.itemName(entry.itemName()),
                            entry.quickbooksAfter(), true));
                }
            }
            if (rows.size() < ENTRIES_PER_READ) {
                return items;
            }
            after = rows.get(rows.size() - 1).id();
        }
    }
}
