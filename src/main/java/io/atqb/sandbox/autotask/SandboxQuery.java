package io.atqb.sandbox.autotask;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A query body ({@code filter}, {@code IncludeFields}, {@code MaxRecords}) compiled against one entity table, with
 * the real API's rules: keys and field names without regard to case, unknown field = 500, unknown operator silently
 * ignored, at most 500 rows per page, rows in ascending id order.
 */
final class SandboxQuery {

    static final int MAX_RECORDS = 500;
    static final int MAX_IN_VALUES = 500;

    /** Matches one row of the table. */
    interface RowPredicate {
        boolean matches(int row);
    }

    /** One page of matching rows. */
    record Page(int[] rows, boolean hasMore) {
    }

    private final SandboxEntityTable table;
    private final RowPredicate predicate;
    private final List<SandboxColumn> includeColumns;
    private final int maxRecords;
    private final boolean idGreaterThanInclusive;
    private long minimumId = Long.MIN_VALUE;

    private SandboxQuery(SandboxEntityTable table, JsonNode body, boolean idGreaterThanInclusive) {
        this.table = table;
        this.idGreaterThanInclusive = idGreaterThanInclusive;
        JsonNode filter = member(body, "filter");
        this.predicate = compileTopLevel(filter);
        this.includeColumns = includeColumns(member(body, "includeFields"));
        this.maxRecords = maxRecords(member(body, "maxRecords"));
    }

    /**
     * Compiles a query body; {@code idGreaterThanInclusive} makes {@code id gt x} behave like {@code gte} (a fault
     * some tenants showed for equal values).
     */
    static SandboxQuery compile(SandboxEntityTable table, JsonNode body, boolean idGreaterThanInclusive) {
        if (body != null && !body.isNull() && !body.isObject()) {
            throw new SandboxApiException(500, "The query must be a JSON object.");
        }
        return new SandboxQuery(table, body, idGreaterThanInclusive);
    }

    SandboxEntityTable table() {
        return table;
    }

    int maxRecords() {
        return maxRecords;
    }

    /** The columns to write, in the asked order; all columns when IncludeFields is absent or empty. */
    List<SandboxColumn> includeColumns() {
        return includeColumns;
    }

    /** The first page of matches whose id is above {@code afterId} (null = from the start). */
    Page page(Long afterId) {
        long floor = minimumId;
        if (afterId != null && afterId + 1 > floor) {
            floor = afterId + 1;
        }
        int row = floor == Long.MIN_VALUE ? 0 : table.lowerBound(floor);
        int[] found = new int[Math.min(maxRecords, Math.max(0, table.rowCount() - row))];
        int count = 0;
        boolean hasMore = false;
        for (; row < table.rowCount(); row++) {
            if (predicate.matches(row)) {
                if (count == maxRecords) {
                    hasMore = true;
                    break;
                }
                found[count++] = row;
            }
        }
        int[] rows = new int[count];
        System.arraycopy(found, 0, rows, 0, count);
        return new Page(rows, hasMore);
    }

    long count() {
        int row = minimumId == Long.MIN_VALUE ? 0 : table.lowerBound(minimumId);
        long count = 0;
        for (; row < table.rowCount(); row++) {
            if (predicate.matches(row)) {
                count++;
            }
        }
        return count;
    }

