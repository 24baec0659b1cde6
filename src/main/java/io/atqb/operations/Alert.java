package io.atqb.operations;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One alert as it is sent (the webhook's JSON body; the e-mail's subject and text).
 *
 * @param kind      what happened: {@code inventory-sync-failed}, {@code inventory-sync-completed-with-errors},
 *                  {@code purchase-order-transfer-failed}, {@code purchase-order-transfer-completed-with-errors},
 *                  {@code qbwc-silent} or {@code autotask-budget}
 * @param condition the condition it raises (no second alert until it clears), e.g. {@code qbwc-silent:1}
 * @param severity  {@code error} or {@code warning}
 * @param title     one line
 * @param message   what to know and do
 * @param link      the page that shows it, or null
 * @param raisedAt  when it was raised
 * @param details   the figures (ids, status, counts)
 */
public record Alert(String kind, String condition, String severity, String title, String message, String link,
                    Instant raisedAt, Map<String, Object> details) {

    public Alert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(title, "title");
        details = Map.copyOf(details);
    }

    /** The e-mail's text. */
    public String text() {
        StringBuilder text = new StringBuilder(title).append("\n\n").append(message).append('\n');
        if (link != null) {
            text.append("\n").append(link).append('\n');
        }
        return text.toString();
    }
}
