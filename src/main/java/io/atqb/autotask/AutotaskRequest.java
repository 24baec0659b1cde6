package io.atqb.autotask;

import java.util.List;
import java.util.Objects;

/**
 * One call to the Autotask REST API, relative to the zone URL.
 *
 * @param method        GET or POST
 * @param entity        the entity endpoint (also the bucket of the per-entity concurrency limit)
 * @param path          the path below the zone URL, e.g. {@code V1.0/Products/query}
 * @param body          the JSON body, or null
 * @param includeFields for query pages: the fields each item is read for ({@code id} first); empty otherwise
 * @param shape         whether the answer is a page of items or one flat object
 * @param afterId       for query pages: the id the page starts after (named in error messages), else null
 */
public record AutotaskRequest(String method, String entity, String path, byte[] body, List<String> includeFields,
        Shape shape, Long afterId) {

    /** What the answer looks like. */
    public enum Shape { PAGE, OBJECT }

    public AutotaskRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(path, "path");
        includeFields = List.copyOf(includeFields);
        Objects.requireNonNull(shape, "shape");
    }

    /** A flat GET such as {@code V1.0/ThresholdInformation}. */
    public static AutotaskRequest get(String entity, String path) {
        return new AutotaskRequest("GET", entity, path, null, List.of(), Shape.OBJECT, null);
    }

    /** A POST query for one page of items. */
    public static AutotaskRequest queryPage(String entity, byte[] body, List<String> includeFields, long afterId) {
        return new AutotaskRequest("POST", entity, "V1.0/" + entity + "/query", body, includeFields, Shape.PAGE,
                afterId);
    }

    /** How error messages name this call, e.g. {@code V1.0/Products/query (page after id 1500)}. */
    public String describe() {
        return afterId == null ? path : path + " (page after id " + afterId + ")";
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
