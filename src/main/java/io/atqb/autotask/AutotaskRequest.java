package io.atqb.autotask;

import java.util.List;
import java.util.Objects;

/**
 * One call to the Autotask REST API, relative to the zone URL.
 *
 * @param method        GET, POST or PATCH (a method camel-http knows: its {@code HttpMethods} constant goes on the call)
 * @param entity        the entity endpoint (also the bucket of the per-entity concurrency limit)
 * @param path          the path below the zone URL, e.g. {@code V1.0/Products/query}
 * @param body          the JSON body, or null
 * @param includeFields for query pages: the fields each item is read for ({@code id} first); empty otherwise
 * @param shape         whether the answer is a page of items or one flat object
 * @param afterId       for query pages: the id the page starts after (named in error messages), else null
 */
public record AutotaskRequest(String method, String entity, String path, byte[] body, List<String> includeFields,
        Shape shape, Long afterId) {

    /**
     * What the answer looks like: a page of items, one flat object, one record ({@code {"item":{...}|null}}, read
     * as a page of at most one row) or an entity's field list ({@code entityInformation/fields}).
     */
    public enum Shape { PAGE, OBJECT, ITEM, FIELDS }

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

    /** {@code GET V1.0/<entity>/<id>}: one record with the asked fields, or none. */
    public static AutotaskRequest getItem(String entity, long id, List<String> includeFields) {
        return new AutotaskRequest("GET", entity, "V1.0/" + entity + "/" + id, null, includeFields, Shape.ITEM,
                null);
    }

    /** {@code GET V1.0/<entity>/entityInformation/fields}: the entity's fields with their picklists. */
    public static AutotaskRequest fields(String entity) {
        return new AutotaskRequest("GET", entity, "V1.0/" + entity + "/entityInformation/fields", null, List.of(),
                Shape.FIELDS, null);
    }

    /** {@code PATCH V1.0/<entity>} with a JSON body holding {@code id} and only the fields to change. */
    public static AutotaskRequest patch(String entity, byte[] body) {
        return new AutotaskRequest("PATCH", entity, "V1.0/" + entity, body, List.of(), Shape.OBJECT, null);
    }

    /** True for a request that changes data in Autotask. */
    public boolean writes() {
        return !"GET".equalsIgnoreCase(method) && shape != Shape.PAGE;
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
