package io.atqb.sandbox.webconnector;

/** One child element of a request wrapper, e.g. {@code <ticket>...</ticket>}; a null value omits the element. */
record SoapParameter(String name, String value) {
}
