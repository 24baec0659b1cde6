package io.atqb.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The service's own meters. Prometheus names (Micrometer renders the dots as underscores and adds the unit and
 * {@code _total}): {@code atqb_sync_runs_total{status}}, {@code atqb_sync_duration_seconds{status}},
 * {@code atqb_sync_items_total{action}}, {@code atqb_autotask_calls_total{entity,outcome}},
 * {@code atqb_autotask_budget_share}, {@code atqb_qbwc_sessions_total{answer}},
 * {@code atqb_qbwc_round_trips_total}, {@code atqb_qbwc_bytes_total{direction}},
 * {@code atqb_purchase_order_transfers_total{status}}.
 */
@Component
public class OperationsMetrics {

    static final String SYNC_RUNS = "atqb.sync.runs";
    static final String SYNC_DURATION = "atqb.sync.duration";
    static final String SYNC_ITEMS = "atqb.sync.items";
    static final String AUTOTASK_CALLS = "atqb.autotask.calls";
    static final String AUTOTASK_BUDGET_SHARE = "atqb.autotask.budget.share";
    static final String QBWC_SESSIONS = "atqb.qbwc.sessions";
    static final String QBWC_ROUND_TRIPS = "atqb.qbwc.round.trips";
    static final String QBWC_BYTES = "atqb.qbwc.bytes";
    static final String PO_TRANSFERS = "atqb.purchase.order.transfers";

    private static final List<String> RUN_STATUSES = List.of("SUCCEEDED", "COMPLETED_WITH_ERRORS",
            "FAILED");

    private final MeterRegistry registry;
    /** The last share of the hourly Autotask budget seen, in millionths (a gauge reads it). */
    private final AtomicLong budgetShareMillionths = new AtomicLong();

    public OperationsMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder(AUTOTASK_BUDGET_SHARE, budgetShareMillionths, OperationsMetrics::share)
                .description("Share of Autotask's hourly request budget used, as last read from ThresholdInformation")
                .register(registry);
        // the known outcomes are shown from the start (at 0), so a dashboard's rate() has a series before the first
        for (String status : RUN_STATUSES) {
            Counter.builder(SYNC_RUNS).tag("status", status).register(registry);
            Counter.builder(PO_TRANSFERS).tag("status", status).register(registry);
        }
    }

    /** A sync run ended: its status, how long it took from arming to the end, and its items by action. */
    public void syncRunEnded(String status, Duration duration, Map<String, Integer> itemsByAction) {
        Counter.builder(SYNC_RUNS).description("Inventory sync runs that ended, by status")
                .tag("status", status).register(registry).increment();
        Timer.builder(SYNC_DURATION).description("Duration of inventory sync runs, from arming to the end")
                .tag("status", status).register(registry).record(duration.isNegative() ? Duration.ZERO : duration);
        itemsByAction.forEach(this::countItems);
    }

    /** One Autotask REST call answered (or failed without an answer): {@code ok}, or how it failed. */
    public void autotaskCall(String entity, String outcome) {
        Counter.builder(AUTOTASK_CALLS).description("Autotask REST calls by entity and outcome")
                .tag("entity", entity).tag("outcome", outcome.toLowerCase(Locale.ROOT)).register(registry)
                .increment();
    }

    /** The hourly budget as ThresholdInformation reported it. */
    public void autotaskBudget(long used, long limit) {
        double share = limit <= 0 ? 1.0 : (double) used / limit;
        budgetShareMillionths.set(Math.round(share * 1_000_000));
    }

    /** What authenticate answered: work, none, busy or nvu. */
    public void qbwcSession(String answer) {
        Counter.builder(QBWC_SESSIONS).description("QBWC authenticate calls by answer")
                .tag("answer", answer).register(registry).increment();
    }

    /** A qbXML message set went to QBWC. */
    public void qbwcRequestSent(long bytes) {
        bytes("sent", bytes);
    }

    /** QBWC brought QuickBooks' answer to a message set: one round trip is complete. */
    public void qbwcResponseReceived(long bytes) {
        Counter.builder(QBWC_ROUND_TRIPS).description("qbXML message sets answered by QBWC")
                .register(registry).increment();
        bytes("received", bytes);
    }

    /** A purchase-order transfer to QuickBooks ended with this status. */
    public void purchaseOrderTransferEnded(long purchaseOrderId, long transferId, String status, String message) {
        Counter.builder(PO_TRANSFERS).description("Purchase-order transfers to QuickBooks that ended, by status")
                .tag("status", status).register(registry).increment();
    }

    private void countItems(String action, Integer count) {
        Counter.builder(SYNC_ITEMS).description("Products of ended inventory sync runs, by action")
                .tag("action", action).register(registry).increment(count == null ? 0 : count);
    }

    private void bytes(String direction, long bytes) {
        Counter.builder(QBWC_BYTES).baseUnit("bytes").description("qbXML bytes exchanged with QBWC, by direction")
                .tag("direction", direction).register(registry).increment(bytes);
    }

    private static double share(AtomicLong millionths) {
        return millionths.get() / 1_000_000.0;
    }
}
