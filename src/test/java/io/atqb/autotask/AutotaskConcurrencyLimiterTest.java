package io.atqb.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AutotaskConcurrencyLimiterTest {

    private final CamelContext camel = new DefaultCamelContext();
    private final ExecutorService threads = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private Exchange exchangeFor(String entity) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.setProperty(AutotaskExchangeKeys.REQUEST, AutotaskRequest.get(entity, "V1.0/" + entity));
        return exchange;
    }

    @Test
    void shouldKeepCallsPerEntityAtTheLimitWhenManyThreadsCall() throws Exception {
        AutotaskConcurrencyLimiter limiter = new AutotaskConcurrencyLimiter(2, Duration.ofSeconds(5));
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger highest = new AtomicInteger();
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            calls.add(threads.submit(() -> {
                Exchange exchange = exchangeFor("Products");
                limiter.acquire(exchange);
                try {
                    highest.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    Thread.sleep(10);
                    inFlight.decrementAndGet();
                } finally {
                    limiter.release(exchange);
                }
                return null;
            }));
        }
        for (Future<?> call : calls) {
            call.get();
        }

        assertThat(highest.get()).isEqualTo(2);
        assertThat(limiter.inFlight("Products")).isZero();
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
