package io.atqb.sandbox.webconnector;

/** An HRESULT and message the client reports to receiveResponseXML instead of asking QuickBooks. */
record HresultInjection(String hresult, String message) {
}
