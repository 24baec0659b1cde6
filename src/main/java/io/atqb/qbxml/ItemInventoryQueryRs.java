package io.atqb.qbxml;

import java.util.List;

/**
 * {@code ItemInventoryQueryRs}; iteratorId and iteratorRemainingCount are set only for iterator queries
 * (remaining 0 means the last page).
 */
public record ItemInventoryQueryRs(
        String requestId,
        QbxmlStatus status,
        String iteratorId,
        Integer iteratorRemainingCount,
        List<ItemInventoryRet> items) implements QbxmlResponse {

    public ItemInventoryQueryRs {
        items = items == null ? List.of() : List.copyOf(items);
    }

    @Override
    public String elementName() {
        return "ItemInventoryQueryRs";
    }
}
