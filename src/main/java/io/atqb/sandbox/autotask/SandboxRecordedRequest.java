package io.atqb.sandbox.autotask;

import java.util.Set;

/**
 * What the sandbox saw of one request (header names only, never values).
 *
 * @param endpoint  the entity endpoint ({@code Products}, {@code ThresholdInformation}, {@code zoneInformation},
 *                  {@code versioninformation}) or null for an unknown path
 * @param operation {@code query}, {@code count}, {@code next}, {@code get}, {@code fields} (entityInformation/fields),
 *                  {@code update} (PATCH), {@code threshold}, {@code zone} or {@code version}
 */
public record SandboxRecordedRequest(String method, String path, String rawQuery, String endpoint, String operation,
        Set<String> headerNames, int status) {
}
