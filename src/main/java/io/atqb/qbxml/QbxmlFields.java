package io.atqb.qbxml;

import java.util.ArrayList;
import java.util.List;

/** qbXML field limits and the checks the request records run in their constructors. */
final class QbxmlFields {

    static final int REQUEST_ID_MAX = 50;
    static final int NAME_MAX = 31;
    static final int FULL_NAME_MAX = 159;
    static final int REF_NUMBER_MAX = 11;
    static final int TEXT_MAX = 4095;
    static final int INCLUDE_RET_ELEMENT_MAX = 50;
    static final int ID_MAX = 255;

    private QbxmlFields() {
    }

    /** A value that may be null; when present it must fit the limit and contain only characters XML 1.0 allows. */
    static String optional(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            throw new IllegalArgumentException(
                    field + " must be at most " + max + " characters (qbXML limit) but has " + length);
        }
        for (int i = 0; i < value.length(); i += Character.charCount(value.codePointAt(i))) {
            int codePoint = value.codePointAt(i);
            if (!XmlCharacters.allowed(codePoint)) {
                throw new IllegalArgumentException(field + " contains a character XML cannot carry: U+"
                        + String.format("%04X", codePoint));
            }
        }
        return value;
    }

    /** A value that must be present and not blank. */
    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return optional(field, value, max);
    }

    /** An immutable copy of a list whose elements are all required values; null becomes an empty list. */
    static List<String> list(String field, List<String> values, int max) {
        if (values == null) {
            return List.of();
        }
        List<String> checked = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            checked.add(required(field + "[" + i + "]", values.get(i), max));
        }
        return List.copyOf(checked);
    }

    /** A requestID may be left null until the queue assigns one. */
    static String requestId(String type, String requestId) {
        if (requestId != null && requestId.isBlank()) {
            throw new IllegalArgumentException(type + ".requestId must not be blank (use null until one is assigned)");
        }
        return optional(type + ".requestId", requestId, REQUEST_ID_MAX);
    }
}
