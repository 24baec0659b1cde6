package io.atqb.autotask;

import java.util.List;
import java.util.Locale;

/** How a failed Autotask call is treated by the retry policy. */
public enum AutotaskFailureKind {
    /** 429 or a "thread threshold" answer: retried after Retry-After or a backoff. */
    THROTTLED,
    /** A 5xx answer that is not a validation or permission message: retried a few times. */
    SERVER_ERROR,
    /** The connection failed or timed out: retried like a 5xx answer. */
    TRANSPORT,
    /** 401: the zone is discovered again once (when discovery is in use), otherwise fatal. */
    UNAUTHORIZED,
    /** Validation, permission, integration code, 4xx, or errors inside a 200 answer: never retried. */
    REJECTED,
    /** The answer was not the JSON expected (malformed, a field missing): never retried. */
    MALFORMED;

    private static final List<String> NOT_RETRYABLE = List.of("unable to find", "invalid", "permission",
            "integrationcode", "zone information could not be determined");

    /** Classifies an HTTP status and the messages of its {@code errors} list. */
    public static AutotaskFailureKind classify(int status, List<String> messages) {
        String text = String.join(" ", messages).toLowerCase(Locale.ROOT);
        if (status == 429 || text.contains("thread threshold")) {
            return THROTTLED;
        }
        if (status == 401) {
            return UNAUTHORIZED;
        }
        if (status >= 500 && NOT_RETRYABLE.stream().noneMatch(text::contains)) {
            return SERVER_ERROR;
        }
        return REJECTED;
    }

    public boolean retryable() {
        return this == THROTTLED || this == SERVER_ERROR || this == TRANSPORT || this == UNAUTHORIZED;
    }
}
