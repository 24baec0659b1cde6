package io.atqb.sandbox.quickbooks;

/** A real qbXML request type the sandbox does not implement; it is answered with an error status. */
record UnsupportedRequest(String requestType, String requestId) implements QbxmlRequest {
}
