package io.atqb.sandbox.webconnector;

import java.util.List;

/**
 * The {@code <opResult>} of an answer: its text, or for authenticate its {@code <string>} children; {@code present}
 * is false when the response wrapper held no result element (a .NET client then sees null).
 */
record SoapResult(boolean present, String text, List<String> strings) {

    SoapResult {
        strings = List.copyOf(strings);
    }

    static SoapResult absent() {
        return new SoapResult(false, null, List.of());
    }
}
