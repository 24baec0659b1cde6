package io.atqb.qbwc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.qbxml.OnError;
import io.atqb.qbxml.QbxmlRequest;
import io.atqb.qbxml.QbxmlVersion;
import io.atqb.qbxml.QbxmlWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
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
            int size = writtenBytes(blank) - ENVELOPE_BYTES + 16;
            return new QbwcQueueRepository.PendingRequest(blank.getClass().getSimpleName(), payload, Math.max(size, 1));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not store a " + request.getClass().getSimpleName() + " in the queue", e);
        }
    }

    /**
     * The bytes of the request alone in a message set, counted as it is written, not kept: the writer leaves every
     * non-ASCII character as a character reference, so each character it writes is one byte of UTF-8.
     */
    private int writtenBytes(QbxmlRequest request) {
        CharCount count = new CharCount();
        try {
            writer.write(QbxmlVersion.V13_0, OnError.CONTINUE_ON_ERROR, List.of(request), count);
        } catch (IOException e) {
            throw new UncheckedIOException("could not size a " + request.getClass().getSimpleName(), e);
        }
        return count.chars;
    }

    /** Counts the characters written to it and drops them. */
    private static final class CharCount extends Writer {

        private int chars;

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars += length;
        }

        @Override
        public void write(String text, int offset, int length) {
            chars += length;
        }

        @Override
        public void write(int character) {
            chars++;
        }

        @Override
        public void flush() {
            // nothing is kept
        }

        @Override
        public void close() {
            // nothing is kept
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
