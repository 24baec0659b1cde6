package io.atqb.autotask;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Decides whether a failed Autotask call is repeated and after what delay. It is the {@code retryWhile} predicate of
 * the {@code autotask-call-retry} route configuration (referenced with the {@code ref} language, so it sees the real
 * exchange, not a copy) and hands the delay to Camel in the {@code CamelRedeliveryDelay} header, which the redelivery
 * error handler reads right after this predicate.
 * <ul>
 * <li>429 and "thread threshold" answers: after Retry-After (seconds or an HTTP date), else a jittered exponential
 * backoff; at most {@code max-throttle-retries} times.</li>
 * <li>5xx answers and transport failures: at most {@code max-5xx-retries} times with the same backoff; never
 * validation or permission messages ("Unable to find", "Invalid", "permission", "IntegrationCode").</li>
 * <li>401: once, after dropping the cached zone so it is discovered again (only with zone discovery).</li>
 * <li>All waits of one call together stay within {@code max-total-wait}; anything else is never retried.</li>
 * </ul>
 * A failure that is not retried marks the pull aborted, so parallel branches of the same pull stop early.
 */
@Component("autotaskRetryPolicy")
public class AutotaskRetryPolicy implements Predicate {

    private static final Logger LOG = LoggerFactory.getLogger(AutotaskRetryPolicy.class);

    /** The retries so far of one call. */
    static final class RetryState {
        private final Object call;
        private int throttleRetries;
        private int serverRetries;
        private boolean rediscovered;
        private Duration waited = Duration.ZERO;

        RetryState(Object call) {
            this.call = call;
        }

        int retries() {
            return throttleRetries + serverRetries + (rediscovered ? 1 : 0);
        }

        Duration waited() {
            return waited;
        }
    }

    /** Retry after {@code delay}, or give up ({@code delay} null) with an optional reason. */
    record Decision(Duration delay, String reason, String outcome) {
        static Decision retry(Duration delay, String reason) {
            return new Decision(delay, reason, null);
        }

        static Decision giveUp(String outcome) {
            return new Decision(null, null, outcome);
        }

        boolean retries() {
            return delay != null;
        }
    }

    private final AutotaskProperties.Retry settings;
    private final AutotaskZone zone;
    private final boolean zoneDiscovery;
    private final Clock clock;
    private final DoubleSupplier random;

