package io.atqb.qbwc;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.qbxml.ItemInventoryQueryRq;
import io.atqb.qbxml.QbxmlRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestQueueTest {

    @Test
    void shouldQueueASingleRequestAsAListOfOne() {
        List<QbxmlRequest> queued = new ArrayList<>();
        RequestQueue queue = new RequestQueue() {
            @Override
            public void enqueue(List<? extends QbxmlRequest> requests) {
                queued.addAll(requests);
            }

            @Override
            public int outstanding() {
                return queued.size();
            }

            @Override
            public void discardOutstanding() {
                queued.clear();
            }
        };
        QbxmlRequest request = ItemInventoryQueryRq.byFullNames(null, List.of("A"), List.of("ListID"));

        queue.enqueue(request);

        assertThat(queued).containsExactly(request);
    }
}
