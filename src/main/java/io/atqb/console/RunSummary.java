package io.atqb.console;

import io.atqb.history.HistoryEntry;
import io.atqb.history.SyncRun;
import java.util.Map;

/** A run with its outcome counts, as the dashboard and the history pages show it. */
record RunSummary(SyncRun run, int adjusted, int created, int unchanged, int notSynced, int failed) {

    static RunSummary of(SyncRun run, Map<HistoryEntry.Action, Integer> counts) {
        return new RunSummary(run, counts.getOrDefault(HistoryEntry.Action.ADJUSTED, 0),
                counts.getOrDefault(HistoryEntry.Action.CREATED, 0),
                counts.getOrDefault(HistoryEntry.Action.UNCHANGED, 0),
                counts.getOrDefault(HistoryEntry.Action.NOT_SYNCED, 0),
                counts.getOrDefault(HistoryEntry.Action.FAILED, 0));
    }

    /** The CSS class of the run's status badge. */
    public String statusClass() {
        return switch (run.status()) {
            case SUCCEEDED -> "ok";
            case RUNNING -> "info";
            case COMPLETED_WITH_ERRORS -> "warn";
            case FAILED -> "bad";
        };
    }
}
