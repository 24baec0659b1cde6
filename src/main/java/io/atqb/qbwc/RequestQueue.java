package io.atqb.qbwc;

import io.atqb.qbxml.QbxmlRequest;
import java.util.List;

/** The persistent queue of qbXML requests of one job. Requests go out in the order they were queued. */
public interface RequestQueue {

    /** Queues requests; their requestIDs are assigned by the queue (any requestId they carry is replaced). */
    void enqueue(List<? extends QbxmlRequest> requests);

    default void enqueue(QbxmlRequest request) {
        enqueue(List.of(request));
    }

    /** Requests of this job that are queued or sent and not yet answered. */
    int outstanding();

    /** Drops the job's queued and sent requests (e.g. when a new session must start over). */
    void discardOutstanding();
}
