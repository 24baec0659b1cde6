package io.atqb.qbwc;

import io.atqb.qbxml.QbxmlRequest;
import io.atqb.qbxml.QbxmlResponse;

/**
 * The behaviour of one job type. The QBWC service calls it inside the transaction of the SOAP call, so
 * everything a handler writes commits or rolls back with the call; handlers keep no state in memory.
 */
public interface QbwcJobHandler {

    /** The job type this handler serves, as stored in qbwc_job.job_type. */
    String jobType();

    /** A session starts working on the job (its first sendRequestXML that reaches the job). */
    void beginSession(QbwcJob job, QbwcSession session, RequestQueue queue);

    /**
     * QuickBooks answered a message set of the job's requests: called once, in the same transaction, before the
     * first of its responses goes to {@link #handleResponse}.
     */
    default void beginResponses(QbwcJob job) {
    }

    /** QuickBooks answered one of the job's requests. */
    void handleResponse(QbwcJob job, QbxmlRequest request, QbxmlResponse response, RequestQueue queue);

    /** The job's queue is empty in this session: queue more, or say why not. */
    JobStep next(QbwcJob job, QbwcSession session, RequestQueue queue);

    /** The session ended before the job finished (hresult, connection error, expiry); the reason says how. */
    void interrupted(QbwcJob job, String reason);

    /** One line for closeConnection, e.g. "Inventory sync: 12 adjusted, 3 created, ...". */
    String summary(QbwcJob job);

    /** Requests the job expects still to queue in this session, for an honest progress figure. */
    default int remainingEstimate(QbwcJob job) {
        return 0;
    }
}
