package io.atqb.sync;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the working rows of finished runs are removed ({@code atqb.sync.cleanup.*}); every default is in
 * {@code application.yaml}.
 *
 * @param every     how often every instance looks for finished runs whose rows are still there (above 0)
 * @param batchRows products removed per transaction (1 to 100,000)
 */
@Validated
@ConfigurationProperties("atqb.sync.cleanup")
public record InventorySyncCleanupProperties(@NotNull Duration every, int batchRows) {

    @AssertTrue(message = "atqb.sync.cleanup.every must be above 0")
    boolean isEveryPositive() {
        return every == null || (!every.isNegative() && !every.isZero());
    }

    @AssertTrue(message = "atqb.sync.cleanup.batch-rows must be from 1 to 100000")
    boolean isBatchRowsInRange() {
        return batchRows >= 1 && batchRows <= 100_000;
    }
}
