package io.atqb.purchasing;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the queued write-backs are written ({@code atqb.purchasing.write-backs.*}; defaults in
 * {@code application.yaml}).
 *
 * @param every how often every instance looks for write-backs due (above 0)
 * @param lease how long an instance holds a write-back it took; one it did not finish is due again after this
 *              (longer than every)
 * @param batch write-backs taken at a time, in one transaction (1 to 1,000); a look writes every batch due
 */
@Validated
@ConfigurationProperties("atqb.purchasing.write-backs")
public record PurchasingWriteBackProperties(@NotNull Duration every, @NotNull Duration lease,
                                            @Min(1) @Max(1000) int batch) {

    @AssertTrue(message = "atqb.purchasing.write-backs.every must be above 0 and lease longer than every")
    boolean isLeaseLongerThanEvery() {
        return every == null || lease == null || (every.compareTo(Duration.ZERO) > 0 && lease.compareTo(every) > 0);
    }
}
