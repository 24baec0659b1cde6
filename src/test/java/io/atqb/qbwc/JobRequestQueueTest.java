package io.atqb.qbwc;

import static io.atqb.qbwc.QbwcUnitFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.qbxml.ItemInventoryQueryRq;
import io.atqb.qbxml.QbxmlWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class JobRequestQueueTest {

    private final QbwcQueueRepository repository = mock(QbwcQueueRepository.class);
    private final JobRequestQueue queue = new JobRequestQueue(4L, repository,
            new QueuedRequestCodec(new ObjectMapper(), new QbxmlWriter()), QbwcUnitFixtures.CLOCK);

    @Test
    @SuppressWarnings("unchecked")
    void shouldQueueRequestsEncodedUnderItsJobNow() {
        queue.enqueue(List.of(ItemInventoryQueryRq.byFullNames("x", List.of("A"), List.of("ListID")),
                ItemInventoryQueryRq.byFullNames("y", List.of("B"), List.of("ListID"))));

        ArgumentCaptor<List<QbwcQueueRepository.PendingRequest>> pending = ArgumentCaptor.forClass(List.class);
        verify(repository).enqueue(eq(4L), pending.capture(), eq(NOW));
        assertThat(pending.getValue()).extracting(QbwcQueueRepository.PendingRequest::kind)
                .containsExactly("ItemInventoryQueryRq", "ItemInventoryQueryRq");
    }

    @Test
    void shouldNotTouchTheRepositoryForAnEmptyList() {
        queue.enqueue(List.of());

        verify(repository, never()).enqueue(anyLong(), any(), any());
    }

    @Test
    void shouldCountAndDiscardTheJobsOutstandingRequests() {
        when(repository.countOutstanding(4L)).thenReturn(12);

        assertThat(queue.outstanding()).isEqualTo(12);
        queue.discardOutstanding();

        verify(repository).cancelOutstanding(4L);
    }
}
