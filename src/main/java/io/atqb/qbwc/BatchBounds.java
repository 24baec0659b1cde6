package io.atqb.qbwc;

import java.util.ArrayList;
import java.util.List;

/**
 * How many queued requests go into one qbXML message set: the oldest first, at most {@code maxRequests} of
 * them and at most {@code maxBytes} of request bytes in all, but always at least one (a request larger than
 * the byte bound goes out alone rather than never).
 *
 * @param maxRequests most requests in one message set (above 0)
 * @param maxBytes    most bytes of requests in one message set, the envelope not counted (above 0)
 */
record BatchBounds(int maxRequests, int maxBytes) {

    BatchBounds {
        if (maxRequests < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("batch bounds must be above 0, were " + maxRequests + " requests and "
                    + maxBytes + " bytes");
        }
    }

    /** The bounds of a message set of at most {@code maxMessageBytes}, its envelope included. */
    static BatchBounds of(int maxRequests, int maxMessageBytes) {
        return new BatchBounds(maxRequests, maxMessageBytes - QueuedRequestCodec.ENVELOPE_BYTES);
    }

    /** The first requests of {@code queued} (oldest first) that fit into one message set. */
    List<QbwcQueueRepository.StoredRequest> take(List<QbwcQueueRepository.StoredRequest> queued) {
        List<QbwcQueueRepository.StoredRequest> batch = new ArrayList<>();
        long bytes = 0;
        for (QbwcQueueRepository.StoredRequest request : queued) {
            if (batch.size() == maxRequests || (!batch.isEmpty() && bytes + request.sizeHint() > maxBytes)) {
                break;
            }
            batch.add(request);
            bytes += request.sizeHint();
        }
        return batch;
    }
}
