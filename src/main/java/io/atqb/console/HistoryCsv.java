package io.atqb.console;

import io.atqb.history.HistoryEntry;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Writes a run's Inventory Synchronization History as CSV (RFC 4180: comma separated, CRLF line ends, a header row).
 * A text field with a comma, a quote or a line break is quoted, its quotes doubled. A text field a spreadsheet would
 * run as a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so opening the
 * file never runs what an Autotask product name or a QuickBooks message carried. Numbers are written as numbers.
 */
@Component
class HistoryCsv {

    static final List<String> HEADER = List.of("severity", "action", "itemName", "autotaskProductId",
            "quickbooksListId", "autotaskOnHand", "locations", "quickbooksBefore", "quickbooksAfter",
            "purchaseOrderId", "quantity", "message");
    private static final String CRLF = "\r\n";

    void header(Writer out) throws IOException {
        out.write(String.join(",", HEADER));
        out.write(CRLF);
    }

    void row(Writer out, HistoryEntry e) throws IOException {
        out.write(String.join(",",
                e.severity().name(),
                e.action().name(),
                text(e.itemName()),
                number(e.autotaskProductId()),
                text(e.quickbooksListId()),
                number(e.autotaskOnHand()),
                text(locations(e.locations())),
                number(e.quickbooksBefore()),
                number(e.quickbooksAfter()),
                number(e.purchaseOrderId()),
                number(e.quantity()),
                text(e.message())));
        out.write(CRLF);
    }

    /** "Main Warehouse: 25; Service Van: 3" — each location's On Hand, in the entry's order. */
    static String locations(List<HistoryEntry.LocationOnHand> locations) {
        if (locations == null || locations.isEmpty()) {
            return null;
        }
        return locations.stream().map(l -> l.locationName() + ": " + l.onHand()).collect(Collectors.joining("; "));
    }

    /** A text field, safe against CSV injection and quoted where CSV needs it; empty for null. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = startsLikeFormula(value) ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0 || safe.startsWith("'");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    static boolean startsLikeFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static String number(Long value) {
        return value == null ? "" : value.toString();
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
