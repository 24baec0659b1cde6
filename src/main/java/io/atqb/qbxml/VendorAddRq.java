package io.atqb.qbxml;

/** {@code VendorAddRq}: a vendor with only its Name (required, at most 41 characters). */
public record VendorAddRq(String requestId, String name) implements QbxmlRequest {

    public VendorAddRq {
        requestId = QbxmlFields.requestId("VendorAddRq", requestId);
        name = QbxmlFields.required("VendorAddRq.name", name, QbxmlFields.VENDOR_NAME_MAX);
    }

    @Override
    public VendorAddRq withRequestId(String requestId) {
        return new VendorAddRq(requestId, name);
    }
}
