package io.atqb.autotask;

import static org.mockito.Mockito.mock;
import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.operations.OperationsRecorder;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutotaskRetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private final AutotaskProperties.Retry settings = TestProperties.retry(3, 5, 100, 1_000, 10_000);

    private AutotaskRetryPolicy policy(double random, boolean zoneDiscovery) {
        AutotaskProperties properties = TestProperties.properties(zoneDiscovery ? "" : "https://z.example/", settings);
        AutotaskZone zone = new AutotaskZone(properties, new AutotaskResponses(mock(OperationsRecorder.class)), CLOCK);
        return new AutotaskRetryPolicy(settings, zone, zoneDiscovery, CLOCK, () -> random);
    }

    private static AutotaskCallException answer(int status, String message, String retryAfter) {
        return AutotaskCallException.answered("Products", "V1.0/Products/query", status,
                message == null ? List.of() : List.of(message), retryAfter, "https://z.example/");
    }

    private static AutotaskRetryPolicy.RetryState state() {
        return new AutotaskRetryPolicy.RetryState(new Object());
    }

    @Test
    void shouldWaitRetryAfterSecondsWhenThrottled() {
        AutotaskRetryPolicy.Decision decision = policy(0.5, false).decide(answer(429, "limit", "3"), state());

        assertThat(decision.delay()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void shouldWaitUntilTheHttpDateWhenRetryAfterIsADate() {
        AutotaskRetryPolicy.Decision decision = policy(0.5, false)
                .decide(answer(429, "limit", "Tue, 10 Mar 2026 12:00:07 GMT"), state());

        assertThat(decision.delay()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void shouldRetryAtOnceWhenTheRetryAfterDateIsPast() {
        AutotaskRetryPolicy.Decision decision = policy(0.5, false)
                .decide(answer(429, "limit", "Tue, 10 Mar 2026 11:00:00 GMT"), state());

        assertThat(decision.delay()).isZero();
    }

    @Test
    void shouldBackOffExponentiallyWithJitterWhenThrottledWithoutRetryAfter() {
        AutotaskRetryPolicy low = policy(0.0, false);
        AutotaskRetryPolicy high = policy(1.0, false);

        assertThat(low.backoff(0)).isEqualTo(Duration.ofMillis(50));
        assertThat(high.backoff(0)).isEqualTo(Duration.ofMillis(100));
        assertThat(high.backoff(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(high.backoff(3)).isEqualTo(Duration.ofMillis(800));
        assertThat(high.backoff(4)).isEqualTo(Duration.ofMillis(1_000));
        assertThat(low.backoff(30)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void shouldTreatThreadThresholdMessagesAsThrottlingWhateverTheStatus() {
        AutotaskCallException threadLimit = answer(500,
                "Thread Threshold Exceeded: the integration has reached its threshold of 3 threads", null);

        AutotaskRetryPolicy.Decision decision = policy(1.0, false).decide(threadLimit, state());

        assertThat(threadLimit.kind()).isEqualTo(AutotaskFailureKind.THROTTLED);
        assertThat(decision.delay()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void shouldStopAfterTheMaximumThrottleRetries() {
        AutotaskRetryPolicy policy = policy(0.0, false);
        AutotaskRetryPolicy.RetryState state = state();
        for (int i = 0; i < 5; i++) {
            assertThat(policy.decide(answer(429, null, "0"), state).retries()).isTrue();
        }

        AutotaskRetryPolicy.Decision sixth = policy.decide(answer(429, null, "0"), state);

        assertThat(sixth.retries()).isFalse();
        assertThat(sixth.outcome()).contains("gave up after 5 retries");
    }

    @Test
    void shouldGiveUpAtOnceWhenRetryAfterExceedsTheRemainingTotalWait() {
        AutotaskRetryPolicy policy = policy(0.5, false);
        AutotaskRetryPolicy.RetryState state = state();
        assertThat(policy.decide(answer(429, null, "6"), state).delay()).isEqualTo(Duration.ofSeconds(6));

        AutotaskRetryPolicy.Decision decision = policy.decide(answer(429, null, "5"), state);

        assertThat(decision.retries()).isFalse();
        assertThat(decision.outcome()).contains("asked to wait 5.0 s").contains("4.0 s left")
                .contains("max-total-wait");
        assertThat(state.waited()).isEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void shouldRetryServerErrorsAtMostThreeTimes() {
        AutotaskRetryPolicy policy = policy(1.0, false);
        AutotaskRetryPolicy.RetryState state = state();
        AutotaskCallException unavailable = answer(503, "Service Unavailable", null);

        assertThat(policy.decide(unavailable, state).delay()).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.decide(unavailable, state).delay()).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.decide(unavailable, state).delay()).isEqualTo(Duration.ofMillis(400));
        AutotaskRetryPolicy.Decision fourth = policy.decide(unavailable, state);

        assertThat(fourth.retries()).isFalse();
        assertThat(fourth.outcome()).isEqualTo("gave up after 3 retries (autotask.retry.max-5xx-retries)");
    }

    @Test
    void shouldNeverRetryValidationOrPermissionMessages() {
        AutotaskRetryPolicy policy = policy(1.0, false);

        for (String message : List.of("Unable to find quantityOnHnd in the InventoryItem Entity.",
                "Invalid filter value.", "The logged in Resource does not have the adequate permissions",
                "IntegrationCode is invalid.")) {
            AutotaskCallException failure = answer(500, message, null);
            assertThat(failure.kind()).as(message).isEqualTo(AutotaskFailureKind.REJECTED);
            assertThat(policy.decide(failure, state()).retries()).as(message).isFalse();
        }
    }

    @Test
    void shouldNeverRetryClientErrorsErrorsInOkAnswersOrMalformedAnswers() {
        AutotaskRetryPolicy policy = policy(1.0, false);
        AutotaskCallException malformed = new AutotaskCallException("Products", "V1.0/Products/query", 200, List.of(),
                null, AutotaskFailureKind.MALFORMED, null, "bad json", null);

        assertThat(policy.decide(answer(404, "No HTTP resource", null), state()).retries()).isFalse();
        assertThat(policy.decide(answer(200, "Something failed", null), state()).retries()).isFalse();
        assertThat(policy.decide(malformed, state()).retries()).isFalse();
        assertThat(policy.decide(new AutotaskException("unknown product"), state()).retries()).isFalse();
        assertThat(policy.decide(new IllegalStateException("bug"), state()).retries()).isFalse();
    }

    @Test
    void shouldRetryTransportFailuresLikeServerErrors() {
        AutotaskCallException timeout = new AutotaskCallException("Products", "V1.0/Products/query", 0, List.of(),
                null, AutotaskFailureKind.TRANSPORT, null, "Read timed out", new SocketTimeoutException());

        AutotaskRetryPolicy.Decision decision = policy(1.0, false).decide(timeout, state());

        assertThat(decision.delay()).isEqualTo(Duration.ofMillis(100));
        assertThat(policy(1.0, false).decide(new IOException("raw"), state()).retries()).isFalse();
    }

    @Test
    void shouldRediscoverTheZoneOnceWhenAnswered401WithZoneDiscovery() {
        AutotaskRetryPolicy policy = policy(1.0, true);
        AutotaskRetryPolicy.RetryState state = state();
        AutotaskCallException unauthorized = answer(401, null, null);

        AutotaskRetryPolicy.Decision first = policy.decide(unauthorized, state);
        AutotaskRetryPolicy.Decision second = policy.decide(unauthorized, state);

        assertThat(first.delay()).isZero();
        assertThat(second.retries()).isFalse();
        assertThat(second.outcome()).contains("still rejected");
        assertThat(unauthorized.getMessage()).contains("HTTP 401").doesNotContain("user@example.com");
    }

    @Test
    void shouldNotRetry401WhenTheZoneUrlIsConfigured() {
        assertThat(policy(1.0, false).decide(answer(401, null, null), state()).retries()).isFalse();
    }

    @Test
    void shouldIgnoreAnUnreadableRetryAfterAndBackOffInstead() {
        AutotaskRetryPolicy policy = policy(1.0, false);

        assertThat(policy.retryAfter("soon")).isNull();
        assertThat(policy.retryAfter("-4")).isZero();
        assertThat(policy.decide(answer(429, null, "soon"), state()).delay()).isEqualTo(Duration.ofMillis(100));
    }
}
