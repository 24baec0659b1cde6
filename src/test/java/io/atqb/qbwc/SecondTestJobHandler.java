package io.atqb.qbwc;

import org.springframework.stereotype.Component;

/** A second job type, as the purchase-order transfer will be: it plugs in as one more handler bean. */
@Component
class SecondTestJobHandler extends RecordingJobHandler {

    static final String TYPE = "TEST_SECOND";

    SecondTestJobHandler() {
        super(TYPE, "Second job");
    }
}
