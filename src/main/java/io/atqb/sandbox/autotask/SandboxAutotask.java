package io.atqb.sandbox.autotask;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A simulated Autotask PSA REST API: zone lookup, entity queries with the real filter operators and paging shape,
 * GET by id, {@code entityInformation/fields} with picklists, PATCH on PurchaseOrders (writable fields only; refusals
 * answer 500 {@code {"errors":[...]}}; accepted writes are recorded, see {@link #writes()}), credentials, the
 * 500-row cap, a thread limit per entity endpoint, an hourly request counter and switchable fault injection. Tests
 * change the tenant while it serves calls ({@link #addReceiving}, {@link #addPurchaseOrderItem},
 * {@link #setPurchaseOrderItemQuantity}, {@link #setField}, {@link #setPicklistLabel}); calls read under a read lock,
 * changes and PATCHes hold the write lock. It is a plain function from {@link SandboxRequest} to
 * {@link SandboxResponse}; the HTTP server and the servlet adapter only carry bytes. Safe for concurrent calls.
 */
public final class SandboxAutotask {

    /** Concurrent calls allowed per entity endpoint, as for integrations created since 2023. */
    public static final int THREAD_LIMIT = 3;
    /** Requests allowed per rolling hour. */
    public static final long HOURLY_THRESHOLD = 10_000;

    private static final String API_ROOT = "atservicesrest";
    private static final String VERSION = "v1.0";
    private static final String ZONE_INFORMATION = "zoneInformation";
    private static final String VERSION_INFORMATION = "versioninformation";
    private static final String THRESHOLD_INFORMATION = "ThresholdInformation";

    private final SandboxCredentials credentials;
    private final SandboxStats stats = new SandboxStats();
    private final List<ActiveFault> faults = new ArrayList<>();
    private final AtomicInteger zoneGeneration = new AtomicInteger(1);
    private final Clock clock;
    /** Calls read under the read lock; PATCH and the public change methods hold the write lock. */
    private final ReentrantReadWriteLock data = new ReentrantReadWriteLock();
    private final List<SandboxWrite> writes = new ArrayList<>();
    private volatile SandboxTenant tenant;
    private long windowStart;
    private long windowCount;

    public SandboxAutotask(SandboxTenant tenant, SandboxCredentials credentials) {
        this(tenant, credentials, Clock.systemUTC());
    }

    SandboxAutotask(SandboxTenant tenant, SandboxCredentials credentials, Clock clock) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.clock = clock;
        this.windowStart = clock.millis();
    }

    public SandboxCredentials credentials() {
        return credentials;
    }

    public SandboxTenant tenant() {
        return tenant;
    }

    /** Swaps the whole tenant (tests use this to serve other data from the same server); forgets the writes. */
    public void replaceTenant(SandboxTenant replacement) {
        Objects.requireNonNull(replacement, "tenant");
        data.writeLock().lock();
        try {
            this.tenant = replacement;
            writes.clear();
        } finally {
            data.writeLock().unlock();
        }
    }

    // ---- changes while the sandbox runs (tests act as an Autotask user) ----

    /**
     * Receives {@code quantity} units on a PO line (negative = cancels a receipt), as the Receive page does: a new
     * PurchaseOrderItemReceiving row with the next id, quantityPreviouslyReceived and quantityBackOrdered filled.
     *
     * @return the new receiving id
     */
    public long addReceiving(long purchaseOrderItemId, int quantity, Instant receiveDate) {
        return change(() -> {
            SandboxEntityTable items = table(SandboxSchema.PURCHASE_ORDER_ITEMS);
            int item = existingRow(items, purchaseOrderItemId);
            SandboxEntityTable receiving = table(SandboxSchema.PURCHASE_ORDER_ITEM_RECEIVING);
            int previously = 0;
            for (int row = 0; row < receiving.rowCount(); row++) {
                if (receiving.column("purchaseOrderItemID").longAt(row) == purchaseOrderItemId) {
                    previously += (int) receiving.column("quantityNowReceiving").longAt(row);
                }
            }
            int ordered = (int) items.column("quantity").longAt(item);
            long id = receiving.nextId();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", id);
            row.put("purchaseOrderItemID", purchaseOrderItemId);
            row.put("quantityNowReceiving", quantity);
            row.put("quantityPreviouslyReceived", previously);
            row.put("quantityBackOrdered", Math.max(0, ordered - previously - quantity));
            row.put("receiveDate", Objects.requireNonNull(receiveDate, "receiveDate"));
            row.put("receivedByResourceID", 29682880L);
            receiving.append(row);
            return id;
        });
    }

    /**
     * Adds a line to a PO with the next PurchaseOrderItems id.
     *
     * @return the new line's id
     */
    public long addPurchaseOrderItem(long purchaseOrderId, long productId, Long locationId, int quantity,
            BigDecimal unitCost) {
        return change(() -> {
            existingRow(table(SandboxSchema.PURCHASE_ORDERS), purchaseOrderId);
            existingRow(table(SandboxSchema.PRODUCTS), productId);
            SandboxEntityTable items = table(SandboxSchema.PURCHASE_ORDER_ITEMS);
            long id = items.nextId();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", id);
            row.put("orderID", purchaseOrderId);
            row.put("productID", productId);
            row.put("inventoryLocationID", locationId);
            row.put("quantity", quantity);
            row.put("unitCost", unitCost);
            items.append(row);
            return id;
        });
    }

    public void setPurchaseOrderItemQuantity(long purchaseOrderItemId, int quantity) {
        setField(SandboxSchema.PURCHASE_ORDER_ITEMS, purchaseOrderItemId, "quantity", quantity);
    }

    public void setPurchaseOrderItemUnitCost(long purchaseOrderItemId, BigDecimal unitCost) {
        setField(SandboxSchema.PURCHASE_ORDER_ITEMS, purchaseOrderItemId, "unitCost", unitCost);
    }

    /** Changes one field of a record of any entity (no read-only check: this is the tenant's own data). */
    public void setField(String entity, long id, String field, Object value) {
        change(() -> {
            SandboxEntityTable table = table(entity);
            table.set(existingRow(table, id), field, value);
            return null;
        });
    }

    /** A PO's field, e.g. {@code externalPONumber} after a write-back (null when empty). */
    public Object purchaseOrderField(long purchaseOrderId, String field) {
        return field(SandboxSchema.PURCHASE_ORDERS, purchaseOrderId, field);
    }

    /** A field of a record of any entity (null when empty). */
    public Object field(String entity, long id, String field) {
        data.readLock().lock();
        try {
            SandboxEntityTable table = table(entity);
            return table.value(existingRow(table, id), field);
        } finally {
            data.readLock().unlock();
        }
    }

    /** Adds or renames a picklist value (e.g. a PO status label the service does not know). */
    public void setPicklistLabel(String entity, String field, int value, String label) {
        change(() -> {
            tenant.putPicklistValue(table(entity).name(), field, value, label);
            return null;
        });
    }

    /** The writes (PATCHes) accepted since the tenant was set, oldest first. */
    public List<SandboxWrite> writes() {
        data.readLock().lock();
        try {
            return List.copyOf(writes);
        } finally {
            data.readLock().unlock();
        }
    }

    private interface Change<T> {
        T apply();
    }

    private <T> T change(Change<T> change) {
        data.writeLock().lock();
        try {
            return change.apply();
        } finally {
            data.writeLock().unlock();
        }
    }

    private SandboxEntityTable table(String entity) {
        SandboxEntityTable table = tenant.table(entity);
        if (table == null) {
            throw new IllegalArgumentException("the sandbox has no entity " + entity);
        }
        return table;
    }

    private static int existingRow(SandboxEntityTable table, long id) {
        int row = table.rowOf(id);
        if (row < 0) {
            throw new IllegalArgumentException("the sandbox has no " + table.singularName() + " " + id);
        }
        return row;
    }

    public SandboxStats stats() {
        return stats;
    }

    /** Adds a fault for the next matching calls. */
    public void injectFault(SandboxFault fault) {
        synchronized (faults) {
            faults.add(new ActiveFault(fault));
        }
    }

    public void clearFaults() {
        synchronized (faults) {
            faults.clear();
        }
    }

    /** Faults not yet used up. */
    public int pendingFaults() {
        synchronized (faults) {
            return faults.size();
        }
    }

    /** Sets the hourly request counter that ThresholdInformation reports (a new window starts now). */
    public synchronized void setCurrentTimeframeRequestCount(long count) {
        windowStart = clock.millis();
        windowCount = count;
    }

    public synchronized long currentTimeframeRequestCount() {
        rollWindow();
        return windowCount;
    }

    private synchronized long countRequest() {
        rollWindow();
        return ++windowCount;
    }

    private void rollWindow() {
        long now = clock.millis();
        if (now - windowStart >= Duration.ofHours(1).toMillis()) {
            windowStart = now;
            windowCount = 0;
        }
    }

    /** The path segment of the zone that currently serves the tenant, e.g. {@code webservices1}. */
    public String currentZoneSegment() {
        return "webservices" + zoneGeneration.get();
    }

    /** Moves the tenant to another zone: calls through the old zone URL now answer 401 until rediscovered. */
    public void moveToNextZone() {
        zoneGeneration.incrementAndGet();
    }

    private enum Kind { VERSION, ZONE, THRESHOLD, ENTITY, UNKNOWN }

    private record Target(Kind kind, String endpoint, String operation, String zoneSegment, List<String> rest) {
        static Target unknown() {
            return new Target(Kind.UNKNOWN, null, null, null, List.of());
        }
    }

    /** Answers one request. */
    public SandboxResponse handle(SandboxRequest request) {
        Target target = route(request.path());
        stats.arrived(target.endpoint(), target.operation());
        SandboxResponse response;
        try {
            response = dispatch(target, request);
        } catch (SandboxApiException e) {
            response = e.status() == 405 || e.status() == 415
                    ? SandboxAnswers.message(e.status(), e.getMessage())
                    : SandboxAnswers.errors(e.status(), e.getMessage());
        }
        Set<String> headerNames = new LinkedHashSet<>();
        request.headers().keySet().forEach(name -> headerNames.add(name.toLowerCase(Locale.ROOT)));
        stats.record(new SandboxRecordedRequest(request.method(), request.path(), request.rawQuery(),
                target.endpoint(), target.operation(), Set.copyOf(headerNames), response.status()));
        return response;
    }

    private Target route(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : (path == null ? "" : path).split("/")) {
            if (!segment.isEmpty()) {
                segments.add(URLDecoder.decode(segment, StandardCharsets.UTF_8));
            }
        }
        int at = 0;
        String zoneSegment = null;
        if (at < segments.size() && segments.get(at).toLowerCase(Locale.ROOT).startsWith("webservices")) {
            zoneSegment = segments.get(at++);
        }
        if (at >= segments.size() || !segments.get(at++).equalsIgnoreCase(API_ROOT) || at >= segments.size()) {
            return Target.unknown();
        }
        String next = segments.get(at++);
        if (next.equalsIgnoreCase(VERSION_INFORMATION) && at == segments.size()) {
            return new Target(Kind.VERSION, VERSION_INFORMATION, "version", zoneSegment, List.of());
        }
        if (!next.equalsIgnoreCase(VERSION) || at >= segments.size()) {
            return Target.unknown();
        }
        String name = segments.get(at++);
        List<String> rest = segments.subList(at, segments.size());
        if (name.equalsIgnoreCase(ZONE_INFORMATION) && rest.isEmpty()) {
            return new Target(Kind.ZONE, ZONE_INFORMATION, "zone", zoneSegment, List.of());
        }
        if (name.equalsIgnoreCase(THRESHOLD_INFORMATION) && rest.isEmpty()) {
            return new Target(Kind.THRESHOLD, THRESHOLD_INFORMATION, "threshold", zoneSegment, List.of());
        }
        SandboxEntityTable table = tenant.table(name);
        if (table == null) {
            return Target.unknown();
        }
        String operation;
        if (rest.size() == 1 && rest.get(0).equalsIgnoreCase("query")) {
            operation = "query";
        } else if (rest.size() == 2 && rest.get(0).equalsIgnoreCase("query") && rest.get(1).equalsIgnoreCase("count")) {
            operation = "count";
        } else if (rest.size() == 2 && rest.get(0).equalsIgnoreCase("query") && rest.get(1).equalsIgnoreCase("next")) {
            operation = "next";
        } else if (rest.size() == 1 && rest.get(0).matches("\\d+")) {
            operation = "get";
        } else if (rest.isEmpty()) {
            operation = "update";
        } else if (rest.size() == 2 && rest.get(0).equalsIgnoreCase("entityInformation")
                && rest.get(1).equalsIgnoreCase("fields")) {
            operation = "fields";
        } else {
            return Target.unknown();
        }
        return new Target(Kind.ENTITY, table.name(), operation, zoneSegment, List.copyOf(rest));
    }

    private SandboxResponse dispatch(Target target, SandboxRequest request) {
        switch (target.kind()) {
            case UNKNOWN -> {
                return SandboxAnswers.message(404, "No HTTP resource was found that matches the request URI.");
            }
            case VERSION -> {
                requireMethod(request, "GET");
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("apiVersions", List.of("V1.0"));
                stats.enter(VERSION_INFORMATION);
                try {
                    return withFaults(target, request, () -> SandboxAnswers.json(200, answer));
                } finally {
                    stats.exit(VERSION_INFORMATION);
                }
            }
            case ZONE -> {
                requireMethod(request, "GET");
                stats.enter(ZONE_INFORMATION);
                try {
                    return withFaults(target, request, () -> zoneInformation(request));
                } finally {
                    stats.exit(ZONE_INFORMATION);
                }
            }
            default -> {
                return api(target, request);
            }
        }
    }

    private SandboxResponse zoneInformation(SandboxRequest request) {
        String user = queryParameter(request.rawQuery(), "user");
        if (user == null || user.isBlank() || !user.equalsIgnoreCase(credentials.username())) {
            return SandboxAnswers.errors(500, "Zone information could not be determined");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("zoneName", "Sandbox zone " + zoneGeneration.get());
        answer.put("url", request.selfBaseUrl() + currentZoneSegment() + "/ATServicesRest/");
        answer.put("webUrl", request.selfBaseUrl());
        answer.put("ci", 618203);
        return SandboxAnswers.json(200, answer);
    }

    private SandboxResponse api(Target target, SandboxRequest request) {
        if (target.zoneSegment() != null && !target.zoneSegment().equalsIgnoreCase(currentZoneSegment())) {
            return new SandboxResponse(401, Map.of(), new byte[0]);
        }
        if (!credentials.username().equalsIgnoreCase(nullToEmpty(request.header("UserName")))
                || !credentials.secret().equals(nullToEmpty(request.header("Secret")))) {
            return new SandboxResponse(401, Map.of(), new byte[0]);
        }
        if (!credentials.integrationCode().equals(nullToEmpty(request.header("ApiIntegrationCode")))) {
            return SandboxAnswers.errors(500, "IntegrationCode is invalid.");
        }
        countRequest();
        int inFlight = stats.enter(target.endpoint());
        try {
            if (inFlight > THREAD_LIMIT) {
                return SandboxAnswers.errors(429,
                        SandboxFault.threadThresholdMessage("the " + target.endpoint() + " endpoint"));
            }
            return withFaults(target, request, () -> answer(target, request, Set.of()));
        } finally {
            stats.exit(target.endpoint());
        }
    }

    private interface Answer {
        SandboxResponse get();
    }

    private SandboxResponse withFaults(Target target, SandboxRequest request, Answer normal) {
        List<SandboxFault> applied = takeFaults(target.endpoint(), target.kind() == Kind.ENTITY
                || target.kind() == Kind.THRESHOLD);
        SandboxFault rejection = null;
        Set<SandboxFault.Kind> modifiers = new LinkedHashSet<>();
        String omitted = null;
        for (SandboxFault fault : applied) {
            if (fault.kind() == SandboxFault.Kind.SLOW) {
                sleep(fault.delay());
            } else if (fault.rejects()) {
                rejection = fault;
            } else {
                modifiers.add(fault.kind());
                if (fault.kind() == SandboxFault.Kind.OMIT_FIELD) {
                    omitted = fault.field();
                }
            }
        }
        if (rejection != null) {
            return reject(rejection, target, request);
        }
        if (modifiers.isEmpty()) {
            return normal.get();
        }
        Set<String> options = new LinkedHashSet<>();
        if (modifiers.contains(SandboxFault.Kind.DUPLICATE_BOUNDARY_ROW)) {
            options.add("duplicate-boundary");
        }
        if (omitted != null) {
            options.add("omit:" + omitted.toLowerCase(Locale.ROOT));
        }
        return target.kind() == Kind.ENTITY ? answer(target, request, options) : normal.get();
    }

    private List<SandboxFault> takeFaults(String endpoint, boolean entityEndpoint) {
        List<SandboxFault> applied = new ArrayList<>();
        boolean rejected = false;
        synchronized (faults) {
            for (Iterator<ActiveFault> it = faults.iterator(); it.hasNext(); ) {
                ActiveFault active = it.next();
                SandboxFault fault = active.fault;
                boolean matches = fault.entity() == null ? entityEndpoint : fault.entity().equalsIgnoreCase(endpoint);
                if (!matches || (fault.rejects() && rejected)) {
                    continue;
                }
                if (active.skipLeft > 0) {
                    active.skipLeft--;
                    continue;
                }
                applied.add(fault);
                rejected |= fault.rejects();
                if (--active.timesLeft == 0) {
                    it.remove();
                }
            }
        }
        return applied;
    }

    private SandboxResponse reject(SandboxFault fault, Target target, SandboxRequest request) {
        return switch (fault.kind()) {
            case THROTTLED -> {
                SandboxResponse response = SandboxAnswers.errors(fault.status(), fault.message());
                if (fault.retryAfter() == null) {
                    yield response;
                }
                Map<String, String> headers = new LinkedHashMap<>(response.headers());
                headers.put("Retry-After", fault.retryAfter());
                yield new SandboxResponse(response.status(), headers, response.body());
            }
            case THREAD_THRESHOLD -> SandboxAnswers.errors(fault.status(),
                    SandboxFault.threadThresholdMessage("the " + target.endpoint() + " endpoint"));
            case ERROR_STATUS -> SandboxAnswers.errors(fault.status(), fault.message());
            case ERRORS_IN_OK -> SandboxAnswers.okWithErrors(fault.message(), false);
            case ERROR_OBJECTS_IN_OK -> SandboxAnswers.okWithErrors(fault.message(), true);
            case MALFORMED_JSON -> {
                SandboxResponse normal = target.kind() == Kind.ENTITY
                        ? answer(target, request, Set.of()) : SandboxAnswers.errors(200, "x");
                byte[] body = normal.body();
                yield new SandboxResponse(200, normal.headers(), Arrays.copyOf(body, Math.max(1, body.length / 2)));
            }
            default -> throw new IllegalStateException("not a rejection: " + fault.kind());
        };
    }

    /** Answers under the data lock: writes exclusively, reads alongside each other. */
    private SandboxResponse answer(Target target, SandboxRequest request, Set<String> options) {
        boolean write = "update".equals(target.operation());
        Lock lock = write ? data.writeLock() : data.readLock();
        lock.lock();
        try {
            return write ? update(target, request) : read(target, request, options);
        } finally {
            lock.unlock();
        }
    }

    private SandboxResponse read(Target target, SandboxRequest request, Set<String> options) {
        if (target.kind() == Kind.THRESHOLD) {
            requireMethod(request, "GET");
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("externalRequestThreshold", HOURLY_THRESHOLD);
            answer.put("requestThresholdTimeframe", 60);
            answer.put("currentTimeframeRequestCount", currentTimeframeRequestCount());
            return SandboxAnswers.json(200, answer);
        }
        SandboxEntityTable table = tenant.table(target.endpoint());
        boolean duplicateBoundary = options.contains("duplicate-boundary");
        String omitted = options.stream().filter(o -> o.startsWith("omit:")).map(o -> o.substring(5))
                .findFirst().orElse(null);
        switch (target.operation()) {
            case "get" -> {
                requireMethod(request, "GET");
                return SandboxAnswers.item(table, table.rowOf(Long.parseLong(target.rest().get(0))), omitted);
            }
            case "fields" -> {
                requireMethod(request, "GET");
                return SandboxAnswers.fields(table, tenant);
            }
            case "count" -> {
                SandboxQuery query = SandboxQuery.compile(table, queryBody(request, true), duplicateBoundary);
                return SandboxAnswers.queryCount(query.count());
            }
            case "next" -> {
                if (!"POST".equalsIgnoreCase(request.method())) {
                    return SandboxAnswers.message(405, "The requested resource does not support http method '"
                            + request.method() + "'.");
                }
                SandboxQuery query = SandboxQuery.compile(table, queryBody(request, false), duplicateBoundary);
                return page(query, nextIdAfter(request), target, request, omitted);
            }
            default -> {
                SandboxQuery query = SandboxQuery.compile(table, queryBody(request, true), duplicateBoundary);
                return page(query, null, target, request, omitted);
            }
        }
    }

    /**
     * PATCH {@code V1.0/<Entity>} with {@code {"id":..., field: value, ...}}: changes only the fields given, all or
     * nothing. Refusals answer 500 {@code {"errors":[...]}} like Autotask: no or unknown id, a field the entity does
     * not have, a read-only field, a value of the wrong type or not in the field's picklist.
     */
    private SandboxResponse update(Target target, SandboxRequest request) {
        SandboxEntityTable table = tenant.table(target.endpoint());
        if (!"PATCH".equalsIgnoreCase(request.method()) || !SandboxSchema.updatable(table.name())) {
            throw new SandboxApiException(405, "The requested resource does not support http method '"
                    + request.method() + "'.");
        }
        String contentType = nullToEmpty(request.header("Content-Type")).toLowerCase(Locale.ROOT);
        if (!contentType.contains("application/json")) {
            throw new SandboxApiException(415, "The request entity's media type '" + contentType
                    + "' is not supported for this resource.");
        }
        JsonNode body = request.body().length == 0 ? null
                : readJson(new String(request.body(), StandardCharsets.UTF_8));
        if (body == null || !body.isObject()) {
            throw new SandboxApiException(500, "The " + table.singularName() + " to update must be a JSON object.");
        }
        JsonNode idNode = SandboxQuery.member(body, "id");
        if (idNode == null || !idNode.canConvertToLong() || !idNode.isIntegralNumber()) {
            throw new SandboxApiException(500, "An id is required to update a " + table.singularName() + ".");
        }
        long id = idNode.asLong();
        int row = table.rowOf(id);
        if (row < 0) {
            throw new SandboxApiException(500, "Object not found: no " + table.singularName() + " with id " + id
                    + " exists.");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if ("id".equalsIgnoreCase(entry.getKey())) {
                continue;
            }
            SandboxColumn column = table.column(entry.getKey());
            if (column == null) {
                throw new SandboxApiException(500, "Unable to find " + entry.getKey() + " in the "
                        + table.singularName() + " Entity.");
            }
            if (SandboxSchema.readOnly(table.name(), column.name())) {
                throw new SandboxApiException(500, "The field " + column.name() + " of the " + table.singularName()
                        + " Entity is read-only.");
            }
            values.put(column.name(), writableValue(table, column, entry.getValue()));
        }
        values.forEach((field, value) -> table.set(row, field, value));
        writes.add(new SandboxWrite(table.name(), id, values, clock.instant()));
        return SandboxAnswers.itemId(id);
    }

    private Object writableValue(SandboxEntityTable table, SandboxColumn column, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        Object converted = switch (column.type()) {
            case STRING -> value.isTextual() ? value.asText() : null;
            case LONG, INTEGER -> value.isIntegralNumber() ? (Object) value.asLong() : null;
            case DECIMAL -> value.isNumber() ? value.asDouble() : null;
            case BOOLEAN -> value.isBoolean() ? value.asBoolean() : null;
            case DATETIME -> value.isTextual() ? parseDate(value.asText()) : null;
        };
        if (converted == null) {
            throw new SandboxApiException(500, "Invalid value for " + column.name() + " of the "
                    + table.singularName() + " Entity: " + value);
        }
        Map<Integer, String> picklist = tenant.picklist(table.name(), column.name());
        if (!picklist.isEmpty() && !picklist.containsKey((int) value.asLong())) {
            throw new SandboxApiException(500, "Value " + value + " is not a valid picklist value of "
                    + column.name() + ".");
        }
        return converted;
    }

    private static Instant parseDate(String text) {
        try {
            return SandboxDates.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static Long nextIdAfter(SandboxRequest request) {
        String paging = queryParameter(request.rawQuery(), "paging");
        if (paging == null) {
            throw new SandboxApiException(500, "The paging parameter is missing.");
        }
        JsonNode nextIds = SandboxQuery.member(readJson(paging), "nextIds");
        if (nextIds == null || !nextIds.isArray() || nextIds.isEmpty()) {
            throw new SandboxApiException(500, "The paging parameter has no nextIds.");
        }
        return nextIds.get(0).asLong();
    }

    private SandboxResponse page(SandboxQuery query, Long afterId, Target target, SandboxRequest request,
            String omitted) {
        SandboxQuery.Page page = query.page(afterId);
        String nextPageUrl = null;
        int[] rows = page.rows();
        if (page.hasMore() && rows.length > 0) {
            SandboxEntityTable table = query.table();
            Map<String, Object> paging = new LinkedHashMap<>();
            paging.put("pageSize", query.maxRecords());
            paging.put("previousIds", List.of(table.idAt(rows[0])));
            paging.put("nextIds", List.of(table.idAt(rows[rows.length - 1])));
            nextPageUrl = zoneBase(target, request) + "V1.0/" + table.name() + "/query/next?paging="
                    + URLEncoder.encode(SandboxAnswers.jsonText(paging), StandardCharsets.UTF_8);
        }
        return SandboxAnswers.page(query, rows, nextPageUrl, omitted);
    }

    private String zoneBase(Target target, SandboxRequest request) {
        return request.selfBaseUrl() + (target.zoneSegment() == null ? "" : target.zoneSegment() + "/")
                + "ATServicesRest/";
    }

    private static JsonNode queryBody(SandboxRequest request, boolean allowSearchParameter) {
        if ("POST".equalsIgnoreCase(request.method())) {
            String contentType = nullToEmpty(request.header("Content-Type")).toLowerCase(Locale.ROOT);
            if (!contentType.contains("application/json")) {
                throw new SandboxApiException(415, "The request entity's media type '" + contentType
                        + "' is not supported for this resource.");
            }
            if (request.body().length == 0) {
                return null;
            }
            return readJson(new String(request.body(), StandardCharsets.UTF_8));
        }
        if ("GET".equalsIgnoreCase(request.method()) && allowSearchParameter) {
            String search = queryParameter(request.rawQuery(), "search");
            if (search == null) {
                throw new SandboxApiException(500, "The search parameter is required for a GET query.");
            }
            return readJson(search);
        }
        throw new SandboxApiException(405, "The requested resource does not support http method '"
                + request.method() + "'.");
    }

    private static JsonNode readJson(String text) {
        try {
            return SandboxAnswers.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new SandboxApiException(500, "The query is not valid JSON.");
        }
    }

    private static void requireMethod(SandboxRequest request, String method) {
        if (!method.equalsIgnoreCase(request.method())) {
            throw new SandboxApiException(405, "The requested resource does not support http method '"
                    + request.method() + "'.");
        }
    }

    /** A decoded query-string parameter, or null. */
    static String queryParameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equalsIgnoreCase(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class ActiveFault {
        private final SandboxFault fault;
        private int timesLeft;
        private int skipLeft;

        ActiveFault(SandboxFault fault) {
            this.fault = fault;
            this.timesLeft = fault.times();
            this.skipLeft = fault.skip();
        }
    }
}
