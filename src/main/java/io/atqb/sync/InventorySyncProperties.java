package io.atqb.sync;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the complete inventory sync.
 *
 * @param cron                       Quartz cron that arms the sync on the default connector; empty = no schedule
 * @param timeZone                   time zone the cron is read in
 * @param maxReturned                QuickBooks items per ItemInventoryQuery iterator page
 * @param adjustmentLinesPerRequest  lines per InventoryAdjustmentAdd request
 */
@ConfigurationProperties("atqb.sync.inventory")
public record InventorySyncProperties(String cron, String timeZone, Integer maxReturned,
                                      Integer adjustmentLinesPerRequest) {

    public InventorySyncProperties {
        cron = cron == null ? "" : cron.strip();
        timeZone = timeZone == null || timeZone.isBlank() ? "UTC" : timeZone.strip();
        maxReturned = maxReturned == null ? 1000 : maxReturned;
        adjustmentLinesPerRequest = adjustmentLinesPerRequest == null ? 100 : adjustmentLinesPerRequest;
    }

    public boolean scheduled() {
        return !cron.isEmpty();
    }
}
