package io.atqb.qbxml;

import java.util.List;

/**
 * {@code ItemInventoryQueryRq}: inventory parts by ListID, by FullName, or by the filter set (MaxReturned,
 * ActiveStatus), optionally paged with an iterator and trimmed with IncludeRetElement.
 *
 * @param iterator null for a plain query, else START, CONTINUE (needs iteratorId) or STOP (needs iteratorId)
 * @param activeStatus null to omit the element (QuickBooks then returns active items only)
 */
public record ItemInventoryQueryRq(
        String requestId,
        IteratorMode iterator,
        String iteratorId,
        Integer maxReturned,
        ActiveStatus activeStatus,
        List<String> listIds,
        List<String> fullNames,
        List<String> includeRetElements) implements QbxmlRequest {

    public ItemInventoryQueryRq {
        requestId = QbxmlFields.requestId("ItemInventoryQueryRq", requestId);
        iteratorId = QbxmlFields.optional("ItemInventoryQueryRq.iteratorId", iteratorId, QbxmlFields.ID_MAX);
        listIds = QbxmlFields.list("ItemInventoryQueryRq.listIds", listIds, QbxmlFields.ID_MAX);
        fullNames = QbxmlFields.list("ItemInventoryQueryRq.fullNames", fullNames, QbxmlFields.FULL_NAME_MAX);
        includeRetElements = QbxmlFields.list("ItemInventoryQueryRq.includeRetElements", includeRetElements,
                QbxmlFields.INCLUDE_RET_ELEMENT_MAX);
        checkFilterChoice(listIds, fullNames, maxReturned, activeStatus, iterator);
        checkIterator(iterator, iteratorId, maxReturned);
    }

    /** The first page of all inventory parts matching the filter. */
    public static ItemInventoryQueryRq start(String requestId, int maxReturned, ActiveStatus activeStatus,
            List<String> includeRetElements) {
        return new ItemInventoryQueryRq(requestId, IteratorMode.START, null, maxReturned, activeStatus,
                List.of(), List.of(), includeRetElements);
    }

    /** The next page of an iterator started in the same QBWC session; repeat the filter of the start request. */
    public static ItemInventoryQueryRq cont(String requestId, String iteratorId, int maxReturned,
            ActiveStatus activeStatus, List<String> includeRetElements) {
        return new ItemInventoryQueryRq(requestId, IteratorMode.CONTINUE, iteratorId, maxReturned, activeStatus,
                List.of(), List.of(), includeRetElements);
    }

    /** Releases an iterator that will not be read to the end. */
    public static ItemInventoryQueryRq stop(String requestId, String iteratorId) {
        return new ItemInventoryQueryRq(requestId, IteratorMode.STOP, iteratorId, null, null,
                List.of(), List.of(), List.of());
    }

    /** The inventory parts with these FullNames (unknown names give status 500 or 1, not an error). */
    public static ItemInventoryQueryRq byFullNames(String requestId, List<String> fullNames,
            List<String> includeRetElements) {
        return new ItemInventoryQueryRq(requestId, null, null, null, null, List.of(), fullNames, includeRetElements);
    }

    /** The inventory parts with these ListIDs. */
    public static ItemInventoryQueryRq byListIds(String requestId, List<String> listIds,
            List<String> includeRetElements) {
        return new ItemInventoryQueryRq(requestId, null, null, null, null, listIds, List.of(), includeRetElements);
    }

    @Override
    public ItemInventoryQueryRq withRequestId(String requestId) {
        return new ItemInventoryQueryRq(requestId, iterator, iteratorId, maxReturned, activeStatus, listIds,
                fullNames, includeRetElements);
    }

    private static void checkFilterChoice(List<String> listIds, List<String> fullNames, Integer maxReturned,
            ActiveStatus activeStatus, IteratorMode iterator) {
        if (!listIds.isEmpty() && !fullNames.isEmpty()) {
            throw new IllegalArgumentException(
                    "ItemInventoryQueryRq takes either listIds or fullNames, not both (qbXML filter choice)");
        }
        boolean byIdentity = !listIds.isEmpty() || !fullNames.isEmpty();
        if (byIdentity && iterator != null) {
            throw new IllegalArgumentException(
                    "ItemInventoryQueryRq iterators page the filter set; a query by listIds or fullNames has none");
        }
        if (byIdentity && (maxReturned != null || activeStatus != null)) {
            throw new IllegalArgumentException("ItemInventoryQueryRq maxReturned/activeStatus belong to the filter "
                    + "set and cannot be combined with listIds or fullNames");
        }
        if (maxReturned != null && maxReturned < 1) {
            throw new IllegalArgumentException("ItemInventoryQueryRq.maxReturned must be at least 1 but was "
                    + maxReturned);
        }
    }

    private static void checkIterator(IteratorMode iterator, String iteratorId, Integer maxReturned) {
        if (iterator == null || iterator == IteratorMode.START) {
            if (iteratorId != null) {
                throw new IllegalArgumentException("ItemInventoryQueryRq.iteratorId is only for iterator CONTINUE "
                        + "or STOP, but iterator is " + iterator);
            }
        } else if (iteratorId == null || iteratorId.isBlank()) {
            throw new IllegalArgumentException("ItemInventoryQueryRq iterator " + iterator
                    + " needs the iteratorId returned by the START response");
        }
        if ((iterator == IteratorMode.START || iterator == IteratorMode.CONTINUE) && maxReturned == null) {
            throw new IllegalArgumentException("ItemInventoryQueryRq iterator " + iterator
                    + " needs maxReturned (the page size)");
        }
    }
}
