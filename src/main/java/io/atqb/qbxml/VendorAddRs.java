package io.atqb.qbxml;

/** {@code VendorAddRs}; vendor is null when the add failed (e.g. 3100: the name is held by another list). */
public record VendorAddRs(String requestId, QbxmlStatus status, VendorRet vendor, ErrorRecovery errorRecovery)
        implements QbxmlResponse {

    @Override
    public String elementName() {
        return "VendorAddRs";
    }
}
