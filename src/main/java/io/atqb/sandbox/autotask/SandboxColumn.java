package io.atqb.sandbox.autotask;

import java.time.Instant;
import java.util.Arrays;
import java.util.BitSet;

/** One typed, growable column of a sandbox entity table; values are stored in primitive arrays to keep big tenants lean. */
public final class SandboxColumn {

    /** The JSON-relevant type of a column. */
    public enum Type { LONG, INTEGER, DECIMAL, STRING, BOOLEAN, DATETIME }

    private final String name;
    private final Type type;
    private long[] longs;
    private int[] ints;
    private double[] doubles;
    private String[] strings;
    private final BitSet nulls = new BitSet();
    private int size;

    SandboxColumn(String name, Type type) {
        this.name = name;
        this.type = type;
        int initial = 16;
        switch (type) {
            case LONG, DATETIME -> longs = new long[initial];
            case INTEGER, BOOLEAN -> ints = new int[initial];
            case DECIMAL -> doubles = new double[initial];
            case STRING -> strings = new String[initial];
            default -> throw new IllegalStateException("unknown column type " + type);
        }
    }

    public String name() {
        return name;
    }

    public Type type() {
        return type;
    }

    int size() {
        return size;
    }

    void append(Object value) {
        ensureCapacity(size + 1);
        int row = size++;
        store(row, value);
    }

    /** Replaces the value of an existing row (null = empty). */
    void set(int row, Object value) {
        checkRow(row);
        store(row, value);
    }

    private void store(int row, Object value) {
        if (value == null) {
            nulls.set(row);
            return;
        }
        nulls.clear(row);
        switch (type) {
            case LONG -> longs[row] = ((Number) value).longValue();
            case DATETIME -> longs[row] = toInstant(value).toEpochMilli();
            case INTEGER -> ints[row] = ((Number) value).intValue();
            case BOOLEAN -> ints[row] = ((Boolean) value) ? 1 : 0;
            case DECIMAL -> doubles[row] = ((Number) value).doubleValue();
            case STRING -> strings[row] = value.toString();
            default -> throw new IllegalStateException("unknown column type " + type);
        }
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        return SandboxDates.parse(value.toString());
    }

    private void ensureCapacity(int needed) {
        int capacity = switch (type) {
            case LONG, DATETIME -> longs.length;
            case INTEGER, BOOLEAN -> ints.length;
            case DECIMAL -> doubles.length;
            case STRING -> strings.length;
        };
        if (needed <= capacity) {
            return;
        }
        int grown = Math.max(needed, capacity + (capacity >> 1) + 16);
        switch (type) {
            case LONG, DATETIME -> longs = Arrays.copyOf(longs, grown);
            case INTEGER, BOOLEAN -> ints = Arrays.copyOf(ints, grown);
            case DECIMAL -> doubles = Arrays.copyOf(doubles, grown);
            case STRING -> strings = Arrays.copyOf(strings, grown);
            default -> throw new IllegalStateException("unknown column type " + type);
        }
    }

    public boolean isNull(int row) {
        checkRow(row);
        return nulls.get(row);
    }

    /** The value as Long, Integer, Double, String, Boolean or Instant; null when empty. */
    public Object value(int row) {
        if (isNull(row)) {
            return null;
        }
        return switch (type) {
            case LONG -> longs[row];
            case DATETIME -> Instant.ofEpochMilli(longs[row]);
            case INTEGER -> ints[row];
            case BOOLEAN -> ints[row] != 0;
            case DECIMAL -> doubles[row];
            case STRING -> strings[row];
        };
    }

    long longAt(int row) {
        return switch (type) {
            case LONG, DATETIME -> longs[row];
            case INTEGER, BOOLEAN -> ints[row];
            case DECIMAL -> (long) doubles[row];
            case STRING -> throw new IllegalStateException(name + " is not numeric");
        };
    }

    double doubleAt(int row) {
        return type == Type.DECIMAL ? doubles[row] : longAt(row);
    }

    String stringAt(int row) {
        return type == Type.STRING ? strings[row] : String.valueOf(value(row));
    }

    private void checkRow(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " of column " + name + " (size " + size + ")");
        }
    }
}
