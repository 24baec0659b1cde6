package io.atqb.autotask;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counters of one pull, safe to update from parallel branches. */
final class PullStats {

    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> rows = new ConcurrentHashMap<>();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final Clock clock;
    private final Instant started;
    private volatile Long budgetUsed;
    private volatile Long budgetLimit;

    PullStats(Clock clock) {
        this.clock = clock;
        this.started = clock.instant();
    }

    void call(String endpoint) {
        calls.computeIfAbsent(endpoint, k -> new LongAdder()).increment();
    }

    void rows(String entity, long count) {
        rows.computeIfAbsent(entity, k -> new LongAdder()).add(count);
    }

    void duplicates(long count) {
        duplicates.add(count);
    }

    void retry() {
        retries.increment();
    }

    void budget(long used, long limit) {
        this.budgetUsed = used;
        this.budgetLimit = limit;
    }

    Instant started() {
        return started;
    }

    PullStatistics statistics() {
        Map<String, Integer> callCounts = new HashMap<>();
        calls.forEach((endpoint, count) -> callCounts.put(endpoint, count.intValue()));
        Map<String, Long> rowCounts = new HashMap<>();
        rows.forEach((entity, count) -> rowCounts.put(entity, count.longValue()));
        int total = callCounts.values().stream().mapToInt(Integer::intValue).sum();
        return new PullStatistics(total, callCounts, rowCounts, duplicates.longValue(), retries.intValue(),
                budgetUsed, budgetLimit, Duration.between(started, clock.instant()));
    }
}
