package io.atqb.qbwc;

/**
 * A unit of work for one connector's company file, carried out over one or more QBWC sessions.
 *
 * @param referenceId the job type's own record (e.g. the inventory sync run id)
 * @param sessionTicket the session that works (or last worked) on the job
 */
public record QbwcJob(long id, long connectorId, String jobType, Status status, Long referenceId,
                      String sessionTicket, String message) {

    /** PENDING: waits for a session; ACTIVE: a session works on it; the others are final. */
    public enum Status { PENDING, ACTIVE, DONE, FAILED, CANCELLED }
}
