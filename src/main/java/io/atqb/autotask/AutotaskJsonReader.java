package io.atqb.autotask;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Autotask JSON answers with Jackson's streaming parser: a page keeps only the asked fields of each item (nested
 * values such as {@code userDefinedFields} are skipped), and {@code errors} lists are read as strings or as objects
 * with a {@code message}. No tree of the whole answer is ever built.
 */
final class AutotaskJsonReader {

    private static final JsonFactory JSON = new JsonFactory();
    private static final int MAX_ERROR_TEXT = 300;

    /** A parsed answer and the messages of its {@code errors} list (empty when there were none). */
    record Parsed<T>(T value, List<String> errors) {
    }

    /** Thrown when the answer is not the JSON expected. */
    static final class MalformedAnswerException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedAnswerException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private AutotaskJsonReader() {
    }

    /** Field names are compared without regard to case, as Autotask does. */
    static AutotaskFieldIndex fieldIndex(List<String> fields) {
        return AutotaskFieldIndex.of(fields);
    }

    /** Reads {@code {"items":[...], "pageDetails":{...}, "errors":[...]}}. */
    static Parsed<AutotaskPage> readPage(InputStream in, String entity, List<String> fields)
            throws MalformedAnswerException {
        AutotaskFieldIndex index = fieldIndex(fields);
        int idIndex = idIndex(index, "a page query");
        List<AutotaskRow> rows = new ArrayList<>();
        int[] itemCount = {0};
        boolean[] nextPageLinked = {true};
        List<String> errors = readAnswer(in, true, (parser, name, value) -> {
            if ("items".equalsIgnoreCase(name) && value == JsonToken.START_ARRAY) {
                while (nextInArray(parser)) {
                    expectCurrent(parser, JsonToken.START_OBJECT, "an item object");
                    rows.add(readItem(parser, entity, index, fields.size(), idIndex, rows));
                    itemCount[0]++;
                }
                return true;
            }
            if ("pageDetails".equalsIgnoreCase(name) && value == JsonToken.START_OBJECT) {
                nextPageLinked[0] = readNextPageLinked(parser);
                return true;
            }
            return false;
        });
        return new Parsed<>(new AutotaskPage(entity, rows, itemCount[0], nextPageLinked[0]), errors);
    }

    /** The member of an answer object a reader wants: true when it read the member's value. */
    @FunctionalInterface
    private interface AnswerMember {
        boolean read(JsonParser parser, String name, JsonToken value) throws IOException, MalformedAnswerException;
    }

