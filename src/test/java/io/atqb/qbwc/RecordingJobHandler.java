package io.atqb.qbwc;

import io.atqb.qbxml.QbxmlRequest;
import io.atqb.qbxml.QbxmlResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A job type for protocol tests: its requests are queued by the test; it records what QuickBooks answered
 * and finishes when its queue is empty.
 */
abstract class RecordingJobHandler implements QbwcJobHandler {

    final List<QbxmlResponse> responses = new CopyOnWriteArrayList<>();
    final List<String> interruptions = new CopyOnWriteArrayList<>();
    final List<Long> sessionsBegun = new CopyOnWriteArrayList<>();
    private final String type;
    private final String label;

    RecordingJobHandler(String type, String label) {
        this.type = type;
        this.label = label;
    }

    @Override
    public String jobType() {
        return type;
    }

    @Override
    public void beginSession(QbwcJob job, QbwcSession session, RequestQueue queue) {
        sessionsBegun.add(job.id());
    }

    @Override
    public void handleResponse(QbwcJob job, QbxmlRequest request, QbxmlResponse response, RequestQueue queue) {
        if (!request.requestId().equals(response.requestId())) {
            throw new IllegalStateException("response routed to the wrong request");
        }
        responses.add(response);
    }

    @Override
    public JobStep next(QbwcJob job, QbwcSession session, RequestQueue queue) {
        return queue.outstanding() > 0 ? JobStep.work() : JobStep.finished();
    }

    @Override
    public void interrupted(QbwcJob job, String reason) {
        interruptions.add(reason);
    }

    @Override
    public String summary(QbwcJob job) {
        return label + " " + job.id() + ": " + responses.size() + " responses";
    }

    void clear() {
        responses.clear();
        interruptions.clear();
        sessionsBegun.clear();
    }
}
