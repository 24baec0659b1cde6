package io.atqb.qbwc;

/**
 * Creates jobs for a connector when QBWC logs in (e.g. the inventory sync while its flag is armed).
 * Called inside authenticate's transaction with the connector locked.
 */
public interface QbwcWorkSource {

    void prepareJobs(long connectorId);
}