    /**
     * Reads an answer object member by member: {@code wanted} reads the members it knows, {@code errors} are
     * collected, anything else is skipped. {@code wholeInput}: nothing may follow the object.
     */
    private static List<String> readAnswer(InputStream in, boolean wholeInput, AnswerMember wanted)
            throws MalformedAnswerException {
        List<String> errors = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(in)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT, "a JSON object");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (wanted.read(parser, name, value)) {
                    continue;
                }
                if ("errors".equalsIgnoreCase(name)) {
                    errors.addAll(readErrors(parser));
                } else {
                    parser.skipChildren();
                }
            }
            expectCurrent(parser, JsonToken.END_OBJECT, "the end of the answer");
            if (wholeInput && parser.nextToken() != null) {
                throw new MalformedAnswerException("unexpected content after the end of the answer", null);
            }
        } catch (IOException e) {
            throw new MalformedAnswerException(describe(e), e);
        }
        return errors;
    }

    private static int idIndex(AutotaskFieldIndex index, String what) {
        int idIndex = index.position("id");
        if (idIndex < 0) {
            throw new IllegalArgumentException(what + " must include id");
        }
        return idIndex;
    }

    /** Reads {@code pageDetails}: false only when it says {@code "nextPageUrl": null} (or empty). */
    private static boolean readNextPageLinked(JsonParser parser) throws IOException {
        boolean linked = true;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("nextPageUrl".equalsIgnoreCase(name)) {
                linked = value == JsonToken.VALUE_STRING && !parser.getText().isBlank();
            } else {
                parser.skipChildren();
            }
        }
        return linked;
    }

    /** Reads {@code {"item":{...}}} or {@code {"item":null}} (GET by id) as a page of at most one row. */
    static Parsed<AutotaskPage> readSingleItem(InputStream in, String entity, List<String> fields)
            throws MalformedAnswerException {
        AutotaskFieldIndex index = fieldIndex(fields);
        int idIndex = idIndex(index, "a record read");
        List<AutotaskRow> rows = new ArrayList<>();
        List<String> errors = readAnswer(in, false, (parser, name, value) -> {
            if ("item".equalsIgnoreCase(name) && value == JsonToken.START_OBJECT) {
                rows.add(readItem(parser, entity, index, fields.size(), idIndex, rows));
                return true;
            }
            return false;
        });
        return new Parsed<>(new AutotaskPage(entity, rows, rows.size(), false), errors);
    }

    /** Reads {@code {"fields":[{name, isReadOnly, isPickList, picklistValues:[{value, label, isActive}]}]}}. */
    static Parsed<List<AutotaskEntityField>> readFields(InputStream in) throws MalformedAnswerException {
        List<AutotaskEntityField> fields = new ArrayList<>();
        List<String> errors = readAnswer(in, false, (parser, name, value) -> {
            if ("fields".equalsIgnoreCase(name) && value == JsonToken.START_ARRAY) {
                while (nextInArray(parser)) {
                    expectCurrent(parser, JsonToken.START_OBJECT, "a field object");
                    fields.add(readField(parser));
                }
                return true;
            }
            return false;
        });
        return new Parsed<>(List.copyOf(fields), errors);
    }

    private static AutotaskEntityField readField(JsonParser parser) throws IOException, MalformedAnswerException {
        String name = null;
        boolean readOnly = false;
        List<AutotaskEntityField.PicklistValue> picklist = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("name".equalsIgnoreCase(key) && value == JsonToken.VALUE_STRING) {
                name = parser.getText();
            } else if ("isReadOnly".equalsIgnoreCase(key) && value.isBoolean()) {
                readOnly = value == JsonToken.VALUE_TRUE;
            } else if ("picklistValues".equalsIgnoreCase(key) && value == JsonToken.START_ARRAY) {
                while (nextInArray(parser)) {
                    expectCurrent(parser, JsonToken.START_OBJECT, "a picklist value");
                    picklist.add(readPicklistValue(parser));
                }
            } else {
                parser.skipChildren();
            }
        }
        if (name == null) {
            throw new MalformedAnswerException("a field of the field list has no name", null);
        }
        return new AutotaskEntityField(name, readOnly, picklist);
    }

    private static AutotaskEntityField.PicklistValue readPicklistValue(JsonParser parser) throws IOException {
        String value = null;
        String label = null;
        boolean active = true;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken token = parser.nextToken();
            if ("value".equalsIgnoreCase(key) && token.isScalarValue() && token != JsonToken.VALUE_NULL) {
                value = parser.getText();
            } else if ("label".equalsIgnoreCase(key) && token == JsonToken.VALUE_STRING) {
                label = parser.getText();
            } else if ("isActive".equalsIgnoreCase(key) && token.isBoolean()) {
                active = token == JsonToken.VALUE_TRUE;
            } else {
                parser.skipChildren();
            }
        }
        return new AutotaskEntityField.PicklistValue(value, label, active);
    }

    private static AutotaskRow readItem(JsonParser parser, String entity, AutotaskFieldIndex index, int size,
            int idIndex, List<AutotaskRow> before) throws IOException, MalformedAnswerException {
        Object[] values = new Object[size];
        boolean[] present = new boolean[size];
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            int at = index.position(parser.currentName());
            JsonToken token = parser.nextToken();
            if (at < 0 || token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                parser.skipChildren();
                continue;
            }
            present[at] = true;
            values[at] = scalar(parser, token);
        }
        expectCurrent(parser, JsonToken.END_OBJECT, "the end of an item");
        Object id = values[idIndex];
        if (!(id instanceof Long idValue)) {
            String after = before.isEmpty() ? "" : " (after item " + before.get(before.size() - 1).id() + ")";
            throw new MalformedAnswerException("an item of " + entity + " has no numeric id" + after, null);
        }
        return new AutotaskRow(entity, index, values, present, idValue);
    }

    private static Object scalar(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? new BigDecimal(parser.getBigIntegerValue()) : parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
            case VALUE_STRING -> parser.getText();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Reads a flat object: top-level scalars and lists of scalars; nested objects are skipped. */
    static Parsed<Map<String, Object>> readObject(InputStream in) throws MalformedAnswerException {
        Map<String, Object> fields = new LinkedHashMap<>();
        List<String> errors = readAnswer(in, false, (parser, name, token) -> {
            if ("errors".equalsIgnoreCase(name) || token == JsonToken.START_OBJECT) {
                return false;
            }
            if (token == JsonToken.START_ARRAY) {
                fields.put(name, readScalars(parser));
            } else {
                fields.put(name, scalar(parser, token));
            }
            return true;
        });
        return new Parsed<>(fields, errors);
    }

    /** The scalars of an array (objects and arrays in it skipped, nulls left out). */
    private static List<Object> readScalars(JsonParser parser) throws IOException {
        List<Object> list = new ArrayList<>();
        while (nextInArray(parser)) {
            if (parser.currentToken().isStructStart()) {
                parser.skipChildren();
            } else {
                Object value = scalar(parser, parser.currentToken());
                if (value != null) {
                    list.add(value);
                }
            }
        }
        return list;
    }

    /**
     * The messages of an error answer: its {@code errors} list (strings or objects), the {@code Message} of a 405, or
     * the start of a body that is not JSON. Never fails.
     */
    static List<String> readErrorMessages(byte[] body) {
        if (body == null || body.length == 0) {
            return List.of();
        }
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                List<String> messages = new ArrayList<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken token = parser.nextToken();
                    if ("errors".equalsIgnoreCase(name)) {
                        messages.addAll(readErrors(parser));
                    } else if ("message".equalsIgnoreCase(name) && token == JsonToken.VALUE_STRING) {
                        messages.add(shorten(parser.getText()));
                    } else {
                        parser.skipChildren();
                    }
                }
                return messages;
            }
        } catch (IOException notJson) {
            // fall through to the raw text
        }
        String text = new String(body, 0, Math.min(body.length, MAX_ERROR_TEXT * 2), StandardCharsets.UTF_8);
        return List.of(shorten(text));
    }

    /** Reads an {@code errors} value: a list of strings or of objects with {@code message}, or one string. */
    private static List<String> readErrors(JsonParser parser) throws IOException {
        List<String> messages = new ArrayList<>();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            messages.add(shorten(parser.getText()));
            return messages;
        }
        if (token != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return messages;
        }
        while (nextInArray(parser)) {
            JsonToken element = parser.currentToken();
            if (element == JsonToken.START_OBJECT) {
                String message = null;
                String field = null;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if ("message".equalsIgnoreCase(name) && value == JsonToken.VALUE_STRING) {
                        message = parser.getText();
                    } else if ("field".equalsIgnoreCase(name) && value == JsonToken.VALUE_STRING) {
                        field = parser.getText();
                    } else {
                        parser.skipChildren();
                    }
                }
                String text = message == null ? "(error without message)" : message;
                messages.add(shorten(field == null ? text : text + " (field " + field + ")"));
            } else if (element == JsonToken.START_ARRAY) {
                parser.skipChildren();
            } else if (element != JsonToken.VALUE_NULL) {
                messages.add(shorten(parser.getText()));
            }
        }
        return messages;
    }

    /** Advances inside an array; false at its end, an exception when the answer ends first. */
    private static boolean nextInArray(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new EOFException("the answer ended inside a list");
        }
        return token != JsonToken.END_ARRAY;
    }

    private static void expect(JsonToken actual, JsonToken wanted, String what) throws MalformedAnswerException {
        if (actual != wanted) {
            throw new MalformedAnswerException("expected " + what + " but found "
                    + (actual == null ? "the end of the answer" : actual.asString() == null ? actual : actual.asString()),
                    null);
        }
    }

    private static void expectCurrent(JsonParser parser, JsonToken wanted, String what)
            throws MalformedAnswerException {
        expect(parser.currentToken(), wanted, what);
    }

    private static String describe(IOException e) {
        if (e instanceof JsonProcessingException json) {
            String location = json.getLocation() == null ? ""
                    : " at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr();
            return json.getOriginalMessage() + location;
        }
        return e.getMessage();
    }

    private static String shorten(String text) {
        String collapsed = text.replaceAll("\\s+", " ").trim();
        return collapsed.length() <= MAX_ERROR_TEXT ? collapsed : collapsed.substring(0, MAX_ERROR_TEXT) + "...";
    }
}
