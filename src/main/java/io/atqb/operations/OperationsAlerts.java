package io.atqb.operations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.connector.WebConnector;
import io.atqb.connector.WebConnectorRepository;
import io.atqb.system.PublicUrl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The alert conditions and their state. A condition seen raised or cleared becomes an {@link AlertSignal} on the
 * {@code operations-alerts} route, which hands it back to {@link #decide}: a condition newly raised in the database
 * goes out once (webhook, e-mail); while it stays raised nothing more is sent; when it is seen cleared it is
 * forgotten, so the next time it is raised it is sent again. Nothing here waits on a delivery.
 *
 * <p>The conditions: per connector, its last inventory sync run FAILED ({@code inventory-sync-failed:<id>}, cleared by
 * a run that completes) or COMPLETED_WITH_ERRORS ({@code inventory-sync-completed-with-errors:<id>}, cleared by a run
 * that SUCCEEDED); per purchase order, its transfer FAILED or COMPLETED_WITH_ERRORS
 * ({@code purchase-order-transfer:<id>}, cleared by a transfer that SUCCEEDED); the default connector's QBWC silent for
 * {@code atqb.notify.qbwc-silent-after} ({@code qbwc-silent:<id>}, cleared by its next call); Autotask's hourly budget
 * used above {@code atqb.notify.autotask-budget-share} ({@code autotask-budget}, cleared by a reading at or below).
 */
@Component("operationsAlerts")
public class OperationsAlerts {

    static final String SIGNALS = "seda:operations-alert-signals";
    /** Exchange properties of the alert route: the alert's title and the channel delivering it. */
    static final String ALERT_TITLE = "atqbAlertTitle";
    static final String ALERT_CHANNEL = "atqbAlertChannel";
    private static final Logger LOG = LoggerFactory.getLogger(OperationsAlerts.class);
    private static final String FAILED = "FAILED";
    private static final String COMPLETED_WITH_ERRORS = "COMPLETED_WITH_ERRORS";
    private static final String SUCCEEDED = "SUCCEEDED";

    private final NotifyProperties properties;
    private final AlertRepository alerts;
    private final QbwcActivityRepository qbwc;
    private final WebConnectorRepository connectors;
    private final PublicUrl publicUrl;
    private final ProducerTemplate producer;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final Clock clock;

    public OperationsAlerts(NotifyProperties properties, AlertRepository alerts, QbwcActivityRepository qbwc,
                            WebConnectorRepository connectors, PublicUrl publicUrl, ProducerTemplate producer,
                            TransactionTemplate tx, ObjectMapper json, Clock clock) {
        this.properties = properties;
        this.alerts = alerts;
        this.qbwc = qbwc;
        this.connectors = connectors;
        this.publicUrl = publicUrl;
        this.producer = producer;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    /** A sync run ended with this status and these counts of its items by action. */
    public void syncRunEnded(long runId, long connectorId, String status, String message, Map<String, Integer> counts) {
        String failed = "inventory-sync-failed:" + connectorId;
        String withErrors = "inventory-sync-completed-with-errors:" + connectorId;
        if (FAILED.equals(status)) {
            signal(AlertSignal.raised(runAlert("inventory-sync-failed", failed, runId, connectorId, status, message,
                    counts)));
            return;
        }
        signal(AlertSignal.cleared(failed));
        if (COMPLETED_WITH_ERRORS.equals(status)) {
            signal(AlertSignal.raised(runAlert("inventory-sync-completed-with-errors", withErrors, runId, connectorId,
                    status, message, counts)));
        } else if (SUCCEEDED.equals(status)) {
            signal(AlertSignal.cleared(withErrors));
        }
    }

    /** A purchase-order transfer to QuickBooks ended with this status (PENDING is no end and changes nothing). */
    public void purchaseOrderTransferEnded(long purchaseOrderId, long transferId, String status, String message) {
        String condition = "purchase-order-transfer:" + purchaseOrderId;
        if (FAILED.equals(status) || COMPLETED_WITH_ERRORS.equals(status)) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("purchaseOrderId", purchaseOrderId);
            details.put("transferId", transferId);
            details.put("status", status);
            signal(AlertSignal.raised(new Alert("purchase-order-transfer-" + kebab(status), condition, severity(status),
                    "Transfer " + transferId + " of purchase order " + purchaseOrderId + " to QuickBooks ended "
                            + status,
                    message == null ? "" : message, publicUrl.base() + "/purchase-orders", clock.instant(), details)));
        } else if (SUCCEEDED.equals(status)) {
            signal(AlertSignal.cleared(condition));
        }
    }

    /** Autotask's ThresholdInformation: the requests used in the current hour out of the limit. */
    public void autotaskBudget(long used, long limit) {
        double share = limit <= 0 ? 1.0 : (double) used / limit;
        String condition = "autotask-budget";
        if (share <= properties.autotaskBudgetShare()) {
            signal(AlertSignal.cleared(condition));
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("used", used);
        details.put("limit", limit);
        details.put("share", share);
        details.put("threshold", properties.autotaskBudgetShare());
        signal(AlertSignal.raised(new Alert("autotask-budget", condition, "warning", String.format(Locale.ROOT,
                "Autotask API budget %.0f %% used in the current hour", 100 * share), String.format(Locale.ROOT,
                "Autotask reports %d of %d requests used in the current hour, above the %.0f %% of"
                        + " atqb.notify.autotask-budget-share. Other integrations of the tenant share this budget; a"
                        + " full pull refuses to start above autotask.threshold-share.",
                used, limit, 100 * properties.autotaskBudgetShare()), null, clock.instant(), details)));
    }

    /** The scheduled check: has the default connector's QBWC been silent for longer than allowed? */
    public void checkQbwcSilence() {
        Optional<QbwcActivityRepository.LastPoll> found = qbwc.defaultConnectorLastPoll();
        if (found.isEmpty()) {
            return;
        }
        QbwcActivityRepository.LastPoll last = found.get();
        String condition = "qbwc-silent:" + last.connectorId();
        Instant now = clock.instant();
        Duration silent = Duration.between(last.at(), now);
        if (silent.compareTo(properties.qbwcSilentAfter()) < 0) {
            signal(AlertSignal.cleared(condition));
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("connectorId", last.connectorId());
        details.put("connector", last.name());
        details.put("lastPoll", last.everPolled() ? last.at().toString() : null);
        details.put("silentSeconds", silent.toSeconds());
        String since = last.everPolled() ? "has not polled since " + last.at() : "has never polled since the"
                + " connector was created at " + last.at();
        signal(AlertSignal.raised(new Alert("qbwc-silent", condition, "warning",
                "QuickBooks Web Connector of '" + last.name() + "' silent for " + hours(silent),
                "The QuickBooks Web Connector of the default connector '" + last.name() + "' " + since + " (allowed: "
                        + hours(properties.qbwcSilentAfter()) + ", atqb.notify.qbwc-silent-after). Check that the"
                        + " Windows machine is on, QuickBooks and the Web Connector run, and the connector's"
                        + " auto-run is enabled.",
                publicUrl.base() + "/connectors/" + last.connectorId(), now, details)));
    }

    /**
     * Route step: records the signal's condition as raised or cleared and answers the alert to send when it is newly
     * raised, else null.
     */
    public Alert decide(@Body AlertSignal signal) {
        if (!signal.raises()) {
            if (Boolean.TRUE.equals(tx.execute(status -> alerts.clear(signal.condition())))) {
                LOG.info("Alert condition {} cleared", signal.condition());
            }
            return null;
        }
        Alert alert = signal.alert();
        boolean fresh = Boolean.TRUE.equals(tx.execute(status -> alerts.raise(alert.condition(), alert.kind(),
                alert.title(), alert.raisedAt())));
        if (!fresh) {
            return null;
        }
        LOG.warn("Alert {}: {}", alert.condition(), alert.title());
        return alert;
    }

    public boolean webhookEnabled() {
        return properties.webhookEnabled();
    }

    public boolean mailEnabled() {
        return properties.mailEnabled();
    }

    /** Where the webhook POST goes (never logged: such URLs often carry a token). */
    public String webhookUrl() {
        return properties.webhookUrl().strip();
    }

    /** The webhook's JSON body. */
    public String json(@Body Alert alert) throws JsonProcessingException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service", "atqb-sync");
        body.put("kind", alert.kind());
        body.put("condition", alert.condition());
        body.put("severity", alert.severity());
        body.put("title", alert.title());
        body.put("message", alert.message());
        body.put("link", alert.link());
        body.put("raisedAt", alert.raisedAt().toString());
        body.put("details", alert.details());
        return json.writeValueAsString(body);
    }

    /** The route gave up delivering an alert by one channel after its retries: one ERROR line, without the URL. */
    public void deliveryFailed(@ExchangeProperty(ALERT_TITLE) String title,
                               @ExchangeProperty(ALERT_CHANNEL) String channel,
                               @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception cause) {
        String why = cause instanceof HttpOperationFailedException http ? "HTTP status " + http.getStatusCode()
                : cause == null ? "unknown error" : cause.getClass().getSimpleName();
        LOG.error("Alert \"{}\" could not be delivered by {} after {} retries ({})", title, channel,
                properties.retries(), why);
    }

    private Alert runAlert(String kind, String condition, long runId, long connectorId, String status, String message,
                           Map<String, Integer> counts) {
        String name = connectors.findById(connectorId).map(WebConnector::name).orElse("#" + connectorId);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("runId", runId);
        details.put("connectorId", connectorId);
        details.put("connector", name);
        details.put("status", status);
        details.put("counts", new LinkedHashMap<>(counts));
        return new Alert(kind, condition, severity(status),
                "Inventory sync run " + runId + " of connector '" + name + "' ended " + status,
                message == null ? "" : message, publicUrl.base() + "/inventory-sync/history/" + runId,
                clock.instant(), details);
    }

    /** Hands the signal to the alert route without waiting; with no channel set up, alerts are off. */
    private void signal(AlertSignal signal) {
        if (!properties.webhookEnabled() && !properties.mailEnabled()) {
            return;
        }
        try {
            producer.sendBody(SIGNALS, signal);
        } catch (RuntimeException e) {
            LOG.error("Alert signal {} dropped: {}", signal.condition(), e.getMessage());
        }
    }

    private static String severity(String status) {
        return FAILED.equals(status) ? "error" : "warning";
    }

    private static String kebab(String status) {
        return status.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String hours(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }
}
