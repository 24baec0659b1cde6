package io.atqb.connector;

/**
 * Published (after commit) when "Sync Inventory during next QuickBooks-initiated communication" is armed
 * on the default connector, by the admin API or by the schedule. {@code trigger} says who armed it.
 */
public record InventorySyncArmedEvent(long connectorId, String trigger) {
}
