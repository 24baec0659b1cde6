package io.atqb.qbxml;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** qbXML field limits and the checks the request records run in their constructors. */
final class QbxmlFields {

    static final int REQUEST_ID_MAX = 50;
    static final int NAME_MAX = 31;
    static final int FULL_NAME_MAX = 159;
    static final int REF_NUMBER_MAX = 11;
    static final int TEXT_MAX = 4095;
    static final int INCLUDE_RET_ELEMENT_MAX = 50;
    static final int ID_MAX = 255;
    /** Vendor (and every other name list) Name. */
    static final int VENDOR_NAME_MAX = 41;
    /** PurchaseOrderAdd RefNumber. */
    static final int PO_REF_NUMBER_MAX = 11;
    /** ItemReceiptAdd RefNumber. */
    static final int RECEIPT_REF_NUMBER_MAX = 20;
    static final int VENDOR_MSG_MAX = 99;
    /** Other1 on a purchase-order line. */
    static final int LINE_OTHER_MAX = 29;
    static final int EDIT_SEQUENCE_MAX = 16;
    static final int ADDR_MAX = 41;
    static final int CITY_MAX = 31;
    static final int STATE_MAX = 21;
    static final int POSTAL_CODE_MAX = 13;
    static final int COUNTRY_MAX = 31;

    private static final Pattern GUID = Pattern.compile(
            "\\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\\}");

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

    /** A GUIDTYPE value ({@code {XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}}, upper-case hex) or null. */
    static String guid(String field, String value) {
        if (value != null && !GUID.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be a GUID in braces with upper-case hex digits, "
                    + "e.g. {3F2504E0-4F89-41D3-9A0C-0305E82C3301}, but is '" + value + "'");
        }
        return value;
    }

    /** An immutable copy of a list that must hold at least one element and no null. */
    static <T> List<T> nonEmpty(String field, List<T> values) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(field + " needs at least one element");
        }
        return noNulls(field, values);
    }

    /** An immutable copy of a list without null elements; null becomes an empty list. */
    static <T> List<T> noNulls(String field, List<T> values) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new IllegalArgumentException(field + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(values);
    }

    /** A requestID may be left null until the queue assigns one. */
    static String requestId(String type, String requestId) {
        if (requestId != null && requestId.isBlank()) {
            throw new IllegalArgumentException(type + ".requestId must not be blank (use null until one is assigned)");
        }
        return optional(type + ".requestId", requestId, REQUEST_ID_MAX);
    }
}
