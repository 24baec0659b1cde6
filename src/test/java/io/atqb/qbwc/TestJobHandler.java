package io.atqb.qbwc;

import org.springframework.stereotype.Component;

/** The protocol tests' job type. */
@Component
class TestJobHandler extends RecordingJobHandler {

    static final String TYPE = "TEST";

    TestJobHandler() {
        super(TYPE, "Test job");
    }
}
