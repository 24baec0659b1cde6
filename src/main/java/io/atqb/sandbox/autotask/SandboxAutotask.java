package io.atqb.sandbox.autotask;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
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

/**
 * A simulated Autotask PSA REST API: zone lookup, entity queries with the real filter operators and paging shape,
 * credentials, the 500-row cap, a thread limit per entity endpoint, an hourly request counter and switchable fault
 * injection. It is a plain function from {@link SandboxRequest} to {@link SandboxResponse}; the HTTP server and the
 * servlet adapter only carry bytes. Safe for concurrent calls.
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

    /** Swaps the whole tenant (tests use this to serve other data from the same server). */
    public void replaceTenant(SandboxTenant replacement) {
        this.tenant = Objects.requireNonNull(replacement, "tenant");
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

    private SandboxResponse answer(Target target, SandboxRequest request, Set<String> options) {
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
