package io.atqb.qbwc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchBoundsTest {

    @Test
    void shouldTakeExactlyTheMostRequestsWhenMoreAreQueued() {
        BatchBounds bounds = new BatchBounds(500, 1_000_000);

        assertThat(bounds.take(requests(501, 10))).hasSize(500);
        assertThat(bounds.take(requests(500, 10))).hasSize(500);
        assertThat(bounds.take(requests(499, 10))).hasSize(499);
    }

    @Test
    void shouldKeepTheQueueOrder() {
        List<QbwcQueueRepository.StoredRequest> batch = new BatchBounds(3, 1000).take(requests(5, 10));

        assertThat(batch).extracting(QbwcQueueRepository.StoredRequest::id).containsExactly(1L, 2L, 3L);
    }

    @Test
    void shouldFillTheByteBoundExactly() {
        BatchBounds bounds = new BatchBounds(500, 100);

        assertThat(bounds.take(requests(10, 10))).hasSize(10);
        assertThat(bounds.take(requests(11, 10))).hasSize(10);
    }

    @Test
    void shouldLeaveOutTheRequestThatWouldCrossTheByteBoundByOneByte() {
        List<QbwcQueueRepository.StoredRequest> queued = requests(2, 50);
        queued.add(request(3, 1));

        assertThat(new BatchBounds(500, 100).take(queued)).hasSize(2);
        assertThat(new BatchBounds(500, 101).take(queued)).hasSize(3);
    }

    @Test
    void shouldSendARequestLargerThanTheByteBoundAlone() {
        List<QbwcQueueRepository.StoredRequest> queued = new ArrayList<>(List.of(request(1, 5000)));
        queued.addAll(requests(3, 1));

        assertThat(new BatchBounds(500, 100).take(queued)).extracting(QbwcQueueRepository.StoredRequest::id)
                .containsExactly(1L);
    }

    @Test
    void shouldTakeNothingFromAnEmptyQueue() {
        assertThat(new BatchBounds(500, 100).take(List.of())).isEmpty();
    }

    @Test
    void shouldCountTheEnvelopeAgainstTheMessageBytes() {
        BatchBounds bounds = BatchBounds.of(500, 262_144);

        assertThat(bounds.maxBytes()).isEqualTo(262_144 - QueuedRequestCodec.ENVELOPE_BYTES);
        assertThatThrownBy(() -> BatchBounds.of(500, QueuedRequestCodec.ENVELOPE_BYTES))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BatchBounds(0, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<QbwcQueueRepository.StoredRequest> requests(int count, int bytes) {
        List<QbwcQueueRepository.StoredRequest> requests = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            requests.add(request(i, bytes));
        }
        return requests;
    }

    private static QbwcQueueRepository.StoredRequest request(long id, int bytes) {
        return new QbwcQueueRepository.StoredRequest(id, 7, "ItemQueryRq", "{}", bytes);
    }
}
