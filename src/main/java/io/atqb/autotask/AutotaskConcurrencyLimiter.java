package io.atqb.autotask;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Holds the number of calls in flight per Autotask entity endpoint at or below
 * {@code autotask.max-concurrent-calls-per-entity}, across every pull running in this service: a fair semaphore per
 * entity, taken before the HTTP call and given back in the route's {@code doFinally}.
 */
@Component("autotaskConcurrencyLimiter")
public class AutotaskConcurrencyLimiter {

    private final int permitsPerEntity;
    private final Duration permitTimeout;
    private final Map<String, Semaphore> permits = new ConcurrentHashMap<>();

    @Autowired
    public AutotaskConcurrencyLimiter(AutotaskProperties properties) {
        this(properties.maxConcurrentCallsPerEntity(), properties.http().permitTimeout());
    }

    AutotaskConcurrencyLimiter(int permitsPerEntity, Duration permitTimeout) {
        this.permitsPerEntity = permitsPerEntity;
        this.permitTimeout = permitTimeout;
    }

    private Semaphore semaphore(String entity) {
        return permits.computeIfAbsent(entity.toLowerCase(Locale.ROOT), key -> new Semaphore(permitsPerEntity, true));
    }

    /** Waits for a call slot of the request's entity and records it on the exchange. */
    public void acquire(Exchange exchange) {
        AutotaskRequest request = exchange.getProperty(AutotaskExchangeKeys.REQUEST, AutotaskRequest.class);
        String entity = request.entity();
        try {
            if (!semaphore(entity).tryAcquire(permitTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AutotaskException("No free Autotask call slot for " + entity + " within " + permitTimeout
                        + " (autotask.max-concurrent-calls-per-entity=" + permitsPerEntity + ")", entity, null, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AutotaskException("Interrupted while waiting for an Autotask call slot for " + entity, e);
        }
        exchange.setProperty(AutotaskExchangeKeys.PERMIT, entity);
    }

    /** Gives back the slot the exchange holds, if any (safe to call more than once). */
    public void release(Exchange exchange) {
        String entity = exchange.removeProperty(AutotaskExchangeKeys.PERMIT) instanceof String held ? held : null;
        if (entity != null) {
            semaphore(entity).release();
        }
    }

    /** Calls of an entity in flight right now. */
    public int inFlight(String entity) {
        return permitsPerEntity - semaphore(entity).availablePermits();
    }
}
