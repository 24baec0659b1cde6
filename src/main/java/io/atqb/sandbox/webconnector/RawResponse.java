package io.atqb.sandbox.webconnector;

/** An HTTP answer to a raw SOAP post: status, Content-Type header (may be null) and body text. */
public record RawResponse(int statusCode, String contentType, String body) {
}
