package io.atqb.autotask;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a pull cost: HTTP calls per endpoint (zone lookups and retries included), distinct rows read per entity,
 * duplicate rows skipped, retries, the hourly budget seen before the pull and the elapsed time.
 *
 * @param calls                all HTTP calls made
 * @param callsByEndpoint      calls per entity endpoint ({@code zoneInformation}, {@code ThresholdInformation}, ...)
 * @param rowsByEntity         distinct rows read per entity
 * @param duplicateRowsSkipped rows skipped because their id had been read already
 * @param retries              calls repeated after a retryable failure
 * @param budgetUsed           requests used in the current hour before the pull, or null when not checked
 * @param budgetLimit          the hourly request limit, or null when not checked
 * @param elapsed              how long the pull took
 */
public record PullStatistics(int calls, Map<String, Integer> callsByEndpoint, Map<String, Long> rowsByEntity,
        long duplicateRowsSkipped, int retries, Long budgetUsed, Long budgetLimit, Duration elapsed) {

    public PullStatistics {
        callsByEndpoint = Map.copyOf(new TreeMap<>(callsByEndpoint));
        rowsByEntity = Map.copyOf(new TreeMap<>(rowsByEntity));
    }

    /** Calls to one endpoint (0 when none). */
    public int calls(String endpoint) {
        return callsByEndpoint.getOrDefault(endpoint, 0);
    }

    /** Distinct rows read of one entity (0 when none). */
    public long rows(String entity) {
        return rowsByEntity.getOrDefault(entity, 0L);
    }
}
