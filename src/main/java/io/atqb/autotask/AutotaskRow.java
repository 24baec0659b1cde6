package io.atqb.autotask;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * One item of a query page, holding only the asked fields. The typed getters fail with a clear message naming the
 * entity, the item id and the field when a field is missing from the answer, empty or of the wrong type.
 */
public final class AutotaskRow {

    private final String entity;
    private final AutotaskFieldIndex fieldIndex;
    private final Object[] values;
    private final boolean[] present;
    private final long id;

    AutotaskRow(String entity, AutotaskFieldIndex fieldIndex, Object[] values, boolean[] present, long id) {
        this.entity = entity;
        this.fieldIndex = fieldIndex;
        this.values = values;
        this.present = present;
        this.id = id;
    }

    public long id() {
        return id;
    }

    public String entity() {
        return entity;
    }

    private int index(String field) {
        int index = fieldIndex.position(field);
        if (index < 0) {
            throw new IllegalArgumentException(field + " was not asked for in the " + entity + " query");
        }
        return index;
    }

    /** The raw value (Long, BigDecimal, String, Boolean or null); fails when the answer left the field out. */
    private Object value(String field) {
        int index = index(field);
        if (!present[index]) {
            throw error(field, "is missing from the answer");
        }
        return values[index];
    }

    private Object required(String field) {
        Object value = value(field);
        if (value == null) {
            throw error(field, "is empty");
        }
        return value;
    }

    public long requiredLong(String field) {
        return asLong(field, required(field));
    }

    /** The value, or null when the field is empty (but present). */
    public Long optionalLong(String field) {
        Object value = value(field);
        return value == null ? null : asLong(field, value);
    }

    public int requiredInt(String field) {
        long value = requiredLong(field);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw error(field, "is out of range: " + value);
        }
        return (int) value;
    }

    public boolean requiredBoolean(String field) {
        Object value = required(field);
        if (value instanceof Boolean bool) {
            return bool;
        }
        throw error(field, "is not true or false: " + value);
    }

    public String requiredString(String field) {
        Object value = required(field);
        if (value instanceof String text) {
            return text;
        }
        throw error(field, "is not text: " + value);
    }

    /** The text, or null when the field is empty (but present). */
    public String optionalString(String field) {
        Object value = value(field);
        return value == null ? null : value.toString();
    }

    /** A decimal number (money), or null when the field is empty (but present). */
    public BigDecimal optionalDecimal(String field) {
        Object value = value(field);
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Long number) {
            return BigDecimal.valueOf(number);
        }
        throw error(field, "is not a number: " + value);
    }

    /** A date-time, or null when the field is empty (but present). */
    public Instant optionalInstant(String field) {
        return value(field) == null ? null : requiredInstant(field);
    }

    /** A date-time; Autotask sends UTC, with or without a trailing zone. */
    public Instant requiredInstant(String field) {
        Object value = required(field);
        String text = value.toString().trim();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutZone) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw error(field, "is not a date-time: " + text);
            }
        }
    }

    private long asLong(String field, Object value) {
        if (value instanceof Long number) {
            return number;
        }
        if (value instanceof BigDecimal decimal) {
            try {
                return decimal.longValueExact();
            } catch (ArithmeticException e) {
                throw error(field, "is not a whole number: " + decimal.toPlainString());
            }
        }
        throw error(field, "is not a number: " + value);
    }

    private AutotaskException error(String field, String problem) {
        return new AutotaskException("Autotask " + entity + " " + id + ": field " + field + " " + problem, entity, id,
                null);
    }
}
