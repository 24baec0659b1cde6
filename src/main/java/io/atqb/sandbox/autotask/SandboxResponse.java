package io.atqb.sandbox.autotask;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The sandbox Autotask's answer: status, headers and body bytes (JSON, UTF-8). */
public record SandboxResponse(int status, Map<String, String> headers, byte[] body) {

    public SandboxResponse {
        headers = Map.copyOf(headers);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
