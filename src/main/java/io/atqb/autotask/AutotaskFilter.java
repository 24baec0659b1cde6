package io.atqb.autotask;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collection;
import java.util.List;

/**
 * One entry of an Autotask query filter: a condition {@code {"op","field","value"}} or a group
 * {@code {"op":"and"|"or","items":[...]}}. Only operators the API knows are offered here (an unknown one would be
 * ignored silently by Autotask).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"op", "field", "value", "items"})
public record AutotaskFilter(String op, String field, Object value, List<AutotaskFilter> items) {

    public static AutotaskFilter eq(String field, Object value) {
        return new AutotaskFilter("eq", field, value, null);
    }

    public static AutotaskFilter noteq(String field, Object value) {
        return new AutotaskFilter("noteq", field, value, null);
    }

    public static AutotaskFilter gt(String field, Object value) {
        return new AutotaskFilter("gt", field, value, null);
    }

    public static AutotaskFilter gte(String field, Object value) {
        return new AutotaskFilter("gte", field, value, null);
    }

    /** Text starting with {@code value}, without regard to case. */
    public static AutotaskFilter beginsWith(String field, String value) {
        return new AutotaskFilter("beginsWith", field, value, null);
    }

    /** Text containing {@code value}, without regard to case. */
    public static AutotaskFilter contains(String field, String value) {
        return new AutotaskFilter("contains", field, value, null);
    }

    /** {@code field notIn [values]}. */
    public static AutotaskFilter notIn(String field, Collection<?> values) {
        return new AutotaskFilter("notIn", field, List.copyOf(values), null);
    }

    /** {@code field in [values]}; callers keep lists short (see {@link AutotaskQuery#lookup}). */
    public static AutotaskFilter in(String field, Collection<?> values) {
        return new AutotaskFilter("in", field, List.copyOf(values), null);
    }

    public static AutotaskFilter and(List<AutotaskFilter> items) {
        return new AutotaskFilter("and", null, null, List.copyOf(items));
    }

    public static AutotaskFilter or(List<AutotaskFilter> items) {
        return new AutotaskFilter("or", null, null, List.copyOf(items));
    }
}
