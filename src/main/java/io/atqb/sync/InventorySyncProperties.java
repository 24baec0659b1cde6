package io.atqb.sync;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.quartz.CronExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the complete inventory sync ({@code atqb.sync.inventory.*}); every default is in
 * {@code application.yaml}, and the service does not start with a missing or invalid value.
 *
 * @param cron                       Quartz cron that arms the sync on the default connector; empty = no schedule
 * @param timeZone                   time zone the cron is read in, e.g. UTC or Europe/Berlin
 * @param maxReturned                QuickBooks items per ItemInventoryQuery iterator page
 * @param adjustmentLinesPerRequest  lines per InventoryAdjustmentAdd request
 */
@Validated
@ConfigurationProperties("atqb.sync.inventory")
public record InventorySyncProperties(@NotNull String cron, @NotBlank String timeZone,
                                      @NotNull @Positive Integer maxReturned,
                                      @NotNull @Positive Integer adjustmentLinesPerRequest) {

    public InventorySyncProperties {
        cron = cron == null ? null : cron.strip();
        timeZone = timeZone == null ? null : timeZone.strip();
    }

    public boolean scheduled() {
        return !cron.isEmpty();
    }

    /** The cron, when set, is one Quartz understands (six or seven fields, e.g. "0 0 2 ? * SUN"). */
    @AssertTrue(message = "atqb.sync.inventory.cron must be empty or a Quartz cron expression such as \"0 0 2 ? * SUN\"")
    public boolean isCronValid() {
        return cron == null || cron.isEmpty() || CronExpression.isValidExpression(cron);
    }

    /** The time zone is a zone id Java knows. */
    @AssertTrue(message = "atqb.sync.inventory.time-zone must be a time zone id such as UTC or Europe/Berlin")
    public boolean isTimeZoneKnown() {
        if (timeZone == null || timeZone.isBlank()) {
            return true;
        }
        try {
            ZoneId.of(timeZone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
