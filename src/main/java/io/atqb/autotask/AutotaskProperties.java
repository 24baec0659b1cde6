package io.atqb.autotask;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code autotask.*} settings (defaults in {@code application.yaml} only; checked at startup by their
 * constraints). Credentials come only from the environment and are never part of {@link #toString()}.
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
@Validated
@ConfigurationProperties("autotask")
public record AutotaskProperties(
        @NotNull String baseUrl,
        @NotNull String zoneLookupUrl,
        @NotNull String username,
        @NotNull String secret,
        @NotNull String integrationCode,
        @NotNull(message = "must be InventoryItems or InventoryProducts") InventorySource inventorySource,
        @Min(1) @Max(MAX_PAGE_SIZE) int pageSize,
        @Min(1) @Max(MAX_PAGE_SIZE) int lookupBatchSize,
        @Min(1) @Max(10) int maxConcurrentCallsPerEntity,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") double thresholdShare,
        @NotNull @DurationMin(seconds = 1) Duration zoneCacheTtl,
        @Min(1) int maxPagesPerQuery,
        @NotNull @Valid Http http,
        @NotNull @Valid Retry retry) {

    /** Autotask's page size limit. */
    public static final int MAX_PAGE_SIZE = 500;

    public AutotaskProperties {
        baseUrl = baseUrl == null ? null : baseUrl.trim();
        zoneLookupUrl = zoneLookupUrl == null ? null : zoneLookupUrl.trim();
    }

    /** Zone discovery needs somewhere to ask when no zone URL is configured. */
    @AssertTrue(message = "set autotask.base-url or autotask.zone-lookup-url")
    public boolean isZoneReachable() {
        return baseUrl == null || zoneLookupUrl == null || !(baseUrl.isEmpty() && zoneLookupUrl.isEmpty());
    }

    /**
     * HTTP settings.
     *
     * @param connectTimeout connect timeout (a plain number in milliseconds, as the HTTP endpoint reads it too)
     * @param readTimeout    response (read) timeout of one call (a plain number in milliseconds)
     * @param permitTimeout  longest wait for a free per-entity call slot
     */
    public record Http(@NotNull @DurationMin(millis = 1) Duration connectTimeout,
            @NotNull @DurationMin(millis = 1) Duration readTimeout,
            @NotNull @DurationMin(millis = 1) Duration permitTimeout) {
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
    public record Retry(@Min(0) @Max(100) int max5xxRetries, @Min(0) @Max(1000) int maxThrottleRetries,
            @NotNull @DurationMin(millis = 1) Duration backoffBase,
            @NotNull @DurationMin(millis = 1) Duration backoffMax,
            @NotNull @DurationMin(millis = 0) Duration maxTotalWait) {
    }

    /** True when the zone URL is found by zone discovery rather than configured. */
    public boolean zoneDiscovery() {
        return baseUrl.isEmpty();
    }

    @Override
    public String toString() {
        return "AutotaskProperties[baseUrl=" + baseUrl + ", zoneLookupUrl=" + zoneLookupUrl
                + ", username=" + (username == null || username.isEmpty() ? "" : "***")
                + ", secret=***, integrationCode=***"
                + ", inventorySource=" + inventorySource + ", pageSize=" + pageSize + ", lookupBatchSize="
                + lookupBatchSize + ", maxConcurrentCallsPerEntity=" + maxConcurrentCallsPerEntity
                + ", thresholdShare=" + thresholdShare + ", zoneCacheTtl=" + zoneCacheTtl + ", maxPagesPerQuery="
                + maxPagesPerQuery + ", http=" + http + ", retry=" + retry + "]";
    }
}
