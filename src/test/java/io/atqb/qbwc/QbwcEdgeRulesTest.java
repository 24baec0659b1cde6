package io.atqb.qbwc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Edges of the batch bounds' own settings. */
class QbwcEdgeRulesTest {

    @Test
    void shouldAcceptBatchBoundsOfExactlyOneRequestAndOneByte() {
        BatchBounds bounds = new BatchBounds(1, 1);

        assertThat(bounds.maxRequests()).isEqualTo(1);
        assertThat(bounds.maxBytes()).isEqualTo(1);
        assertThat(bounds.take(List.of(new QbwcQueueRepository.StoredRequest(1L, 1L, "k", "{}", 5),
                new QbwcQueueRepository.StoredRequest(2L, 1L, "k", "{}", 1)))).hasSize(1);
    }

    @Test
    void shouldRefuseBatchBoundsOfZeroBytes() {
        assertThatThrownBy(() -> new BatchBounds(1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("batch bounds must be above 0, were 1 requests and 0 bytes");
    }
}
