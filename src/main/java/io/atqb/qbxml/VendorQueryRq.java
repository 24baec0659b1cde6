package io.atqb.qbxml;

import java.util.List;

/** {@code VendorQueryRq} by one or more full names (each at most 41 characters); QuickBooks matches without case. */
public record VendorQueryRq(String requestId, List<String> fullNames) implements QbxmlRequest {

    public VendorQueryRq {
        requestId = QbxmlFields.requestId("VendorQueryRq", requestId);
        fullNames = QbxmlFields.list("VendorQueryRq.fullNames", fullNames, QbxmlFields.VENDOR_NAME_MAX);
        if (fullNames.isEmpty()) {
            throw new IllegalArgumentException("VendorQueryRq needs at least one full name");
        }
    }

    @Override
    public VendorQueryRq withRequestId(String requestId) {
        return new VendorQueryRq(requestId, fullNames);
    }
}
