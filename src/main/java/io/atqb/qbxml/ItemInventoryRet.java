package io.atqb.qbxml;

import java.math.BigDecimal;

/**
 * The {@code ItemInventoryRet} fields the sync uses. Fields left out by IncludeRetElement are null, except
 * {@code active}, which is then true (the QuickBooks default).
 */
public record ItemInventoryRet(
        String listId,
        String editSequence,
        String name,
        String fullName,
        boolean active,
        BigDecimal quantityOnHand,
        String timeModified) {
}
