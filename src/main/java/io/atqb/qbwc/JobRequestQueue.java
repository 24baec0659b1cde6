package io.atqb.qbwc;

import io.atqb.qbxml.QbxmlRequest;
import java.time.Clock;
import java.util.List;

/** The queue of one job, as handed to its handler. */
final class JobRequestQueue implements RequestQueue {

    private final long jobId;
    private final QbwcQueueRepository repository;
    private final QueuedRequestCodec codec;
    private final Clock clock;

    JobRequestQueue(long jobId, QbwcQueueRepository repository, QueuedRequestCodec codec, Clock clock) {
        this.jobId = jobId;
        this.repository = repository;
        this.codec = codec;
        this.clock = clock;
    }

    @Override
    public void enqueue(List<? extends QbxmlRequest> requests) {
        if (!requests.isEmpty()) {
            repository.enqueue(jobId, requests.stream().map(codec::encode).toList(), clock.instant());
        }
    }

    @Override
    public int outstanding() {
        return repository.countOutstanding(jobId);
    }

    @Override
    public void discardOutstanding() {
        repository.cancelOutstanding(jobId);
    }
}
