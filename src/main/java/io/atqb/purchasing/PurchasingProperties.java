package io.atqb.purchasing;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code atqb.purchasing.*} settings (defaults in {@code application.yaml}).
 *
 * @param transferClockSkew how far a recorded transfer time may lie after the service's clock (the clocks of the
 *                          systems a transfer is recorded from drift); later times are refused
 * @param transferBeforeSync when true, arming the complete sync also marks every transferred PO that needs a
 *                           re-transfer, so the same session transfers it before the sync
 *                           ({@code ATQB_PURCHASING_TRANSFER_BEFORE_SYNC})
 */
@Validated
@ConfigurationProperties("atqb.purchasing")
public record PurchasingProperties(
        @NotNull @DurationMin(seconds = 0) @DurationMax(hours = 24) Duration transferClockSkew,
        boolean transferBeforeSync) {
}
