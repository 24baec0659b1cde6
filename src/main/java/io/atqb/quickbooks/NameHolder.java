package io.atqb.quickbooks;

import io.atqb.qbxml.ItemQueryRq;
import io.atqb.qbxml.ItemQueryRs;
import io.atqb.qbxml.ItemRet;
import java.util.List;
import java.util.Optional;

/**
 * The item that holds a name QuickBooks refused with a {@link QuickBooksCodes#NAME_IN_USE 3100}. Item names
 * are unique across item types, so the holder is found with an {@code ItemQueryRq} (every type) by full name:
 * an inventory part can be linked; any other type keeps the name from becoming an inventory part.
 *
 * @param itemType the element QuickBooks answered with, e.g. {@code ItemInventoryRet}, {@code ItemServiceRet}
 */
public record NameHolder(String itemType, String listId, String fullName) {

    static final String INVENTORY_PART = "ItemInventoryRet";

    /** The query that finds out what holds the name. */
    public static ItemQueryRq inspect(String name) {
        return ItemQueryRq.byFullNames(null, List.of(name));
    }

    /** The holder named in the answer to {@link #inspect}; empty when QuickBooks has no item of that name. */
    public static Optional<NameHolder> of(ItemQueryRs answer) {
        return answer.items().stream().findFirst().map(NameHolder::of);
    }

    private static NameHolder of(ItemRet item) {
        return new NameHolder(item.itemType(), item.listId(), item.fullName() != null ? item.fullName() : item.name());
    }

    /** An inventory part: the record can be linked to it instead of creating one. */
    public boolean isInventoryPart() {
        return INVENTORY_PART.equals(itemType);
    }

    /** The holder's kind in words, e.g. "non-inventory item". */
    public String kind() {
        return switch (itemType == null ? "" : itemType) {
            case INVENTORY_PART -> "inventory part";
            case "ItemNonInventoryRet" -> "non-inventory item";
            case "ItemServiceRet" -> "service item";
            case "ItemOtherChargeRet" -> "other charge item";
            case "ItemInventoryAssemblyRet" -> "inventory assembly";
            default -> "item of another type (" + itemType + ")";
        };
    }
}
