package io.atqb.operations;

import org.slf4j.MDC;

/**
 * The run id and connector on every log line of a sync while it works on a thread (MDC keys {@code runId} and
 * {@code connectorId}; in JSON log lines they are fields of their own). Open it with try-with-resources: closing puts
 * back what the thread had before.
 */
public final class SyncLogContext implements AutoCloseable {

    public static final String RUN_ID = "runId";
    public static final String CONNECTOR_ID = "connectorId";

    private final String previousRun;
    private final String previousConnector;

    private SyncLogContext(long runId, long connectorId) {
        this.previousRun = MDC.get(RUN_ID);
        this.previousConnector = MDC.get(CONNECTOR_ID);
        MDC.put(RUN_ID, Long.toString(runId));
        MDC.put(CONNECTOR_ID, Long.toString(connectorId));
    }

    public static SyncLogContext open(long runId, long connectorId) {
        return new SyncLogContext(runId, connectorId);
    }

    @Override
    public void close() {
        restore(RUN_ID, previousRun);
        restore(CONNECTOR_ID, previousConnector);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
