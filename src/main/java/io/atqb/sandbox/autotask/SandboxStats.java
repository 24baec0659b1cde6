package io.atqb.sandbox.autotask;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the sandbox Autotask observed: calls per endpoint and operation, the highest number of concurrent calls per
 * entity endpoint and overall, and a bounded log of recent requests.
 */
public final class SandboxStats {

    private static final int LOG_LIMIT = 5_000;

    private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> highest = new ConcurrentHashMap<>();
    private final AtomicInteger inFlightOverall = new AtomicInteger();
    private final AtomicInteger highestOverall = new AtomicInteger();
    private final Deque<SandboxRecordedRequest> log = new ArrayDeque<>();

    SandboxStats() {
    }

    private static String key(String endpoint) {
        return endpoint.toLowerCase(Locale.ROOT);
    }

    /** Counts a call as it arrives (before any delay), so slow calls are counted at once. */
    void arrived(String endpoint, String operation) {
        if (endpoint != null) {
            calls.computeIfAbsent(key(endpoint) + "/" + operation, k -> new AtomicLong()).incrementAndGet();
        }
    }

    /** Logs a finished request. */
    void record(SandboxRecordedRequest request) {
        synchronized (log) {
            if (log.size() == LOG_LIMIT) {
                log.removeFirst();
            }
            log.addLast(request);
        }
    }

    /** Counts a call entering an endpoint; returns how many calls are now in flight on it. */
    int enter(String endpoint) {
        int now = inFlight.computeIfAbsent(key(endpoint), k -> new AtomicInteger()).incrementAndGet();
        highest.computeIfAbsent(key(endpoint), k -> new AtomicInteger()).accumulateAndGet(now, Math::max);
        int overall = inFlightOverall.incrementAndGet();
        highestOverall.accumulateAndGet(overall, Math::max);
        return now;
    }

    void exit(String endpoint) {
        inFlight.get(key(endpoint)).decrementAndGet();
        inFlightOverall.decrementAndGet();
    }

    /** Calls to an endpoint (entity name, {@code ThresholdInformation}, {@code zoneInformation}, ...), any operation. */
    public long calls(String endpoint) {
        String prefix = key(endpoint) + "/";
        return calls.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(prefix))
                .mapToLong(entry -> entry.getValue().get())
                .sum();
    }

    /** Calls to one operation of an endpoint, e.g. {@code calls("Products", "query")}. */
    public long calls(String endpoint, String operation) {
        AtomicLong count = calls.get(key(endpoint) + "/" + operation);
        return count == null ? 0 : count.get();
    }

    /** All calls to known endpoints, zone and version lookups included. */
    public long totalCalls() {
        return calls.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** The highest number of calls in flight at once on one entity endpoint (rejected ones included). */
    public int highestConcurrency(String endpoint) {
        AtomicInteger value = highest.get(key(endpoint));
        return value == null ? 0 : value.get();
    }

    /** The highest number of calls in flight at once across all endpoints. */
    public int highestConcurrencyOverall() {
        return highestOverall.get();
    }

    /** Calls being answered right now, across all endpoints. */
    public int inFlightOverall() {
        return inFlightOverall.get();
    }

    /** The most recent requests, oldest first (at most 5,000). */
    public List<SandboxRecordedRequest> requests() {
        synchronized (log) {
            return new ArrayList<>(log);
        }
    }

    /** Forgets everything observed so far. */
    public void reset() {
        calls.clear();
        highest.clear();
        highestOverall.set(inFlightOverall.get());
        synchronized (log) {
            log.clear();
        }
    }
}
