package io.atqb.sandbox.autotask;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Writes the JSON answers of the sandbox Autotask in the real API's shapes (streamed with Jackson). */
final class SandboxAnswers {

    private static final JsonFactory JSON = new JsonFactory();
    static final ObjectMapper MAPPER = new ObjectMapper(JSON);

    private SandboxAnswers() {
    }

    interface JsonWriter {
        void write(JsonGenerator out) throws IOException;
    }

    static SandboxResponse json(int status, JsonWriter writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (JsonGenerator out = JSON.createGenerator(bytes)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SandboxResponse(status, jsonHeaders(), bytes.toByteArray());
    }

    static SandboxResponse json(int status, Map<String, Object> object) {
        try {
            return new SandboxResponse(status, jsonHeaders(), MAPPER.writeValueAsBytes(object));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String jsonText(Map<String, Object> object) {
        try {
            return MAPPER.writeValueAsString(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> jsonHeaders() {
        return Map.of("Content-Type", "application/json; charset=utf-8");
    }

    /** {@code {"errors":[message]}} */
    static SandboxResponse errors(int status, String message) {
        return json(status, Map.of("errors", List.of(message)));
    }

    /** The 405 shape: {@code {"Message":"..."}} with a capital M. */
    static SandboxResponse message(int status, String text) {
        return json(status, Map.of("Message", text));
    }

    /** A 200 page without items whose {@code errors} list holds the message, as a string or as an object. */
    static SandboxResponse okWithErrors(String message, boolean asObjects) {
        return json(200, out -> {
            out.writeStartObject();
            out.writeArrayFieldStart("items");
            out.writeEndArray();
            writePageDetails(out, 0, SandboxQuery.MAX_RECORDS, null);
            out.writeArrayFieldStart("errors");
            if (asObjects) {
                out.writeStartObject();
                out.writeStringField("message", message);
                out.writeStringField("field", "id");
                out.writeEndObject();
            } else {
                out.writeString(message);
            }
            out.writeEndArray();
            out.writeEndObject();
        });
    }

    /** {@code {"items":[...], "pageDetails":{...}}} */
    static SandboxResponse page(SandboxQuery query, int[] rows, String nextPageUrl, String omittedField) {
        return json(200, out -> {
            out.writeStartObject();
            out.writeArrayFieldStart("items");
            for (int row : rows) {
                writeItem(out, query.includeColumns(), row, omittedField);
            }
            out.writeEndArray();
            writePageDetails(out, rows.length, query.maxRecords(), nextPageUrl);
            out.writeEndObject();
        });
    }

    /** {@code {"item":{...}}} or {@code {"item":null}} */
    static SandboxResponse item(SandboxEntityTable table, int row, String omittedField) {
        return json(200, out -> {
            out.writeStartObject();
            out.writeFieldName("item");
            if (row < 0) {
                out.writeNull();
            } else {
                writeItem(out, table.columns(), row, omittedField);
            }
            out.writeEndObject();
        });
    }

    /**
     * {@code {"fields":[{name, dataType, length, isRequired, isReadOnly, isQueryable, isReference,
     * referenceEntityType, isPickList, picklistValues:[{value, label, isDefaultValue, sortOrder, parentValue,
     * isActive, isSystem}], picklistParentValueField, isSupportedWebhookField}]}}; picklist values are strings.
     */
    static SandboxResponse fields(SandboxEntityTable table, SandboxTenant tenant) {
        return json(200, out -> {
            out.writeStartObject();
            out.writeArrayFieldStart("fields");
            for (SandboxColumn column : table.columns()) {
                writeField(out, table, column, tenant.picklist(table.name(), column.name()));
            }
            out.writeEndArray();
            out.writeEndObject();
        });
    }

    private static void writeField(JsonGenerator out, SandboxEntityTable table, SandboxColumn column,
            Map<Integer, String> picklist) throws IOException {
        String reference = SandboxSchema.referenceEntity(column.name());
        out.writeStartObject();
        out.writeStringField("name", column.name());
        out.writeStringField("dataType", switch (column.type()) {
            case LONG -> "long";
            case INTEGER -> "integer";
            case DECIMAL -> "double";
            case STRING -> "string";
            case BOOLEAN -> "boolean";
            case DATETIME -> "datetime";
        });
        out.writeNumberField("length", column.type() == SandboxColumn.Type.STRING ? 100 : 0);
        out.writeBooleanField("isRequired", "id".equalsIgnoreCase(column.name()));
        out.writeBooleanField("isReadOnly", SandboxSchema.readOnly(table.name(), column.name()));
        out.writeBooleanField("isQueryable", true);
        out.writeBooleanField("isReference", reference != null);
        if (reference == null) {
            out.writeNullField("referenceEntityType");
        } else {
            out.writeStringField("referenceEntityType", reference);
        }
        out.writeBooleanField("isPickList", !picklist.isEmpty());
        out.writeArrayFieldStart("picklistValues");
        int sortOrder = 0;
        for (Map.Entry<Integer, String> value : picklist.entrySet()) {
            out.writeStartObject();
            out.writeStringField("value", String.valueOf(value.getKey()));
            out.writeStringField("label", value.getValue());
            out.writeBooleanField("isDefaultValue", sortOrder == 0);
            out.writeNumberField("sortOrder", sortOrder++);
            out.writeNullField("parentValue");
            out.writeBooleanField("isActive", true);
            out.writeBooleanField("isSystem", true);
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeNullField("picklistParentValueField");
        out.writeBooleanField("isSupportedWebhookField", false);
        out.writeEndObject();
    }

    /** {@code {"itemId":id}}, the answer to an accepted create or update. */
    static SandboxResponse itemId(long id) {
        return json(200, out -> {
            out.writeStartObject();
            out.writeNumberField("itemId", id);
            out.writeEndObject();
        });
    }

    /** {@code {"queryCount":n}} */
    static SandboxResponse queryCount(long count) {
        return json(200, out -> {
            out.writeStartObject();
            out.writeNumberField("queryCount", count);
            out.writeEndObject();
        });
    }

    private static void writePageDetails(JsonGenerator out, int count, int requestCount, String nextPageUrl)
            throws IOException {
        out.writeObjectFieldStart("pageDetails");
        out.writeNumberField("count", count);
        out.writeNumberField("requestCount", requestCount);
        out.writeNullField("prevPageUrl");
        if (nextPageUrl == null) {
            out.writeNullField("nextPageUrl");
        } else {
            out.writeStringField("nextPageUrl", nextPageUrl);
        }
        out.writeEndObject();
    }

    private static void writeItem(JsonGenerator out, List<SandboxColumn> columns, int row, String omittedField)
            throws IOException {
        out.writeStartObject();
        for (SandboxColumn column : columns) {
            if (omittedField != null && column.name().equalsIgnoreCase(omittedField)) {
                continue;
            }
            out.writeFieldName(column.name());
            Object value = column.value(row);
            if (value == null) {
                out.writeNull();
            } else if (value instanceof Instant instant) {
                out.writeString(SandboxDates.format(instant));
            } else if (value instanceof Long number) {
                out.writeNumber(number);
            } else if (value instanceof Integer number) {
                out.writeNumber(number);
            } else if (value instanceof Double number) {
                out.writeNumber(number);
            } else if (value instanceof Boolean bool) {
                out.writeBoolean(bool);
            } else {
                out.writeString(value.toString());
            }
        }
        out.writeArrayFieldStart("userDefinedFields");
        out.writeEndArray();
        out.writeEndObject();
    }
}
