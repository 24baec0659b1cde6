package io.atqb.operations;

import java.util.Objects;

/**
 * A condition seen raised or seen cleared, on its way to the alert route.
 *
 * @param condition the condition key
 * @param alert     the alert to send if the condition is newly raised; null when it is seen cleared
 */
public record AlertSignal(String condition, Alert alert) {

    public AlertSignal {
        Objects.requireNonNull(condition, "condition");
    }

    public static AlertSignal raised(Alert alert) {
        return new AlertSignal(alert.condition(), alert);
    }

    public static AlertSignal cleared(String condition) {
        return new AlertSignal(condition, null);
    }

    public boolean raises() {
        return alert != null;
    }
}