    /** A member of a JSON object found without regard to the case of its key. */
    static JsonNode member(JsonNode object, String key) {
        if (object == null || !object.isObject()) {
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().equalsIgnoreCase(key)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private int maxRecords(JsonNode node) {
        if (node == null || node.isNull()) {
            return MAX_RECORDS;
        }
        if (!node.canConvertToInt() || node.asInt() < 1) {
            throw new SandboxApiException(500, "MaxRecords must be a number between 1 and " + MAX_RECORDS + ".");
        }
        return Math.min(node.asInt(), MAX_RECORDS);
    }

    private List<SandboxColumn> includeColumns(JsonNode node) {
        if (node == null || node.isNull() || (node.isArray() && node.isEmpty())) {
            return table.columns();
        }
        if (!node.isArray()) {
            throw new SandboxApiException(500, "IncludeFields must be a list of field names.");
        }
        List<SandboxColumn> columns = new ArrayList<>();
        for (JsonNode field : node) {
            SandboxColumn column = table.column(field.asText());
            if (column == null) {
                throw unknownField(field.asText());
            }
            if (!columns.contains(column)) {
                columns.add(column);
            }
        }
        return List.copyOf(columns);
    }

    private SandboxApiException unknownField(String field) {
        return new SandboxApiException(500, "Unable to find " + field + " in the " + table.singularName() + " Entity.");
    }

    private RowPredicate compileTopLevel(JsonNode filter) {
        if (filter == null || filter.isNull()) {
            return row -> true;
        }
        if (!filter.isArray()) {
            throw new SandboxApiException(500, "The filter must be a list of conditions.");
        }
        List<RowPredicate> all = new ArrayList<>();
        for (JsonNode item : filter) {
            all.add(compileItem(item));
            narrowByIdBound(item);
        }
        return and(all);
    }

    /** Top-level id conditions let paging start with a binary search instead of a scan. */
    private void narrowByIdBound(JsonNode item) {
        String field = text(member(item, "field"));
        String op = text(member(item, "op"));
        JsonNode value = member(item, "value");
        if (field == null || op == null || !"id".equalsIgnoreCase(field) || value == null) {
            return;
        }
        long bound;
        switch (op.toLowerCase(Locale.ROOT)) {
            case "gt" -> {
                if (!value.canConvertToLong()) {
                    return;
                }
                bound = idGreaterThanInclusive ? value.asLong() : value.asLong() + 1;
            }
            case "gte", "eq" -> {
                if (!value.canConvertToLong()) {
                    return;
                }
                bound = value.asLong();
            }
            default -> {
                return;
            }
        }
        minimumId = Math.max(minimumId, bound);
    }

    private static RowPredicate and(List<RowPredicate> all) {
        RowPredicate[] array = all.toArray(new RowPredicate[0]);
        return row -> {
            for (RowPredicate p : array) {
                if (!p.matches(row)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static RowPredicate or(List<RowPredicate> all) {
        RowPredicate[] array = all.toArray(new RowPredicate[0]);
        return row -> {
            for (RowPredicate p : array) {
                if (p.matches(row)) {
                    return true;
                }
            }
            return array.length == 0;
        };
    }

    private RowPredicate compileItem(JsonNode item) {
        if (item == null || !item.isObject()) {
            throw new SandboxApiException(500, "Each filter entry must be a JSON object.");
        }
        String op = text(member(item, "op"));
        if (op == null) {
            throw new SandboxApiException(500, "A filter entry needs an op.");
        }
        String lowerOp = op.toLowerCase(Locale.ROOT);
        JsonNode items = member(item, "items");
        if (("and".equals(lowerOp) || "or".equals(lowerOp)) && items != null) {
            if (!items.isArray()) {
                throw new SandboxApiException(500, "The items of an " + op + " group must be a list.");
            }
            List<RowPredicate> children = new ArrayList<>();
            for (JsonNode child : items) {
                children.add(compileItem(child));
            }
            return "and".equals(lowerOp) ? and(children) : or(children);
        }
        String fieldName = text(member(item, "field"));
        if (fieldName == null) {
            throw new SandboxApiException(500, "A filter condition needs a field.");
        }
        JsonNode udf = member(item, "udf");
        if (udf != null && udf.asBoolean(false)) {
            throw new SandboxApiException(500, "Unable to find " + fieldName + " in the " + table.singularName()
                    + " Entity user-defined fields.");
        }
        SandboxColumn column = table.column(fieldName);
        if (column == null) {
            throw unknownField(fieldName);
        }
        JsonNode value = member(item, "value");
        return switch (lowerOp) {
            case "eq" -> compare(column, value, c -> c == 0);
            case "noteq" -> compare(column, value, c -> c != 0);
            case "gt" -> "id".equalsIgnoreCase(column.name()) && idGreaterThanInclusive
                    ? compare(column, value, c -> c >= 0)
                    : compare(column, value, c -> c > 0);
            case "gte" -> compare(column, value, c -> c >= 0);
            case "lt" -> compare(column, value, c -> c < 0);
            case "lte" -> compare(column, value, c -> c <= 0);
            case "beginswith" -> text(column, value, (cell, wanted) -> cell.startsWith(wanted));
            case "endswith" -> text(column, value, (cell, wanted) -> cell.endsWith(wanted));
            case "contains" -> text(column, value, (cell, wanted) -> cell.contains(wanted));
            case "exist" -> row -> !column.isNull(row);
            case "notexist" -> column::isNull;
            case "in" -> in(column, value, true);
            case "notin" -> in(column, value, false);
            // the real API silently ignores an operator it does not know
            default -> row -> true;
        };
    }

    private interface CellComparator {
        int compare(int row);
    }

    private interface TextMatch {
        boolean test(String cell, String wanted);
    }

    private RowPredicate compare(SandboxColumn column, JsonNode value, IntPredicate outcome) {
        if (value == null || value.isNull()) {
            throw new SandboxApiException(500, "The filter on " + column.name() + " needs a value.");
        }
        CellComparator comparator = comparator(column, value);
        return row -> !column.isNull(row) && outcome.test(comparator.compare(row));
    }

    private CellComparator comparator(SandboxColumn column, JsonNode value) {
        switch (column.type()) {
            case STRING -> {
                String wanted = value.asText();
                return row -> column.stringAt(row).compareToIgnoreCase(wanted);
            }
            case BOOLEAN -> {
                if (!value.isBoolean()) {
                    throw new SandboxApiException(500, "Invalid value for " + column.name()
                            + ": a boolean must be true or false.");
                }
                long wanted = value.booleanValue() ? 1 : 0;
                return row -> Long.compare(column.longAt(row), wanted);
            }
            case DATETIME -> {
                long wanted = dateValue(column, value);
                return row -> Long.compare(column.longAt(row), wanted);
            }
            case DECIMAL -> {
                double wanted = decimalValue(column, value);
                return row -> Double.compare(column.doubleAt(row), wanted);
            }
            default -> {
                if (value.isIntegralNumber() || (value.isTextual() && isLong(value.asText()))) {
                    long wanted = value.isIntegralNumber() ? value.asLong() : Long.parseLong(value.asText().trim());
                    return row -> Long.compare(column.longAt(row), wanted);
                }
                double wanted = decimalValue(column, value);
                return row -> Double.compare(column.longAt(row), wanted);
            }
        }
    }

    private static boolean isLong(String text) {
        try {
            Long.parseLong(text.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static long dateValue(SandboxColumn column, JsonNode value) {
        try {
            return SandboxDates.parse(value.asText()).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new SandboxApiException(500, "Invalid date value for " + column.name() + ": " + value.asText());
        }
    }

    private static double decimalValue(SandboxColumn column, JsonNode value) {
        if (value.isNumber()) {
            return value.asDouble();
        }
        try {
            return Double.parseDouble(value.asText().trim());
        } catch (NumberFormatException e) {
            throw new SandboxApiException(500, "Invalid value for " + column.name() + ": " + value.asText());
        }
    }

    private RowPredicate text(SandboxColumn column, JsonNode value, TextMatch match) {
        if (value == null || value.isNull()) {
            throw new SandboxApiException(500, "The filter on " + column.name() + " needs a value.");
        }
        String wanted = value.asText().toLowerCase(Locale.ROOT);
        return row -> !column.isNull(row) && match.test(column.stringAt(row).toLowerCase(Locale.ROOT), wanted);
    }

    private RowPredicate in(SandboxColumn column, JsonNode value, boolean wantMember) {
        if (value == null || !value.isArray()) {
            throw new SandboxApiException(500, "The in and notIn operators need a list of values for "
                    + column.name() + ".");
        }
        if (value.size() > MAX_IN_VALUES) {
            throw new SandboxApiException(500, "Too many values for " + column.name() + " (at most "
                    + MAX_IN_VALUES + " in one in/notIn condition).");
        }
        Set<Object> keys = new HashSet<>();
        for (JsonNode element : value) {
            keys.add(key(column, element));
        }
        return row -> !column.isNull(row) && keys.contains(cellKey(column, row)) == wantMember;
    }

    private static Object key(SandboxColumn column, JsonNode element) {
        return switch (column.type()) {
            case STRING -> element.asText().toLowerCase(Locale.ROOT);
            case DECIMAL -> decimalValue(column, element);
            case DATETIME -> dateValue(column, element);
            case BOOLEAN -> element.asBoolean() ? 1L : 0L;
            default -> element.isIntegralNumber() ? element.asLong()
                    : isLong(element.asText()) ? Long.parseLong(element.asText().trim()) : (Object) element.asText();
        };
    }

    private static Object cellKey(SandboxColumn column, int row) {
        return switch (column.type()) {
            case STRING -> column.stringAt(row).toLowerCase(Locale.ROOT);
            case DECIMAL -> column.doubleAt(row);
            default -> column.longAt(row);
        };
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
