package io.atqb.sandbox.webconnector;

/** What the server answered to one HTTP POST: status, Content-Type header and the raw body bytes. */
record HttpReply(int status, String contentType, byte[] body) {
}
