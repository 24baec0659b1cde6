package io.atqb.sandbox.quickbooks;

import java.util.Optional;
import java.util.regex.Pattern;

/** The field checks QuickBooks answers with a status (not a parse failure): lengths, dates, GUIDs. */
final class FieldChecks {

    private static final Pattern GUID =
            Pattern.compile("\\{[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\\}");

    private FieldChecks() {
    }

    /** 3070 when the value has more than {@code max} characters. */
    static Optional<Status> length(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            return Optional.of(Status.stringTooLong(field, value));
        }
        return Optional.empty();
    }

    /** 3020 when the value is not a DATETYPE. */
    static Optional<Status> date(String field, String value) {
        if (value != null && QbxmlFormats.parseDate(value).isEmpty()) {
            return Optional.of(Status.invalidDate(field, value));
        }
        return Optional.empty();
    }

    /** 3000 when the value is not a GUIDTYPE ({@code {XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}}). */
    static Optional<Status> guid(String field, String value) {
        if (value != null && !GUID.matcher(value.strip()).matches()) {
            return Optional.of(Status.invalidObjectId(field, value));
        }
        return Optional.empty();
    }

    /** The first problem among the checks, in order. */
    @SafeVarargs
    static Optional<Status> first(Optional<Status>... checks) {
        for (Optional<Status> check : checks) {
            if (check.isPresent()) {
                return check;
            }
        }
        return Optional.empty();
    }

    /** The address fields' limits: Addr1-5 41, City 31, State 21, PostalCode 13, Country 31, Note 41. */
    static Optional<Status> address(String element, AddressData address) {
        if (address == null) {
            return Optional.empty();
        }
        return first(length(element + "/Addr1", address.addr1(), 41), length(element + "/Addr2", address.addr2(), 41),
                length(element + "/Addr3", address.addr3(), 41), length(element + "/Addr4", address.addr4(), 41),
                length(element + "/Addr5", address.addr5(), 41), length(element + "/City", address.city(), 31),
                length(element + "/State", address.state(), 21),
                length(element + "/PostalCode", address.postalCode(), 13),
                length(element + "/Country", address.country(), 31), length(element + "/Note", address.note(), 41));
    }
}
