package io.atqb.autotask;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code autotask.*} settings (defaults in {@code application.yaml}). Credentials come only from the environment
 * and are never part of {@link #toString()}.
 *
 * @param baseUrl                     zone URL ending in {@code /ATServicesRest/}; empty = zone discovery
 * @param zoneLookupUrl               where zone discovery asks (ends in {@code /atservicesrest/})
 * @param username                    API user name (UserName header)
 * @param secret                      API secret (Secret header)
 * @param integrationCode             API tracking identifier (ApiIntegrationCode header)
 * @param inventorySource             InventoryItems or InventoryProducts
 * @param pageSize                    rows per page, 1..500
 * @param lookupBatchSize             ids per {@code in} filter, 1..500
 * @param maxConcurrentCallsPerEntity concurrent calls per entity endpoint (Autotask allows 3)
 * @param thresholdShare              a full pull refuses to start above this share of the hourly budget (0..1)
 * @param zoneCacheTtl                how long a discovered zone URL is reused
 * @param maxPagesPerQuery            safety bound on the pages of one query
 * @param http                        HTTP timeouts
 * @param retry                       retry limits and backoff
 */
@ConfigurationProperties("autotask")
public record AutotaskProperties(String baseUrl, String zoneLookupUrl, String username, String secret,
        String integrationCode, InventorySource inventorySource, int pageSize, int lookupBatchSize,
        int maxConcurrentCallsPerEntity, double thresholdShare, Duration zoneCacheTtl, int maxPagesPerQuery, Http http,
        Retry retry) {

    /** Autotask's page size limit. */
    public static final int MAX_PAGE_SIZE = 500;

    public AutotaskProperties {
        baseUrl = baseUrl == null ? "" : baseUrl.trim();
        zoneLookupUrl = zoneLookupUrl == null ? "" : zoneLookupUrl.trim();
        username = username == null ? "" : username;
        secret = secret == null ? "" : secret;
        integrationCode = integrationCode == null ? "" : integrationCode;
        Objects.requireNonNull(inventorySource, "autotask.inventory-source must be InventoryItems or InventoryProducts");
        Objects.requireNonNull(zoneCacheTtl, "autotask.zone-cache-ttl is required");
        Objects.requireNonNull(http, "autotask.http.* is required");
        Objects.requireNonNull(retry, "autotask.retry.* is required");
        requireRange("autotask.page-size", pageSize, 1, MAX_PAGE_SIZE);
        requireRange("autotask.lookup-batch-size", lookupBatchSize, 1, MAX_PAGE_SIZE);
        requireRange("autotask.max-concurrent-calls-per-entity", maxConcurrentCallsPerEntity, 1, 10);
        requireRange("autotask.max-pages-per-query", maxPagesPerQuery, 1, Integer.MAX_VALUE);
        if (!(thresholdShare > 0 && thresholdShare <= 1)) {
            throw new IllegalArgumentException("autotask.threshold-share must be above 0 and at most 1, was "
                    + thresholdShare);
        }
        if (baseUrl.isEmpty() && zoneLookupUrl.isEmpty()) {
            throw new IllegalArgumentException("set autotask.base-url or autotask.zone-lookup-url");
        }
    }

    private static void requireRange(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    /**
     * HTTP settings.
     *
     * @param connectTimeout connect timeout (a plain number in milliseconds, as the HTTP endpoint reads it too)
     * @param readTimeout    response (read) timeout of one call (a plain number in milliseconds)
     * @param permitTimeout  longest wait for a free per-entity call slot
     */
    public record Http(Duration connectTimeout, Duration readTimeout, Duration permitTimeout) {
        public Http {
            Objects.requireNonNull(connectTimeout, "autotask.http.connect-timeout is required");
            Objects.requireNonNull(readTimeout, "autotask.http.read-timeout is required");
            Objects.requireNonNull(permitTimeout, "autotask.http.permit-timeout is required");
        }
    }

    /**
     * Retry settings.
     *
     * @param max5xxRetries      retries of 5xx answers and transport errors (validation/permission errors never)
     * @param maxThrottleRetries retries of 429 and thread-threshold answers
     * @param backoffBase        first backoff delay (doubled per retry, jittered)
     * @param backoffMax         the longest single backoff delay
     * @param maxTotalWait       the longest total wait over the retries of one call
     */
    public record Retry(int max5xxRetries, int maxThrottleRetries, Duration backoffBase, Duration backoffMax,
            Duration maxTotalWait) {
        public Retry {
            requireRange("autotask.retry.max-5xx-retries", max5xxRetries, 0, 100);
            requireRange("autotask.retry.max-throttle-retries", maxThrottleRetries, 0, 1000);
            Objects.requireNonNull(backoffBase, "autotask.retry.backoff-base is required");
            Objects.requireNonNull(backoffMax, "autotask.retry.backoff-max is required");
            Objects.requireNonNull(maxTotalWait, "autotask.retry.max-total-wait is required");
        }
    }

    /** True when the zone URL is found by zone discovery rather than configured. */
    public boolean zoneDiscovery() {
        return baseUrl.isEmpty();
    }

    @Override
    public String toString() {
        return "AutotaskProperties[baseUrl=" + baseUrl + ", zoneLookupUrl=" + zoneLookupUrl
                + ", username=" + (username.isEmpty() ? "" : "***") + ", secret=***, integrationCode=***"
                + ", inventorySource=" + inventorySource + ", pageSize=" + pageSize + ", lookupBatchSize="
                + lookupBatchSize + ", maxConcurrentCallsPerEntity=" + maxConcurrentCallsPerEntity
                + ", thresholdShare=" + thresholdShare + ", zoneCacheTtl=" + zoneCacheTtl + ", maxPagesPerQuery="
                + maxPagesPerQuery + ", http=" + http + ", retry=" + retry + "]";
    }
}
