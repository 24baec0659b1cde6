package io.atqb.sandbox.autotask;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One write the sandbox Autotask accepted (a PATCH), for tests to inspect.
 *
 * @param entity the entity written, e.g. {@code PurchaseOrders}
 * @param id     the record written
 * @param fields the fields set, by their canonical names, with the values stored (null = emptied)
 * @param at     when it was accepted
 */
public record SandboxWrite(String entity, long id, Map<String, Object> fields, Instant at) {

    public SandboxWrite {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
