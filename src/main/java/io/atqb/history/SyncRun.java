package io.atqb.history;

import java.time.Instant;

/** One complete inventory sync run: who triggered it, how far it got and how it ended. */
public record SyncRun(
        long id,
        long connectorId,
        String trigger,
        Status status,
        Phase phase,
        Instant startedAt,
        Instant finishedAt,
        String message,
        int sessions) {

    public enum Status { RUNNING, SUCCEEDED, COMPLETED_WITH_ERRORS, FAILED }

    /**
     * Where a run is: loading the Autotask snapshot, loaded (ready for a QuickBooks session), reading
     * QuickBooks, writing to QuickBooks, or done.
     */
    public enum Phase { LOADING, LOAD_FAILED, READY, QUERYING, RECONCILING, WRITING, DONE }

    public boolean isOpen() {
        return phase != Phase.DONE && phase != Phase.LOAD_FAILED;
    }
}
