package io.atqb.sandbox.autotask;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The rows of one Autotask entity in the sandbox, column by column, in ascending id order. */
public final class SandboxEntityTable {

    private final String name;
    private final String singularName;
    private final List<SandboxColumn> columns;
    private final Map<String, SandboxColumn> byLowerName = new LinkedHashMap<>();
    private final SandboxColumn id;
    private int rowCount;

    SandboxEntityTable(String name, String singularName, List<SandboxColumn> columns) {
        this.name = name;
        this.singularName = singularName;
        this.columns = List.copyOf(columns);
        for (SandboxColumn column : columns) {
            byLowerName.put(column.name().toLowerCase(Locale.ROOT), column);
        }
        this.id = byLowerName.get("id");
        if (id == null || id.type() != SandboxColumn.Type.LONG) {
            throw new IllegalArgumentException(name + " needs a LONG id column");
        }
    }

    /** The plural entity name used in URLs, e.g. {@code InventoryItems}. */
    public String name() {
        return name;
    }

    /** The singular name Autotask uses in error messages, e.g. {@code InventoryItem}. */
    public String singularName() {
        return singularName;
    }

    public List<SandboxColumn> columns() {
        return Collections.unmodifiableList(columns);
    }

    /** The column with this field name compared without regard to case, or null. */
    public SandboxColumn column(String field) {
        return byLowerName.get(field.toLowerCase(Locale.ROOT));
    }

    public int rowCount() {
        return rowCount;
    }

    public long idAt(int row) {
        return id.longAt(row);
    }

    /** The value of a field in a row (see {@link SandboxColumn#value(int)}). */
    public Object value(int row, String field) {
        SandboxColumn column = column(field);
        if (column == null) {
            throw new IllegalArgumentException("no field " + field + " in " + name);
        }
        return column.value(row);
    }

    /** Replaces the value of a field in a row (null = empty); the id cannot change. */
    void set(int row, String field, Object value) {
        SandboxColumn column = column(field);
        if (column == null) {
            throw new IllegalArgumentException("no field " + field + " in " + name);
        }
        if (column == id) {
            throw new IllegalArgumentException("the id of a " + singularName + " cannot change");
        }
        column.set(row, value);
    }

    /** The id a new row gets: one above the highest (1 for an empty table). */
    long nextId() {
        return rowCount == 0 ? 1 : idAt(rowCount - 1) + 1;
    }

    /** The row index holding this id, or -1. */
    public int rowOf(long wanted) {
        int row = lowerBound(wanted);
        return row < rowCount && idAt(row) == wanted ? row : -1;
    }

    /** The first row whose id is at least {@code minimum}. */
    int lowerBound(long minimum) {
        int low = 0;
        int high = rowCount;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (idAt(mid) < minimum) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Appends a row; ids must ascend. Fields not given are empty (null). */
    void append(Map<String, ?> values) {
        Object idValue = null;
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            if (column(entry.getKey()) == null) {
                throw new IllegalArgumentException("no field " + entry.getKey() + " in " + name);
            }
            if ("id".equalsIgnoreCase(entry.getKey())) {
                idValue = entry.getValue();
            }
        }
        if (!(idValue instanceof Number number)) {
            throw new IllegalArgumentException(name + " rows need a numeric id");
        }
        long newId = number.longValue();
        if (rowCount > 0 && newId <= idAt(rowCount - 1)) {
            throw new IllegalArgumentException(name + " ids must ascend: " + newId + " after " + idAt(rowCount - 1));
        }
        Map<String, Object> lower = new LinkedHashMap<>();
        values.forEach((key, value) -> lower.put(key.toLowerCase(Locale.ROOT), value));
        for (SandboxColumn column : columns) {
            column.append(lower.get(column.name().toLowerCase(Locale.ROOT)));
        }
        rowCount++;
    }

    /** Appends a row given as values in column order (fast path for big generated tenants). */
    void appendInColumnOrder(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(name + " has " + columns.size() + " columns, got " + values.length);
        }
        long newId = ((Number) values[0]).longValue();
        if (rowCount > 0 && newId <= idAt(rowCount - 1)) {
            throw new IllegalArgumentException(name + " ids must ascend: " + newId + " after " + idAt(rowCount - 1));
        }
        for (int i = 0; i < values.length; i++) {
            columns.get(i).append(values[i]);
        }
        rowCount++;
    }
}
