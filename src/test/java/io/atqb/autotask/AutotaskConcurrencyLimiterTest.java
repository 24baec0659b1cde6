package io.atqb.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

class AutotaskConcurrencyLimiterTest {

    private final CamelContext camel = new DefaultCamelContext();

    private Exchange exchangeFor(String entity) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.setProperty(AutotaskExchangeKeys.REQUEST, AutotaskRequest.get(entity, "V1.0/" + entity));
        return exchange;
    }

    @Test
    void shouldKeepCallsPerEntityAtTheLimitWhenManyThreadsCall() throws Exception {
        AutotaskConcurrencyLimiter limiter = new AutotaskConcurrencyLimiter(2, Duration.ofSeconds(30));
        Calls calls = new Calls(limiter, 2);
        List<Thread> callers = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                Thread caller = new Thread(calls::call, "caller-" + i);
                caller.setDaemon(true);
                caller.start();
                callers.add(caller);
            }

            // two calls hold their slots until let go; the other fourteen must be waiting for a slot meanwhile
            assertThat(calls.holding.await(10, TimeUnit.SECONDS)).isTrue();
            await().atMost(Duration.ofSeconds(10)).until(() -> waitingForASlot(callers) == 14);
            assertThat(limiter.inFlight("Products")).isEqualTo(2);
        } finally {
            calls.letGo.countDown();
        }
        for (Thread caller : callers) {
            caller.join(10_000);
        }

        assertThat(calls.failures).isEmpty();
        assertThat(calls.completed.get()).isEqualTo(16);
        assertThat(calls.highest.get()).isEqualTo(2);
        assertThat(limiter.inFlight("Products")).isZero();
    }

    /** Callers blocked in the limiter: a fair semaphore's timed wait; the holders wait untimed on their latch. */
    private static long waitingForASlot(List<Thread> callers) {
        return callers.stream().filter(caller -> caller.getState() == Thread.State.TIMED_WAITING).count();
    }

    /** Calls that each hold a Products slot until the test lets them go, counting how many are in flight at once. */
    private final class Calls {

        final AutotaskConcurrencyLimiter limiter;
        final CountDownLatch holding;
        final CountDownLatch letGo = new CountDownLatch(1);
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger highest = new AtomicInteger();
        final AtomicInteger completed = new AtomicInteger();
        final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();

        Calls(AutotaskConcurrencyLimiter limiter, int holders) {
            this.limiter = limiter;
            this.holding = new CountDownLatch(holders);
        }

        void call() {
            Exchange exchange = exchangeFor("Products");
            try {
                limiter.acquire(exchange);
                try {
                    highest.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    holding.countDown();
                    letGo.await();
                    inFlight.decrementAndGet();
                } finally {
                    limiter.release(exchange);
                }
                completed.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.add(e);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
    }

    @Test
    void shouldLimitEachEntityOnItsOwnAndReleaseOnlyOnce() {
        AutotaskConcurrencyLimiter limiter = new AutotaskConcurrencyLimiter(1, Duration.ofMillis(50));
        Exchange products = exchangeFor("Products");
        Exchange locations = exchangeFor("InventoryLocations");
        limiter.acquire(products);
        limiter.acquire(locations);

        limiter.release(products);
        limiter.release(products);

        assertThat(limiter.inFlight("products")).isZero();
        assertThat(limiter.inFlight("InventoryLocations")).isEqualTo(1);
    }

    @Test
    void shouldFailClearlyWhenNoSlotFreesUpInTime() {
        AutotaskConcurrencyLimiter limiter = new AutotaskConcurrencyLimiter(1, Duration.ofMillis(30));
        limiter.acquire(exchangeFor("Products"));

        assertThatThrownBy(() -> limiter.acquire(exchangeFor("Products")))
                .isInstanceOf(AutotaskException.class)
                .hasMessageContaining("No free Autotask call slot for Products");
    }
}
