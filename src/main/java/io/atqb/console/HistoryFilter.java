package io.atqb.console;

import io.atqb.history.HistoryEntry;
import java.util.Locale;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Which entries of a run's history a page (or its CSV) shows: one action, one severity, item names containing a
 * text (without regard to case); null / blank = all.
 */
record HistoryFilter(HistoryEntry.Action action, HistoryEntry.Severity severity, String itemName) {

    /** The longest search text taken (item names are at most 1000 characters). */
    static final int MAX_SEARCH = 200;

    HistoryFilter {
        itemName = itemName == null || itemName.isBlank() ? null : itemName.strip();
        if (itemName != null && itemName.length() > MAX_SEARCH) {
            itemName = itemName.substring(0, MAX_SEARCH);
        }
    }

    static HistoryFilter none() {
        return new HistoryFilter(null, null, null);
    }

    /** The filter as query parameters ("action=NOT_SYNCED&q=kit"), the unset ones left out, plus a page above 1. */
    public String query(int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        if (action != null) {
            uri.queryParam("action", action.name());
        }
        if (severity != null) {
            uri.queryParam("severity", severity.name());
        }
        if (itemName != null) {
            uri.queryParam("q", itemName);
        }
        if (page > 1) {
            uri.queryParam("page", page);
        }
        String query = uri.encode().build().getQuery();
        return query == null ? "" : "?" + query;
    }

    /** The LIKE pattern of the name search, lower case, with the LIKE wildcards of the text escaped (escape: \). */
    String namePattern() {
        if (itemName == null) {
            return null;
        }
        String escaped = itemName.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
