package io.atqb.autotask;

import java.util.List;

/**
 * One Autotask call failed: the HTTP status (0 for transport errors), the messages of the answer's {@code errors}
 * list, the Retry-After header and how the failure is classified for retries.
 */
public class AutotaskCallException extends AutotaskException {

    private static final long serialVersionUID = 1L;

    private final String endpoint;
    private final int status;
    private final List<String> errors;
    private final String retryAfter;
    private final AutotaskFailureKind kind;
    private final String baseUrl;
    private volatile String retryOutcome;

    /**
     * @param entity     the entity or lookup called (e.g. {@code Products}, {@code zoneInformation})
     * @param endpoint   what was called, relative to the zone URL (e.g. {@code V1.0/Products/query})
     * @param status     the HTTP status, 0 when no answer arrived
     * @param errors     the answer's error messages (may be empty)
     * @param retryAfter the Retry-After header value, or null
     * @param kind       the classification
     * @param baseUrl    the zone URL used (never contains credentials), or null
     * @param detail     a clear description of the failure
     * @param cause      the underlying exception, or null
     */
    public AutotaskCallException(String entity, String endpoint, int status, List<String> errors, String retryAfter,
            AutotaskFailureKind kind, String baseUrl, String detail, Throwable cause) {
        super(detail, entity, null, cause);
        this.endpoint = endpoint;
        this.status = status;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
        this.kind = kind;
        this.baseUrl = baseUrl;
    }

    /** A failed HTTP answer with its error messages, classified by {@link AutotaskFailureKind#classify}. */
    public static AutotaskCallException answered(String entity, String endpoint, int status, List<String> errors,
            String retryAfter, String baseUrl) {
        return answered(entity, endpoint, status, errors, retryAfter, baseUrl,
                AutotaskFailureKind.classify(status, errors));
    }

    /** A failed HTTP answer with its error messages and the given classification. */
    public static AutotaskCallException answered(String entity, String endpoint, int status, List<String> errors,
            String retryAfter, String baseUrl, AutotaskFailureKind kind) {
        String what = errors.isEmpty() ? "no error message" : String.join("; ", errors);
        String detail = status == 200
                ? "Autotask answered " + endpoint + " with errors (HTTP 200): " + what
                : "Autotask answered HTTP " + status + " to " + endpoint + ": " + what;
        if (kind == AutotaskFailureKind.UNAUTHORIZED) {
            detail = "Autotask rejected the API credentials (HTTP 401) for " + endpoint
                    + "; check autotask.username and autotask.secret";
        }
        return new AutotaskCallException(entity, endpoint, status, errors, retryAfter, kind, baseUrl, detail, null);
    }

    public String endpoint() {
        return endpoint;
    }

    public int status() {
        return status;
    }

    public List<String> errors() {
        return errors;
    }

    public String retryAfter() {
        return retryAfter;
    }

    public AutotaskFailureKind kind() {
        return kind;
    }

    /** The zone URL the call went to, or null. */
    public String baseUrl() {
        return baseUrl;
    }

    /** Records why the retry policy gave up; it becomes part of the message. */
    void retryOutcome(String outcome) {
        this.retryOutcome = outcome;
    }

    @Override
    public String getMessage() {
        String outcome = retryOutcome;
        return outcome == null ? super.getMessage() : super.getMessage() + " (" + outcome + ")";
    }
}
