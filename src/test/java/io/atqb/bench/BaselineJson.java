package io.atqb.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/** The baseline's JSON: Autotask query bodies written and query pages read with Jackson's streaming API only. */
final class BaselineJson {

    private static final JsonFactory JSON = new JsonFactory();

    /** One filter condition of a query body. */
    record Condition(String op, String field, Object value) {
    }

    /** Receives one item of a page: numbers (and booleans as 0/1) and texts by IncludeFields position. */
    interface RowHandler {
        void row(long[] numbers, String[] texts);
    }

    private BaselineJson() {
    }

    static byte[] queryBody(int pageSize, List<String> fields, long lastId, List<Condition> filters) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("MaxRecords", pageSize);
            json.writeArrayFieldStart("IncludeFields");
            for (String field : fields) {
                json.writeString(field);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("filter");
            writeCondition(json, new Condition("gt", "id", lastId));
            for (Condition condition : filters) {
                writeCondition(json, condition);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeCondition(JsonGenerator json, Condition condition) throws IOException {
        json.writeStartObject();
        json.writeStringField("op", condition.op());
        json.writeStringField("field", condition.field());
        json.writeFieldName("value");
        if (condition.value() instanceof List<?> values) {
            json.writeStartArray();
            for (Object value : values) {
                json.writeNumber((Long) value);
            }
            json.writeEndArray();
        } else if (condition.value() instanceof Number number) {
            json.writeNumber(number.longValue());
        } else {
            json.writeString(condition.value().toString());
        }
        json.writeEndObject();
    }

    /** Streams {"items":[{...},...],"pageDetails":{...}}; answers the number of items. */
    static int parsePage(InputStream in, List<String> fields, RowHandler handler) throws IOException {
        long[] numbers = new long[fields.size()];
        String[] texts = new String[fields.size()];
        int count = 0;
        try (JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a page must be a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!"items".equals(name) || value != JsonToken.START_ARRAY) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    Arrays.fill(numbers, 0);
                    Arrays.fill(texts, null);
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        int index = indexOf(fields, parser.currentName());
                        JsonToken token = parser.nextToken();
                        if (index < 0) {
                            parser.skipChildren();
                        } else if (token == JsonToken.VALUE_NUMBER_INT) {
                            numbers[index] = parser.getLongValue();
                        } else if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                            numbers[index] = token == JsonToken.VALUE_TRUE ? 1 : 0;
                        } else if (token == JsonToken.VALUE_STRING) {
                            texts[index] = parser.getText();
                        } else {
                            parser.skipChildren();
                        }
                    }
                    handler.row(numbers, texts);
                    count++;
                }
            }
        }
        return count;
    }

    private static int indexOf(List<String> fields, String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Reads a whole JSON answer without keeping anything. */
    static void skip(InputStream in) throws IOException {
        try (JsonParser parser = JSON.createParser(in)) {
            while (parser.nextToken() != null) {
                parser.skipChildren();
            }
        }
    }
}
