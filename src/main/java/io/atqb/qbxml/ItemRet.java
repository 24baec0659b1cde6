package io.atqb.qbxml;

/**
 * One item of any type from an {@code ItemQueryRs}.
 *
 * @param itemType the element name, e.g. ItemInventoryRet, ItemNonInventoryRet, ItemServiceRet
 * @param active null when the element was absent
 */
public record ItemRet(String itemType, String listId, String name, String fullName, Boolean active) {
}
