package io.atqb.sandbox.autotask;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP request to the sandbox Autotask.
 *
 * @param method      the HTTP method
 * @param path        the path below the sandbox root, e.g. {@code /ATServicesRest/V1.0/Products/query}
 * @param rawQuery    the raw (still encoded) query string, or null
 * @param headers     the request headers (names compared without regard to case)
 * @param body        the request body (empty when none)
 * @param selfBaseUrl the URL of the sandbox root as the caller reached it, ending in {@code /}
 */
public record SandboxRequest(String method, String path, String rawQuery, Map<String, List<String>> headers,
        byte[] body, String selfBaseUrl) {

    public SandboxRequest {
        Map<String, List<String>> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> caseless.put(name, List.copyOf(values)));
        }
        headers = Collections.unmodifiableMap(caseless);
        body = body == null ? new byte[0] : body;
        if (!selfBaseUrl.endsWith("/")) {
            selfBaseUrl = selfBaseUrl + "/";
        }
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
