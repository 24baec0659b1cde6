package io.atqb.sandbox.quickbooks;

/** One parsed request of a message set, e.g. an ItemInventoryAddRq. */
interface QbxmlRequest {

    /** The request element name, e.g. {@code ItemInventoryAddRq}. */
    String requestType();

    /** The requestID attribute, or null when the request carries none. */
    String requestId();
}
