package io.atqb.qbwc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.qbxml.ItemInventoryQueryRq;
import io.atqb.qbxml.OnError;
import io.atqb.qbxml.QbxmlRequest;
import io.atqb.qbxml.QbxmlVersion;
import io.atqb.qbxml.QbxmlWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueuedRequestCodecTest {

    private final QbxmlWriter writer = new QbxmlWriter();
    private final QueuedRequestCodec codec = new QueuedRequestCodec(new ObjectMapper(), writer);

    @Test
    void shouldStoreTheRequestWithoutItsRequestIdAndReadItBackWithTheQueueId() {
        QbxmlRequest request = ItemInventoryQueryRq.byFullNames("caller-id", List.of("Widget"), List.of("ListID"));

        QbwcQueueRepository.PendingRequest pending = codec.encode(request);
        QbxmlRequest back = codec.decode(new QbwcQueueRepository.StoredRequest(42L, 1L, pending.kind(),
                pending.payload(), pending.sizeHint()));

        assertThat(pending.kind()).isEqualTo("ItemInventoryQueryRq");
        assertThat(pending.payload()).doesNotContain("caller-id");
        assertThat(back).isEqualTo(request.withRequestId("42"));
    }

    @Test
    void shouldHintTheBytesTheRequestAddsToAMessageSetWithRoomForALongerRequestId() {
        QbxmlRequest request = ItemInventoryQueryRq.byFullNames(null, List.of("Widget"), List.of("ListID"));
        int written = writer.write(QbxmlVersion.V13_0, OnError.CONTINUE_ON_ERROR, List.of(request.withRequestId("0")))
                .getBytes(StandardCharsets.UTF_8).length;

        assertThat(codec.encode(request).sizeHint()).isEqualTo(written - QueuedRequestCodec.ENVELOPE_BYTES + 16);
    }

    @Test
    void shouldHintTheBytesOfNamesOutsideAsciiAsTheyLeaveInTheMessageSet() {
        QbxmlRequest request = ItemInventoryQueryRq.byFullNames(null, List.of("Caf\u00e9 \u2713 \uD83D\uDCE6"),
                List.of("ListID"));
        String message = writer.write(QbxmlVersion.V13_0, OnError.CONTINUE_ON_ERROR,
                List.of(request.withRequestId("0")));

        assertThat(message).contains("Caf&#233; &#10003; &#128230;");
        assertThat(codec.encode(request).sizeHint())
                .isEqualTo(message.getBytes(StandardCharsets.UTF_8).length - QueuedRequestCodec.ENVELOPE_BYTES + 16);
    }

    @Test
    void shouldRefuseAStoredRequestItCannotReadBack() {
        assertThatThrownBy(() -> codec.decode(new QbwcQueueRepository.StoredRequest(9L, 1L, "x", "{not json", 1)))
                .isInstanceOf(IllegalStateException.class).hasMessage("Queued request 9 cannot be read back");
    }
}
