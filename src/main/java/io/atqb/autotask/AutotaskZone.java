package io.atqb.autotask;

import io.atqb.system.LogText;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.camel.Exchange;
import org.apache.camel.component.http.HttpMethods;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The zone URL every call goes to: {@code autotask.base-url} when set, otherwise found by zone discovery
 * ({@code versioninformation}, then {@code V1.0/zoneInformation?user=}) and cached for {@code autotask.zone-cache-ttl}.
 * A 401 drops the cached zone so the next attempt discovers it again. Zone lookups carry no credentials.
 */
@Component("autotaskZone")
public class AutotaskZone {

    static final String ZONE_INFORMATION = "zoneInformation";
    static final String VERSION_INFORMATION = "versioninformation";
    private static final String API_VERSION = "V1.0";
    private static final String LOOKUP = "autotaskZoneLookup";
    /** The most of a versioninformation answer a warning quotes. */
    private static final int LOGGED_ANSWER = 200;
    private static final Logger LOG = LoggerFactory.getLogger(AutotaskZone.class);

    private record Cached(String url, Instant expires) {
    }

    private final AutotaskProperties properties;
    private final AutotaskResponses responses;
    private final Clock clock;
    private volatile Cached cached;

    @Autowired
    public AutotaskZone(AutotaskProperties properties, AutotaskResponses responses) {
        this(properties, responses, Clock.systemUTC());
    }

    AutotaskZone(AutotaskProperties properties, AutotaskResponses responses, Clock clock) {
        this.properties = properties;
        this.responses = responses;
        this.clock = clock;
    }

    /** True when discovery is in use and no fresh zone URL is cached. */
    public boolean needsDiscovery() {
        Cached current = cached;
        return properties.zoneDiscovery() && (current == null || !clock.instant().isBefore(current.expires()));
    }

    /** The zone URL, ending in {@code /}. */
    public String baseUrl() {
        if (!properties.zoneDiscovery()) {
            return withSlash(properties.baseUrl());
        }
        Cached current = cached;
        if (current == null) {
            throw new AutotaskException("No Autotask zone URL: zone discovery has not succeeded yet");
        }
        return current.url();
    }

    /** Forgets the cached zone URL if it is the one that failed; true when a rediscovery can follow. */
    public boolean invalidate(String failedBaseUrl) {
        if (!properties.zoneDiscovery()) {
            return false;
        }
        Cached current = cached;
        if (current != null && (failedBaseUrl == null || current.url().equals(failedBaseUrl))) {
            cached = null;
            LOG.info("Autotask answered 401; the zone will be discovered again");
        }
        return true;
    }

    /** Prepares {@code GET <zone-lookup-url>versioninformation}. */
    public void versionRequest(Exchange exchange) {
        prepare(exchange, VERSION_INFORMATION, null);
    }

    /**
     * Reads the versions {@code versioninformation} lists. Only {@code V1.0} is spoken, and nothing else is ever picked
     * (real zones also list versions such as {@code V2.0} that have no zoneInformation). A list naming it as
     * {@code "V1.0"} or {@code "1.0"} (any case) is the normal case; a list without it, a missing, empty or odd list,
     * or an answer that is not JSON is a warning, and discovery goes on with V1.0. Only an HTTP error status fails the
     * lookup (and is retried like any Autotask call).
     */
    public void acceptVersions(Exchange exchange) {
        List<Object> versions;
        try {
            versions = responses.readObject(exchange, VERSION_INFORMATION, VERSION_INFORMATION).list("apiVersions");
        } catch (AutotaskCallException e) {
            if (e.status() < 200 || e.status() > 299) {
                throw e;
            }
            LOG.warn("Autotask versioninformation answered something unreadable ({}); going on with {}",
                    LogText.of(e.getMessage(), LOGGED_ANSWER), API_VERSION);
            return;
        }
        if (versions.stream().noneMatch(AutotaskZone::isSpokenVersion)) {
            LOG.warn("Autotask versioninformation does not list {} (apiVersions: {}); going on with {}", API_VERSION,
                    LogText.of(String.valueOf(versions), LOGGED_ANSWER), API_VERSION);
        }
    }

    /** True for "V1.0" or "1.0", in any case and with surrounding blanks. */
    static boolean isSpokenVersion(Object listed) {
        if (!(listed instanceof String text)) {
            return false;
        }
        String version = text.strip();
        if (version.regionMatches(true, 0, "v", 0, 1)) {
            version = version.substring(1);
        }
        return version.equals(API_VERSION.substring(1));
    }

    /** Prepares {@code GET <zone-lookup-url>V1.0/zoneInformation?user=<user name>}. */
    public void zoneRequest(Exchange exchange) {
        if (properties.username().isBlank()) {
            throw new AutotaskException("Autotask zone discovery needs autotask.username (or set autotask.base-url)");
        }
        prepare(exchange, "V1.0/" + ZONE_INFORMATION,
                "user=" + URLEncoder.encode(properties.username(), StandardCharsets.UTF_8));
    }

    /** Reads the zone URL from the answer and caches it. */
    public void acceptZone(Exchange exchange) {
        AutotaskObject answer;
        try {
            answer = responses.readObject(exchange, ZONE_INFORMATION, "V1.0/" + ZONE_INFORMATION);
        } catch (AutotaskCallException e) {
            if (e.kind() != AutotaskFailureKind.REJECTED) {
                throw e;
            }
            throw new AutotaskCallException(e.entity(), e.endpoint(), e.status(), e.errors(), e.retryAfter(),
                    e.kind(), null, "Autotask zone discovery found no zone for the configured user (HTTP "
                            + e.status() + ": " + String.join("; ", e.errors())
                            + "); check autotask.username or set autotask.base-url", null);
        }
        String url = withSlash(answer.requiredString("url").trim());
        URI uri = URI.create(url);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw new AutotaskException("Autotask zoneInformation answered an unusable zone URL: " + url,
                    ZONE_INFORMATION, null, null);
        }
        cached = new Cached(url, clock.instant().plus(properties.zoneCacheTtl()));
        LOG.info("Autotask zone discovered: {}", url);
    }

    /** Called from the route's doCatch when a zone lookup got no answer (connection refused, timeout). */
    public void lookupFailed(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String path = exchange.getProperty(LOOKUP, String.class);
        String entity = path != null && path.endsWith(ZONE_INFORMATION) ? ZONE_INFORMATION : VERSION_INFORMATION;
        String reason = cause == null ? "unknown error" : cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        throw new AutotaskCallException(entity, path, 0, List.of(), null, AutotaskFailureKind.TRANSPORT, null,
                "Autotask zone discovery call " + path + " failed without an answer: " + reason, cause);
    }

    private void prepare(Exchange exchange, String path, String rawQuery) {
        exchange.setProperty(LOOKUP, path);
        String lookup = withSlash(properties.zoneLookupUrl());
        exchange.getIn().setHeader(Exchange.HTTP_URI, lookup + path);
        exchange.getIn().setHeader(Exchange.HTTP_METHOD, HttpMethods.GET);
        if (rawQuery != null) {
            exchange.getIn().setHeader(Exchange.HTTP_RAW_QUERY, rawQuery);
        }
        exchange.getIn().setBody(null);
        PullStats stats = exchange.getProperty(AutotaskExchangeKeys.STATS, PullStats.class);
        if (stats != null) {
            stats.call(path.endsWith(ZONE_INFORMATION) ? ZONE_INFORMATION : VERSION_INFORMATION);
        }
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
