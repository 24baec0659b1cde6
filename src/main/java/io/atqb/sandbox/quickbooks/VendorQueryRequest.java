package io.atqb.sandbox.quickbooks;

import java.util.List;

/**
 * A VendorQueryRq: by ListIDs, by FullNames, or by the filters the sandbox supports (MaxReturned, ActiveStatus);
 * {@code unsupportedFilter} names a schema-valid filter the sandbox does not evaluate.
 */
record VendorQueryRequest(String requestId, List<String> listIds, List<String> fullNames, Integer maxReturned,
        ItemQueryRequest.ActiveStatus activeStatus, String unsupportedFilter, List<String> includeRetElements)
        implements QbxmlRequest {

    static final String TYPE = "VendorQueryRq";

    VendorQueryRequest {
        listIds = List.copyOf(listIds);
        fullNames = List.copyOf(fullNames);
        includeRetElements = List.copyOf(includeRetElements);
    }

    @Override
    public String requestType() {
        return TYPE;
    }
}
