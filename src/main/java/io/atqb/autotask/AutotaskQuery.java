package io.atqb.autotask;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What to read from one entity: the fields (always with {@code id}) and one or more filter batches. Each batch is
 * paged on its own by {@code id gt lastId}; a lookup batch ({@code id in [...]}) knows the most rows it can return.
 *
 * @param entity        the entity endpoint
 * @param includeFields the fields to read, {@code id} first
 * @param batches       the filter sets to page through one after the other
 */
public record AutotaskQuery(String entity, List<String> includeFields, List<Batch> batches) {

    /**
     * One filter set.
     *
     * @param filters the conditions, ANDed
     * @param maxRows the most rows it can match (known for id lookups), or -1
     */
    public record Batch(List<AutotaskFilter> filters, int maxRows) {
        public Batch {
            filters = List.copyOf(filters);
        }
    }

    public AutotaskQuery {
        Objects.requireNonNull(entity, "entity");
        LinkedHashSet<String> fields = new LinkedHashSet<>();
        fields.add("id");
        for (String field : includeFields) {
            if (!"id".equalsIgnoreCase(field)) {
                fields.add(field);
            }
        }
        includeFields = List.copyOf(fields);
        batches = List.copyOf(batches);
    }

    /** Every row matching the filters (one batch). */
    public static AutotaskQuery all(String entity, List<String> includeFields, List<AutotaskFilter> filters) {
        return new AutotaskQuery(entity, includeFields, List.of(new Batch(filters, -1)));
    }

    /**
     * Rows whose {@code field} is among {@code values}, in batches of at most {@code batchSize} values; extra
     * filters per batch come from {@code extraFilters} (given the batch's values). No values = no batches = no calls.
     */
    public static AutotaskQuery lookup(String entity, List<String> includeFields, String field,
            Collection<Long> values, int batchSize, Function<List<Long>, List<AutotaskFilter>> extraFilters) {
        boolean byId = "id".equalsIgnoreCase(field);
        List<Batch> batches = new ArrayList<>();
        for (List<Long> chunk : valueBatches(values, batchSize)) {
            List<AutotaskFilter> filters = new ArrayList<>();
            filters.add(AutotaskFilter.in(field, chunk));
            filters.addAll(extraFilters.apply(chunk));
            batches.add(new Batch(filters, byId ? chunk.size() : -1));
        }
        return new AutotaskQuery(entity, includeFields, batches);
    }

    /**
     * Rows whose {@code field} is among {@code values}, with as few batches as the API allows: each batch holds up
     * to {@code valuesPerIn x insPerBatch} values as one {@code in} filter or an {@code or} group of {@code in}
     * filters of at most {@code valuesPerIn} values, so paging runs across many values at once and only the last
     * page of each batch is short. Extra filters apply to every batch. No values = no batches = no calls.
     */
    public static AutotaskQuery lookupAll(String entity, List<String> includeFields, String field,
            Collection<Long> values, int valuesPerIn, int insPerBatch, List<AutotaskFilter> extraFilters) {
        boolean byId = "id".equalsIgnoreCase(field);
        List<Batch> batches = new ArrayList<>();
        for (List<Long> batchValues : valueBatches(values, valuesPerIn * insPerBatch)) {
            List<AutotaskFilter> filters = new ArrayList<>();
            filters.add(inAny(field, batchValues, valuesPerIn));
            filters.addAll(extraFilters);
            batches.add(new Batch(filters, byId ? batchValues.size() : -1));
        }
        return new AutotaskQuery(entity, includeFields, batches);
    }

    /** {@code field in values} as one {@code in} filter, or an {@code or} group of {@code in} filters. */
    public static AutotaskFilter inAny(String field, Collection<Long> values, int valuesPerIn) {
        List<List<Long>> chunks = valueBatches(values, valuesPerIn);
        if (chunks.isEmpty()) {
            throw new IllegalArgumentException("an in filter on " + field + " needs values");
        }
        if (chunks.size() == 1) {
            return AutotaskFilter.in(field, chunks.get(0));
        }
        List<AutotaskFilter> ins = new ArrayList<>();
        for (List<Long> chunk : chunks) {
            ins.add(AutotaskFilter.in(field, chunk));
        }
        return AutotaskFilter.or(ins);
    }

    /** The distinct values in ascending order, cut into batches of at most {@code batchSize}, as lookups send them. */
    public static List<List<Long>> valueBatches(Collection<Long> values, int batchSize) {
        List<Long> sorted = values.stream().distinct().sorted().toList();
        List<List<Long>> batches = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += batchSize) {
            batches.add(sorted.subList(from, Math.min(sorted.size(), from + batchSize)));
        }
        return batches;
    }
}
