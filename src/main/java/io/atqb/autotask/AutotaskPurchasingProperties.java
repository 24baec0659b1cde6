package io.atqb.autotask;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code autotask.purchase-orders.*} settings of the purchase-order reads (defaults in {@code application.yaml}
 * only).
 *
 * @param searchTtl              how long a search answer is reused for the same criteria (0 = never)
 * @param searchCacheEntries     how many different searches are kept at most (the least recently used go first)
 * @param maxInFiltersPerQuery   how many {@code in} filters (of {@code autotask.lookup-batch-size} ids each) one
 *                               query may OR together when records are read by id lists
 */
@Validated
@ConfigurationProperties("autotask.purchase-orders")
public record AutotaskPurchasingProperties(
        @NotNull @DurationMin(millis = 0) Duration searchTtl,
        @Min(1) @Max(10_000) int searchCacheEntries,
        @Min(1) @Max(100) int maxInFiltersPerQuery) {
}
