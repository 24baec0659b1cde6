package io.atqb.sandbox.quickbooks;

import java.util.List;

/** A HostQueryRq, CompanyQueryRq or PreferencesQueryRq. */
record HostInfoQueryRequest(String requestType, String requestId, List<String> includeRetElements)
        implements QbxmlRequest {

    HostInfoQueryRequest {
        includeRetElements = List.copyOf(includeRetElements);
    }
}
