package io.atqb.qbwc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.qbxml.OnError;
import io.atqb.qbxml.QbxmlRequest;
import io.atqb.qbxml.QbxmlVersion;
import io.atqb.qbxml.QbxmlWriter;
import io.atqb.system.Texts;
import java.util.List;
import org.springframework.stereotype.Component;

/** Stores typed qbXML requests as JSON in the queue and knows how many bytes each adds to a message set. */
@Component
class QueuedRequestCodec {

    /** Bytes of the envelope around the requests (declaration, PI, QBXML and QBXMLMsgsRq tags). */
    static final int ENVELOPE_BYTES = 160;

    private final ObjectMapper json;
    private final QbxmlWriter writer;

    QueuedRequestCodec(ObjectMapper json, QbxmlWriter writer) {
        this.json = json;
        this.writer = writer;
    }

    QbwcQueueRepository.PendingRequest encode(QbxmlRequest request) {
        QbxmlRequest blank = request.withRequestId("0");
        try {
            String payload = json.writeValueAsString(blank);
            int size = Texts.utf8Length(writer.write(QbxmlVersion.V13_0, OnError.CONTINUE_ON_ERROR, List.of(blank)))
                    - ENVELOPE_BYTES + 16;
            return new QbwcQueueRepository.PendingRequest(blank.getClass().getSimpleName(), payload, Math.max(size, 1));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not store a " + request.getClass().getSimpleName() + " in the queue", e);
        }
    }

    QbxmlRequest decode(QbwcQueueRepository.StoredRequest stored) {
        try {
            return json.readValue(stored.payload(), QbxmlRequest.class).withRequestId(Long.toString(stored.id()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Queued request " + stored.id() + " cannot be read back", e);
        }
    }
}
