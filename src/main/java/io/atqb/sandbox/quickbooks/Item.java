package io.atqb.sandbox.quickbooks;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A snapshot of one item in the sandbox company file. Account fields hold account full names (null when unset);
 * {@code quantityOnHand} is null for non-inventory and service items.
 */
public record Item(
        String listId,
        ItemType type,
        String name,
        String fullName,
        boolean active,
        BigDecimal quantityOnHand,
        String incomeAccount,
        String cogsAccount,
        String assetAccount,
        String salesDesc,
        String purchaseDesc,
        BigDecimal salesPrice,
        BigDecimal purchaseCost,
        OffsetDateTime timeCreated,
        OffsetDateTime timeModified,
        String editSequence) {

    /** Depth in the item hierarchy: 0 for a top-level item, 1 for {@code Parent:Child}, and so on. */
    public int sublevel() {
        return (int) fullName.chars().filter(c -> c == ':').count();
    }

    /** The full name of the parent item, or null for a top-level item. */
    public String parentFullName() {
        int separator = fullName.lastIndexOf(':');
        return separator < 0 ? null : fullName.substring(0, separator);
    }

    Item withQuantityOnHand(BigDecimal quantity) {
        return new Item(listId, type, name, fullName, active, quantity, incomeAccount, cogsAccount, assetAccount,
                salesDesc, purchaseDesc, salesPrice, purchaseCost, timeCreated, timeModified, editSequence);
    }

    Item withActive(boolean isActive, OffsetDateTime modified, String newEditSequence) {
        return new Item(listId, type, name, fullName, isActive, quantityOnHand, incomeAccount, cogsAccount,
                assetAccount, salesDesc, purchaseDesc, salesPrice, purchaseCost, timeCreated, modified,
                newEditSequence);
    }
}
