package io.atqb.sync;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The stored form of a chunk of the QuickBooks picture: a JSON array with one array per item,
 * {@code [ListID, full name, On Hand as a decimal string or null, active]}. One row per chunk instead of one per
 * item: the picture is written, read and deleted in every session, and a row per item made that tens of thousands
 * of row changes for H2 to copy and commit.
 */
public final class QuickBooksPictureChunks {

    /** Items per chunk: even 159-character names, every character escaped, keep a chunk well under 1 MB of text. */
    public static final int ITEMS_PER_CHUNK = 250;

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private QuickBooksPictureChunks() {
    }

    /** The items in chunks of at most {@link #ITEMS_PER_CHUNK}, in their order. */
    public static List<String> encode(Collection<QuickBooksItem> items) {
        List<String> chunks = new ArrayList<>();
        List<QuickBooksItem> chunk = new ArrayList<>(ITEMS_PER_CHUNK);
        for (QuickBooksItem item : items) {
            chunk.add(item);
            if (chunk.size() == ITEMS_PER_CHUNK) {
                chunks.add(chunk(chunk));
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk(chunk));
        }
        return chunks;
    }

    /** One chunk's items, in their order. */
    public static List<QuickBooksItem> decode(String chunk) {
        List<QuickBooksItem> items = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(chunk)) {
            expect(parser.nextToken(), JsonToken.START_ARRAY);
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                String listId = text(parser);
                String fullName = text(parser);
                String quantity = text(parser);
                JsonToken active = parser.nextToken();
                if (active != JsonToken.VALUE_TRUE && active != JsonToken.VALUE_FALSE) {
                    throw unreadable("a true or false", active);
                }
                expect(parser.nextToken(), JsonToken.END_ARRAY);
                if (listId == null || fullName == null) {
                    throw new IllegalStateException("Unreadable QuickBooks picture chunk: an item without ListID or name");
                }
                items.add(new QuickBooksItem(listId, fullName, quantity == null ? null : new BigDecimal(quantity),
                        active == JsonToken.VALUE_TRUE));
            }
            expect(parser.currentToken(), JsonToken.END_ARRAY);
            if (parser.nextToken() != null) {
                throw new IllegalStateException("Unreadable QuickBooks picture chunk: text after the array");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable QuickBooks picture chunk: not JSON (" + e.getMessage() + ")", e);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Unreadable QuickBooks picture chunk: a quantity is not a number", e);
        }
        return items;
    }

    private static String chunk(List<QuickBooksItem> items) {
        StringWriter out = new StringWriter(items.size() * 64);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            for (QuickBooksItem item : items) {
                json.writeStartArray();
                json.writeString(item.listId());
                json.writeString(item.fullName());
                json.writeString(item.quantity() == null ? null : item.quantity().toPlainString());
                json.writeBoolean(item.active());
                json.writeEndArray();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a QuickBooks picture chunk", e);
        }
        return out.toString();
    }

    private static String text(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw unreadable("a string or null", token);
        }
        return parser.getText();
    }

    private static void expect(JsonToken token, JsonToken wanted) {
        if (token != wanted) {
            throw unreadable(wanted.asString(), token);
        }
    }

    private static IllegalStateException unreadable(String wanted, JsonToken found) {
        return new IllegalStateException("Unreadable QuickBooks picture chunk: expected " + wanted + ", found "
                + (found == null ? "the end" : found));
    }
}
