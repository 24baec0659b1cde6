package io.atqb.autotask;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A flat JSON answer (ThresholdInformation, zoneInformation, versioninformation): top-level scalars and lists. */
public record AutotaskObject(String endpoint, Map<String, Object> fields) {

    public AutotaskObject {
        Map<String, Object> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseless.putAll(fields);
        fields = Collections.unmodifiableMap(caseless);
    }

    /** A whole number field; fails clearly when it is missing or not a number. */
    public long requiredLong(String field) {
        Object value = fields.get(field);
        if (value instanceof Long number) {
            return number;
        }
        throw new AutotaskException("Autotask " + endpoint + " answer has no numeric " + field
                + (value == null ? "" : " (got " + value + ")"), endpoint, null, null);
    }

    /** A text field; fails clearly when it is missing or empty. */
    public String requiredString(String field) {
        Object value = fields.get(field);
        if (value instanceof String text && !text.isBlank()) {
            return text;
        }
        throw new AutotaskException("Autotask " + endpoint + " answer has no " + field, endpoint, null, null);
    }

    /** A field holding a list of scalars, or an empty list. */
    public List<Object> list(String field) {
        Object value = fields.get(field);
        if (value instanceof List<?> list) {
            return List.copyOf(list);
        }
        return List.of();
    }
}
