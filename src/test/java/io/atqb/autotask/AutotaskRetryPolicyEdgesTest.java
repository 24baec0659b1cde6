package io.atqb.autotask;

import static org.mockito.Mockito.mock;
import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.operations.OperationsRecorder;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/**
 * The retry policy at its limits (exactly the maximum retries, exactly the total wait) and as Camel's retryWhile
 * predicate on a real exchange.
 */
class AutotaskRetryPolicyEdgesTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static AutotaskRetryPolicy policy(AutotaskProperties.Retry settings, boolean zoneDiscovery) {
        AutotaskProperties properties = TestProperties.properties(zoneDiscovery ? "" : "https://z.example/", settings);
        AutotaskZone zone = new AutotaskZone(properties, new AutotaskResponses(mock(OperationsRecorder.class)), CLOCK);
        return new AutotaskRetryPolicy(settings, zone, zoneDiscovery, CLOCK, () -> 1.0);
    }

    private static AutotaskCallException answer(int status, String retryAfter) {
        return AutotaskCallException.answered("Products", "V1.0/Products/query", status, List.of("busy"), retryAfter,
                "https://z.example/");
    }

    private static AutotaskRetryPolicy.RetryState state() {
        return new AutotaskRetryPolicy.RetryState(new Object());
    }

    private static Exchange failedCall(Object call, Throwable failure) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setProperty(AutotaskExchangeKeys.REQUEST, call);
        exchange.setException(failure);
        return exchange;
    }

    private static SnapshotAccumulator accumulator(PullStats stats) {
        return new SnapshotAccumulator(SnapshotRequest.withoutLedger(), InventorySource.InventoryItems, stats, false);
    }

    @Test
    void shouldRetryThrottlingExactlyTheMaximumTimesThenGiveUpSayingSo() {
        AutotaskRetryPolicy policy = policy(TestProperties.retry(3, 2, 100, 1_000, 60_000), false);
        AutotaskRetryPolicy.RetryState state = state();

        assertThat(policy.decide(answer(429, null), state).retries()).isTrue();
        assertThat(policy.decide(answer(429, null), state).retries()).isTrue();
        AutotaskRetryPolicy.Decision third = policy.decide(answer(429, null), state);

        assertThat(third.retries()).isFalse();
        assertThat(third.outcome()).isEqualTo("gave up after 2 retries (autotask.retry.max-throttle-retries)");
    }

    @Test
    void shouldRetryAServerErrorWhoseBackoffFillsExactlyTheRemainingTotalWait() {
        AutotaskRetryPolicy policy = policy(TestProperties.retry(5, 5, 100, 1_000, 300), false);
        AutotaskRetryPolicy.RetryState state = state();

        assertThat(policy.decide(answer(503, null), state).delay()).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.decide(answer(503, null), state).delay()).isEqualTo(Duration.ofMillis(200));
        AutotaskRetryPolicy.Decision third = policy.decide(answer(503, null), state);

        assertThat(third.retries()).isFalse();
        assertThat(third.outcome()).isEqualTo(
                "gave up after 2 retries and 0.3 s of waiting (autotask.retry.max-total-wait 0.3 s)");
    }

    @Test
    void shouldCountEveryKindOfRetryWhenGivingUpOnTheTotalWaitWithoutRetryAfter() {
        AutotaskRetryPolicy policy = policy(TestProperties.retry(5, 5, 100, 1_000, 300), true);
        AutotaskRetryPolicy.RetryState state = state();

        assertThat(policy.decide(answer(401, null), state).delay()).isZero();
        assertThat(policy.decide(answer(429, null), state).delay()).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.decide(answer(502, null), state).delay()).isEqualTo(Duration.ofMillis(100));
        AutotaskRetryPolicy.Decision last = policy.decide(answer(429, null), state);

        assertThat(last.retries()).isFalse();
        assertThat(last.outcome()).isEqualTo(
                "gave up after 3 retries and 0.2 s of waiting (autotask.retry.max-total-wait 0.3 s)");
    }

    @Test
    void shouldSayTheRequestedWaitWhenRetryAfterExceedsTheRemainingTotalWait() {
        AutotaskRetryPolicy policy = policy(TestProperties.retry(5, 5, 100, 1_000, 2_000), false);

        AutotaskRetryPolicy.Decision decision = policy.decide(answer(429, "3"), state());

        assertThat(decision.outcome()).isEqualTo("Autotask asked to wait 3.0 s before retrying, more than the "
                + "2.0 s left of autotask.retry.max-total-wait (2.0 s)");
    }

    @Test
    void shouldWaitARetryAfterThatFillsExactlyTheRemainingTotalWaitAndSayWhy() {
        AutotaskRetryPolicy policy = policy(TestProperties.retry(5, 5, 100, 1_000, 2_000), false);

        AutotaskRetryPolicy.Decision asked = policy.decide(answer(429, "2"), state());
        AutotaskRetryPolicy.Decision backoff = policy.decide(answer(429, null), state());

        assertThat(asked.delay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(asked.reason()).isEqualTo("Retry-After 2");
        assertThat(backoff.reason()).isEqualTo("backoff");
    }

    @Test
    void shouldCapTheBackoffWithoutOverflowFromTheFortiethRetryOnEvenWithAHugeBase() {
        long hugeBase = 1L << 23;
        AutotaskRetryPolicy policy = policy(TestProperties.retry(5, 5, hugeBase, hugeBase, Long.MAX_VALUE / 2), false);

        assertThat(policy.backoff(39)).isEqualTo(Duration.ofMillis(hugeBase));
        assertThat(policy.backoff(40)).isEqualTo(Duration.ofMillis(hugeBase));
        assertThat(policy.backoff(41)).isEqualTo(Duration.ofMillis(hugeBase));
    }

    @Test
    void shouldJitterWithARealRandomSourceWhenBuiltFromTheSettings() {
        AutotaskProperties.Retry settings = TestProperties.retry(3, 5, 100, 1_000, 10_000);
        AutotaskProperties properties = TestProperties.properties("https://z.example/", settings);
        AutotaskRetryPolicy policy = new AutotaskRetryPolicy(properties,
                new AutotaskZone(properties, new AutotaskResponses(mock(OperationsRecorder.class)), CLOCK));
        Set<Duration> waits = new HashSet<>();

        for (int i = 0; i < 200; i++) {
            waits.add(policy.backoff(0));
        }

        assertThat(waits).allSatisfy(wait -> assertThat(wait.toMillis()).isBetween(50L, 100L));
        assertThat(waits).hasSizeGreaterThan(1);
    }

    @Test
    void shouldHandCamelTheDelayAndCountTheRetryWhenRetrying() {
        PullStats stats = new PullStats(CLOCK);
        Exchange exchange = failedCall(new Object(), answer(503, null));
        exchange.setProperty(AutotaskExchangeKeys.STATS, stats);
        exchange.setProperty(AutotaskExchangeKeys.ACCUMULATOR, accumulator(stats));

        boolean retry = policy(TestProperties.retry(3, 5, 100, 1_000, 10_000), false).matches(exchange);

        assertThat(retry).isTrue();
        assertThat(exchange.getIn().getHeader(Exchange.REDELIVERY_DELAY)).isEqualTo(100L);
        assertThat(stats.statistics().retries()).isEqualTo(1);
    }

    @Test
    void shouldKeepCountingRetriesOfTheSameCallAcrossAttemptsAndStartAgainForTheNextCall() {
        AutotaskRetryPolicy policy = policy(TestProperties.retry(2, 5, 100, 1_000, 10_000), false);
        Object call = new Object();
        Exchange exchange = failedCall(call, answer(503, null));

        assertThat(policy.matches(exchange)).isTrue();
        assertThat(policy.matches(exchange)).isTrue();
        assertThat(policy.matches(exchange)).isFalse();
        assertThat(exchange.getException()).hasMessageEndingWith(
                "(gave up after 2 retries (autotask.retry.max-5xx-retries))");

        exchange.setProperty(AutotaskExchangeKeys.REQUEST, new Object());
        exchange.setException(answer(503, null));
        assertThat(policy.matches(exchange)).isTrue();
    }

    @Test
    void shouldReadTheFailureCaughtByCamelWhenTheExchangeNoLongerHoldsIt() {
        Exchange exchange = failedCall(new Object(), null);
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, answer(503, null));

        assertThat(policy(TestProperties.retry(3, 5, 100, 1_000, 10_000), false).matches(exchange)).isTrue();
    }

    @Test
    void shouldAbortThePullWithTheFailureWhenGivingUp() {
        SnapshotAccumulator pull = accumulator(new PullStats(CLOCK));
        AutotaskCallException rejected = answer(400, null);
        Exchange exchange = failedCall(new Object(), rejected);
        exchange.setProperty(AutotaskExchangeKeys.ACCUMULATOR, pull);

        assertThat(policy(TestProperties.retry(3, 5, 100, 1_000, 10_000), false).matches(exchange)).isFalse();

        assertThat(pull.aborted()).isTrue();
        assertThat(pull.firstFailure()).isSameAs(rejected);
        assertThat(rejected.getMessage()).doesNotContain("gave up");
    }

    @Test
    void shouldNotRetryAnythingOnceThePullIsAborted() {
        SnapshotAccumulator pull = accumulator(new PullStats(CLOCK));
        pull.abort(new IOException("other branch failed"));
        Exchange exchange = failedCall(new Object(), answer(503, null));
        exchange.setProperty(AutotaskExchangeKeys.ACCUMULATOR, pull);

        assertThat(policy(TestProperties.retry(3, 5, 100, 1_000, 10_000), false).matches(exchange)).isFalse();
        assertThat(exchange.getIn().getHeader(Exchange.REDELIVERY_DELAY)).isNull();
    }

    @Test
    void shouldGiveUpOnAFailureThatIsNoAutotaskCall() {
        SnapshotAccumulator pull = accumulator(new PullStats(CLOCK));
        IllegalStateException bug = new IllegalStateException("bug");
        Exchange exchange = failedCall(new Object(), bug);
        exchange.setProperty(AutotaskExchangeKeys.ACCUMULATOR, pull);

        assertThat(policy(TestProperties.retry(3, 5, 100, 1_000, 10_000), false).matches(exchange)).isFalse();
        assertThat(pull.firstFailure()).isSameAs(bug);
    }
}
