package io.atqb.sandbox.autotask;

import java.time.Duration;
import java.util.Objects;

/**
 * A fault the sandbox Autotask injects into the next matching calls: rejections (429 with Retry-After, thread
 * threshold, 5xx with a message, 200 carrying errors, malformed JSON) or changes to an otherwise normal answer (a slow
 * answer, a field left out of the items, {@code id gt} acting like {@code gte}).
 *
 * @param kind       what happens
 * @param entity     the entity endpoint it applies to (e.g. {@code Products}, {@code ThresholdInformation},
 *                   {@code zoneInformation}); null = every entity endpoint
 * @param times      how many matching calls it affects
 * @param skip       how many matching calls pass unharmed first
 * @param status     the HTTP status of a rejection
 * @param message    the error message of a rejection
 * @param retryAfter the Retry-After header value (seconds or an HTTP date), or null for none
 * @param delay      how long a slow answer waits
 * @param field      the field a {@link Kind#OMIT_FIELD} fault leaves out
 */
public record SandboxFault(Kind kind, String entity, int times, int skip, int status, String message,
        String retryAfter, Duration delay, String field) {

    /** The kinds of fault. */
    public enum Kind {
        /** Answers 429 with an errors body and an optional Retry-After header. */
        THROTTLED,
        /** Answers like the thread limit does ("Thread Threshold Exceeded"). */
        THREAD_THRESHOLD,
        /** Answers the given status with {@code {"errors":[message]}}. */
        ERROR_STATUS,
        /** Answers 200 with a body whose {@code errors} list is not empty. */
        ERRORS_IN_OK,
        /** Answers 200 with errors given as objects ({@code {"message":..., "field":...}}). */
        ERROR_OBJECTS_IN_OK,
        /** Answers 200 with a truncated JSON body. */
        MALFORMED_JSON,
        /** Waits {@code delay}, then answers normally. */
        SLOW,
        /** Answers normally but leaves {@code field} out of every item. */
        OMIT_FIELD,
        /** Answers normally but lets {@code id gt x} include the row with id x (duplicates the paging boundary). */
        DUPLICATE_BOUNDARY_ROW
    }

    public SandboxFault {
        Objects.requireNonNull(kind, "kind");
        if (times < 1 || skip < 0) {
            throw new IllegalArgumentException("times must be >= 1 and skip >= 0");
        }
    }

    private static SandboxFault of(Kind kind, int status, String message) {
        return new SandboxFault(kind, null, 1, 0, status, message, null, null, null);
    }

    /** 429 with {@code Retry-After: retryAfter} (seconds or HTTP date; null = no header). */
    public static SandboxFault throttled(String retryAfter) {
        return new SandboxFault(Kind.THROTTLED, null, 1, 0, 429,
                "The request was rejected because the API request threshold was exceeded.", retryAfter, null, null);
    }

    /** The thread-limit rejection, answered with the given status (the real API uses 429 or another status). */
    public static SandboxFault threadThreshold(int status) {
        return of(Kind.THREAD_THRESHOLD, status, threadThresholdMessage("this endpoint"));
    }

    /** Any status with {@code {"errors":[message]}}, e.g. 500 "Unable to find ..." or 503. */
    public static SandboxFault error(int status, String message) {
        return of(Kind.ERROR_STATUS, status, message);
    }

    public static SandboxFault errorsInOk(String message) {
        return of(Kind.ERRORS_IN_OK, 200, message);
    }

    public static SandboxFault errorObjectsInOk(String message) {
        return of(Kind.ERROR_OBJECTS_IN_OK, 200, message);
    }

    public static SandboxFault malformedJson() {
        return of(Kind.MALFORMED_JSON, 200, null);
    }

    public static SandboxFault slow(Duration delay) {
        return new SandboxFault(Kind.SLOW, null, 1, 0, 200, null, null, delay, null);
    }

    public static SandboxFault omitField(String field) {
        return new SandboxFault(Kind.OMIT_FIELD, null, 1, 0, 200, null, null, null, field);
    }

    public static SandboxFault duplicateBoundaryRow() {
        return of(Kind.DUPLICATE_BOUNDARY_ROW, 200, null);
    }

    /** Limits the fault to one entity endpoint (also {@code ThresholdInformation} or {@code zoneInformation}). */
    public SandboxFault forEntity(String entityName) {
        return new SandboxFault(kind, entityName, times, skip, status, message, retryAfter, delay, field);
    }

    public SandboxFault times(int count) {
        return new SandboxFault(kind, entity, count, skip, status, message, retryAfter, delay, field);
    }

    /** Lets the first {@code count} matching calls pass before the fault starts. */
    public SandboxFault afterCalls(int count) {
        return new SandboxFault(kind, entity, times, count, status, message, retryAfter, delay, field);
    }

    /** A rejection, as opposed to a change of a normal answer. */
    boolean rejects() {
        return switch (kind) {
            case SLOW, OMIT_FIELD, DUPLICATE_BOUNDARY_ROW -> false;
            default -> true;
        };
    }

    static String threadThresholdMessage(String endpoint) {
        return "Thread Threshold Exceeded: the integration has reached its threshold of "
                + SandboxAutotask.THREAD_LIMIT + " threads for " + endpoint + ". (Itgenatr005)";
    }
}
