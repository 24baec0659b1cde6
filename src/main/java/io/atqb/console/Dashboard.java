package io.atqb.console;

import io.atqb.connector.WebConnector;
import io.atqb.connector.WebConnectorService;
import io.atqb.history.HistoryRepository;
import io.atqb.history.SyncRun;
import io.atqb.history.SyncRunRepository;
import io.atqb.purchasing.PurchaseOrderRequests;
import io.atqb.purchasing.PurchaseOrderSearch;
import io.atqb.purchasing.PurchaseOrderViews;
import io.atqb.sync.InventorySyncProperties;
import io.atqb.sync.ItemState;
import io.atqb.sync.SyncItemRepository;
import io.atqb.system.ApiException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronExpression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** What the dashboard shows, gathered from the connector, history, sync and purchasing services. */
@Component
class Dashboard {

    private static final Logger LOG = LoggerFactory.getLogger(Dashboard.class);

    /** How many POs needing a re-transfer the dashboard lists (the search page has them all). */
    static final int RESYNC_SHOWN = 10;

    private final WebConnectorService connectors;
    private final ConnectorContacts contacts;
    private final SyncRunRepository runs;
    private final HistoryRepository history;
    private final SyncItemRepository items;
    private final PurchaseOrderSearch purchaseOrders;
    private final InventorySyncProperties schedule;
    private final Clock clock;

    Dashboard(WebConnectorService connectors, ConnectorContacts contacts, SyncRunRepository runs,
              HistoryRepository history, SyncItemRepository items, PurchaseOrderSearch purchaseOrders,
              InventorySyncProperties schedule, Clock clock) {
        this.connectors = connectors;
        this.contacts = contacts;
        this.runs = runs;
        this.history = history;
        this.items = items;
        this.purchaseOrders = purchaseOrders;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** A connector and when its QBWC last called. */
    record ConnectorContact(WebConnector connector, Instant lastContact, boolean overdue, String since) {
    }

    /** The running sync: its phase, products done of planned, and the progress QBWC was last told. */
    record Running(SyncRun run, int itemsDone, int itemsTotal, Integer sessionProgress) {

        /** Percent of products final (0 while the snapshot loads). */
        public int percent() {
            return itemsTotal == 0 ? 0 : (int) (100L * itemsDone / itemsTotal);
        }
    }

    /** Transferred POs that need a re-transfer (the first page of them), or why they could not be read. */
    record Resync(List<PurchaseOrderViews.Entry> purchaseOrders, int total, String problem) {
    }

    List<ConnectorContact> connectorContacts() {
        Map<Long, Instant> last = contacts.lastContacts();
        Instant now = clock.instant();
        List<ConnectorContact> all = new ArrayList<>();
        for (WebConnector connector : connectors.list()) {
            Instant contact = last.get(connector.id());
            all.add(new ConnectorContact(connector, contact, overdue(contact, connector.runEveryMinutes(), now),
                    contact == null ? "never" : ConsoleFormat.span(Duration.between(contact, now)) + " ago"));
        }
        return all;
    }

    /**
     * QBWC is overdue when it has not called for longer than the connector's interval (runEveryMinutes, which the
     * .qwc file tells QBWC), or has never called.
     */
    static boolean overdue(Instant lastContact, int runEveryMinutes, Instant now) {
        return lastContact == null || Duration.between(lastContact, now).compareTo(Duration.ofMinutes(runEveryMinutes)) > 0;
    }

    Optional<RunSummary> lastRun() {
        return runs.findRecent(1).stream().findFirst().map(run -> RunSummary.of(run, history.counts(run.id())));
    }

    /** The newest run while it is still going. */
    Optional<Running> running() {
        Optional<SyncRun> latest = runs.findRecent(1).stream().findFirst()
                .filter(run -> run.status() == SyncRun.Status.RUNNING && run.isOpen());
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        SyncRun run = latest.get();
        Map<ItemState, Integer> states = items.countByState(run.id());
        int total = states.values().stream().mapToInt(Integer::intValue).sum();
        return Optional.of(new Running(run, states.get(ItemState.DONE), total,
                contacts.openSessionProgress(run.connectorId()).orElse(null)));
    }

    /** POs transferred to QuickBooks that changed in Autotask since ("QuickBooks Needs Resync"), as the search says. */
    Resync resync() {
        try {
            PurchaseOrderSearch.SearchPage page = purchaseOrders.search(new PurchaseOrderRequests.SearchFilter(true,
                    null, null, null, null, 0, RESYNC_SHOWN));
            return new Resync(page.entries(), page.total(), null);
        } catch (ApiException e) {
            return new Resync(List.of(), 0, e.getMessage());
        } catch (RuntimeException e) {
            // one box of the dashboard must not take the whole page down
            LOG.warn("Dashboard: the purchase orders needing a re-transfer could not be read", e);
            return new Resync(List.of(), 0, "The purchase orders could not be read: " + e.getMessage());
        }
    }

    /** When the Quartz schedule next arms the sync, or null when there is no schedule. */
    Instant nextScheduledSync() {
        if (!schedule.scheduled()) {
            return null;
        }
        try {
            CronExpression cron = new CronExpression(schedule.cron());
            cron.setTimeZone(TimeZone.getTimeZone(schedule.timeZone()));
            Date next = cron.getNextValidTimeAfter(Date.from(clock.instant()));
            return next == null ? null : next.toInstant();
        } catch (ParseException e) {
            throw new IllegalStateException("The validated cron no longer parses: " + schedule.cron(), e);
        }
    }
}
