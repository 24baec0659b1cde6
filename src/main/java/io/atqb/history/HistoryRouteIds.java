package io.atqb.history;

/** Ids and endpoints of the history routes ({@code routes/history-*.camel.yaml}), shared with callers and tests. */
public final class HistoryRouteIds {

    /**
     * Body: a list of rows, each a list of the values of {@code sql/history-insert.sql}'s positional parameters in its
     * column order ({@link HistoryRecorder#COLUMNS}), inserted as one parameterised batch in the caller's transaction.
     */
    public static final String RECORD = "history-record";
    public static final String RECORD_ENDPOINT = "direct:" + RECORD;

    private HistoryRouteIds() {
    }
}
