package io.atqb.qbxml;

import java.util.List;

/** {@code VendorQueryRs}; status 1 (no match) comes with no vendors. */
public record VendorQueryRs(String requestId, QbxmlStatus status, List<VendorRet> vendors) implements QbxmlResponse {

    public VendorQueryRs {
        vendors = vendors == null ? List.of() : List.copyOf(vendors);
    }

    @Override
    public String elementName() {
        return "VendorQueryRs";
    }
}