    @Autowired
    public AutotaskRetryPolicy(AutotaskProperties properties, AutotaskZone zone) {
        this(properties.retry(), zone, properties.zoneDiscovery(), Clock.systemUTC(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    AutotaskRetryPolicy(AutotaskProperties.Retry settings, AutotaskZone zone, boolean zoneDiscovery, Clock clock,
            DoubleSupplier random) {
        this.settings = settings;
        this.zone = zone;
        this.zoneDiscovery = zoneDiscovery;
        this.clock = clock;
        this.random = random;
    }

    /** Camel {@code retryWhile}: true = redeliver after the delay set in {@code CamelRedeliveryDelay}. */
    @Override
    public boolean matches(Exchange exchange) {
        Throwable failure = exchange.getException();
        if (failure == null) {
            failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        }
        Object call = exchange.getProperty(AutotaskExchangeKeys.REQUEST);
        RetryState state = exchange.getProperty(AutotaskExchangeKeys.RETRY_STATE, RetryState.class);
        if (state == null || state.call != call) {
            state = new RetryState(call);
            exchange.setProperty(AutotaskExchangeKeys.RETRY_STATE, state);
        }
        SnapshotAccumulator pull = exchange.getProperty(AutotaskExchangeKeys.ACCUMULATOR, SnapshotAccumulator.class);
        if (pull != null && pull.aborted()) {
            return false;
        }
        Decision decision = decide(failure, state);
        AutotaskCallException callFailure = callFailure(failure);
        if (decision.retries()) {
            exchange.getIn().setHeader(Exchange.REDELIVERY_DELAY, decision.delay().toMillis());
            PullStats stats = exchange.getProperty(AutotaskExchangeKeys.STATS, PullStats.class);
            if (stats != null) {
                stats.retry();
            }
            LOG.warn("{}; retry {} in {} ms ({})", callFailure.getMessage(), state.retries(),
                    decision.delay().toMillis(), decision.reason());
            return true;
        }
        if (callFailure != null && decision.outcome() != null) {
            callFailure.retryOutcome(decision.outcome());
            LOG.warn("Giving up: {}", callFailure.getMessage());
        }
        if (pull != null) {
            pull.abort(failure);
        }
        return false;
    }

    /** Decides about one more attempt of the call whose retries so far are {@code state}; updates the state. */
    Decision decide(Throwable failure, RetryState state) {
        AutotaskCallException call = callFailure(failure);
        if (call == null || !call.kind().retryable()) {
            return Decision.giveUp(null);
        }
        return switch (call.kind()) {
            case THROTTLED -> throttled(call, state);
            case SERVER_ERROR, TRANSPORT -> serverError(state);
            case UNAUTHORIZED -> unauthorized(call, state);
            default -> Decision.giveUp(null);
        };
    }

    private Decision throttled(AutotaskCallException call, RetryState state) {
        if (state.throttleRetries >= settings.maxThrottleRetries()) {
            return Decision.giveUp("gave up after " + state.throttleRetries
                    + " retries (autotask.retry.max-throttle-retries)");
        }
        Duration retryAfter = retryAfter(call.retryAfter());
        Duration delay = retryAfter != null ? retryAfter : backoff(state.throttleRetries);
        Duration remaining = settings.maxTotalWait().minus(state.waited);
        if (delay.compareTo(remaining) > 0) {
            return Decision.giveUp(retryAfter != null
                    ? "Autotask asked to wait " + seconds(delay) + " before retrying, more than the "
                            + seconds(remaining) + " left of autotask.retry.max-total-wait (" + seconds(
                                    settings.maxTotalWait()) + ")"
                    : "gave up after " + state.retries() + " retries and " + seconds(state.waited)
                            + " of waiting (autotask.retry.max-total-wait " + seconds(settings.maxTotalWait()) + ")");
        }
        state.throttleRetries++;
        state.waited = state.waited.plus(delay);
        return Decision.retry(delay, retryAfter != null ? "Retry-After " + call.retryAfter() : "backoff");
    }

    private Decision serverError(RetryState state) {
        if (state.serverRetries >= settings.max5xxRetries()) {
            return Decision.giveUp("gave up after " + state.serverRetries
                    + " retries (autotask.retry.max-5xx-retries)");
        }
        Duration delay = backoff(state.serverRetries);
        if (delay.compareTo(settings.maxTotalWait().minus(state.waited)) > 0) {
            return Decision.giveUp("gave up after " + state.retries() + " retries and " + seconds(state.waited)
                    + " of waiting (autotask.retry.max-total-wait " + seconds(settings.maxTotalWait()) + ")");
        }
        state.serverRetries++;
        state.waited = state.waited.plus(delay);
        return Decision.retry(delay, "backoff");
    }

    private Decision unauthorized(AutotaskCallException call, RetryState state) {
        if (!zoneDiscovery) {
            return Decision.giveUp(null);
        }
        if (state.rediscovered) {
            return Decision.giveUp("still rejected after discovering the zone again");
        }
        state.rediscovered = true;
        zone.invalidate(call.baseUrl());
        return Decision.retry(Duration.ZERO, "zone discovered again after 401");
    }

    /** Exponential from backoff-base, capped at backoff-max, with equal jitter (between half and all of it). */
    Duration backoff(int retriesSoFar) {
        long base = Math.max(1, settings.backoffBase().toMillis());
        long cap = Math.max(base, settings.backoffMax().toMillis());
        long exponential = retriesSoFar >= 40 ? cap : Math.min(cap, base << Math.min(retriesSoFar, 40));
        long half = exponential / 2;
        long jittered = half + Math.round(random.getAsDouble() * (exponential - half));
        return Duration.ofMillis(Math.max(1, jittered));
    }

    /** Retry-After as seconds or an HTTP date (RFC 1123); null when absent or unreadable; never negative. */
    Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        try {
            long seconds = Long.parseLong(value);
            return Duration.ofSeconds(Math.max(0, seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(clock.instant(), when);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private static AutotaskCallException callFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AutotaskCallException call) {
                return call;
            }
        }
        return null;
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
