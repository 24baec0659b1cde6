package io.atqb.qbxml;

import java.util.List;

/**
 * {@code ItemQueryRq}: items of every type (inventory, non-inventory, service, ...) by ListID or by FullName;
 * used to find out which kind of item already holds a name.
 */
public record ItemQueryRq(String requestId, List<String> listIds, List<String> fullNames) implements QbxmlRequest {

    public ItemQueryRq {
        requestId = QbxmlFields.requestId("ItemQueryRq", requestId);
        listIds = QbxmlFields.list("ItemQueryRq.listIds", listIds, QbxmlFields.ID_MAX);
        fullNames = QbxmlFields.list("ItemQueryRq.fullNames", fullNames, QbxmlFields.FULL_NAME_MAX);
        if (listIds.isEmpty() == fullNames.isEmpty()) {
            throw new IllegalArgumentException("ItemQueryRq needs either listIds or fullNames (exactly one of them)");
        }
    }

    public static ItemQueryRq byFullNames(String requestId, List<String> fullNames) {
        return new ItemQueryRq(requestId, List.of(), fullNames);
    }

    public static ItemQueryRq byListIds(String requestId, List<String> listIds) {
        return new ItemQueryRq(requestId, listIds, List.of());
    }

    @Override
    public ItemQueryRq withRequestId(String requestId) {
        return new ItemQueryRq(requestId, listIds, fullNames);
    }
}
