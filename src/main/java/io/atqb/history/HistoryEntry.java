package io.atqb.history;

import java.math.BigDecimal;
import java.util.List;

/**
 * One entry of the Inventory Synchronization History: an item outcome or an error.
 *
 * @param severity INFO or ERROR
 * @param action   ADJUSTED, CREATED, UNCHANGED, NOT_SYNCED or FAILED
 */
public record HistoryEntry(
        long runId,
        Severity severity,
        Action action,
        String itemName,
        Long autotaskProductId,
        String quickbooksListId,
        Long autotaskOnHand,
        List<LocationOnHand> locations,
        BigDecimal quickbooksBefore,
        BigDecimal quickbooksAfter,
        Long purchaseOrderId,
        Long quantity,
        String message) {

    public enum Severity { INFO, ERROR }

    public enum Action { ADJUSTED, CREATED, UNCHANGED, NOT_SYNCED, FAILED }

    /** On hand at one Autotask location. */
    public record LocationOnHand(long locationId, String locationName, long onHand) {
    }
}
