package io.atqb.qbwc;

import io.atqb.qbxml.QbxmlRequest;
import io.atqb.qbxml.QbxmlResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * A job type for protocol tests: its requests are queued by the test; it records what QuickBooks answered
 * and finishes when its queue is empty.
 */
@Component
class TestJobHandler implements QbwcJobHandler {

    static final String TYPE = "TEST";

    final List<QbxmlResponse> responses = new CopyOnWriteArrayList<>();
    final List<String> interruptions = new CopyOnWriteArrayList<>();
    final List<Long> sessionsBegun = new CopyOnWriteArrayList<>();

    @Override
    public String jobType() {
        return TYPE;
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
        return "Test job " + job.id() + ": " + responses.size() + " responses";
    }
}
