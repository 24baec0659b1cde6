package io.atqb.qbxml;

/** Any other {@code *Rs}: only its name, requestID and status are kept. */
public record OtherRs(String elementName, String requestId, QbxmlStatus status) implements QbxmlResponse {
}
