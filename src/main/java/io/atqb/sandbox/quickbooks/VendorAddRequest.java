package io.atqb.sandbox.quickbooks;

import java.util.List;

/** A VendorAddRq with the fields the sandbox keeps; other schema elements are accepted and ignored. */
record VendorAddRequest(String requestId, String name, Boolean isActive, List<String> includeRetElements)
        implements QbxmlRequest {

    static final String TYPE = "VendorAddRq";

    VendorAddRequest {
        includeRetElements = List.copyOf(includeRetElements);
    }

    @Override
    public String requestType() {
        return TYPE;
    }
}
