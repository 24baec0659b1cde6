package io.atqb.sandbox.quickbooks;

import java.util.List;

/** An ItemInventoryQueryRq or ItemQueryRq: ListIDs, FullNames or a filter, plus iterator and return options. */
record ItemQueryRequest(
        String requestType,
        String requestId,
        IteratorMode iterator,
        String iteratorId,
        MetaData metaData,
        List<String> listIds,
        List<String> fullNames,
        Integer maxReturned,
        ActiveStatus activeStatus,
        String fromModifiedDate,
        String toModifiedDate,
        NameFilter nameFilter,
        NameRange nameRange,
        boolean classFilter,
        List<String> includeRetElements) implements QbxmlRequest {

    ItemQueryRequest {
        listIds = List.copyOf(listIds);
        fullNames = List.copyOf(fullNames);
        includeRetElements = List.copyOf(includeRetElements);
    }

    /** The iterator attribute. */
    enum IteratorMode { NONE, START, CONTINUE, STOP }

    /** The metaData attribute. */
    enum MetaData { NO_META_DATA, META_DATA_ONLY, META_DATA_AND_RESPONSE_DATA }

    /** The ActiveStatus filter; ActiveOnly when absent. */
    enum ActiveStatus { ACTIVE_ONLY, INACTIVE_ONLY, ALL }

    /** The MatchCriterion of a NameFilter. */
    enum MatchCriterion { STARTS_WITH, CONTAINS, ENDS_WITH }

    record NameFilter(MatchCriterion criterion, String name) {
    }

    record NameRange(String fromName, String toName) {
    }

    boolean byListId() {
        return !listIds.isEmpty();
    }

    boolean byFullName() {
        return !fullNames.isEmpty();
    }
}
