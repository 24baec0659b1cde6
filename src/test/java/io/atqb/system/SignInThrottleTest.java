package io.atqb.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.atqb.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The lockout rule at its edges: the free failures, the growing window, its end, other users and addresses. */
class SignInThrottleTest {

    static final int USER_FREE = 3;
    static final int ADDRESS_FREE = 6;
    static final Duration FIRST = Duration.ofSeconds(2);
    static final Duration MAX = Duration.ofSeconds(30);
    static final Duration FORGET = Duration.ofMinutes(10);

    final TestClock clock = new TestClock(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
    final SignInThrottle throttle = new SignInThrottle(properties(100), clock);
    ListAppender<ILoggingEvent> log;
    Logger logger;

    static SignInProperties properties(int maxTracked) {
        return new SignInProperties(USER_FREE, ADDRESS_FREE, FIRST, MAX, FORGET, maxTracked, Duration.ofMinutes(2));
    }

    @BeforeEach
    void captureLog() {
        log = new ListAppender<>();
        log.start();
        logger = (Logger) LoggerFactory.getLogger(SignInThrottle.class);
        logger.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(log);
    }

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed("test", user, address);
        }
    }

    @Test
    void shouldLetAUserFailOneBelowTheFreeFailuresWithoutALockout() {
        fail("alice", "10.0.0.1", USER_FREE - 1);

        assertThat(throttle.lockout("test", "alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void shouldNotLockAUserOutAtExactlyTheFreeFailures() {
        fail("alice", "10.0.0.1", USER_FREE);

        assertThat(throttle.lockout("test", "alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void shouldLockAUserOutForTheFirstWindowAtOneFailureBeyondTheFreeOnes() {
        fail("alice", "10.0.0.1", USER_FREE + 1);

        assertThat(throttle.lockout("test", "alice", "10.0.0.1")).contains(FIRST);
        clock.advance(FIRST.minusMillis(1));
        assertThat(throttle.lockout("test", "alice", "10.0.0.1")).contains(Duration.ofMillis(1));
    }

    @Test
    void shouldLetTheUserTryAgainWhenTheWindowIsExactlyOver() {
        fail("alice", "10.0.0.1", USER_FREE + 1);

        clock.advance(FIRST);

        assertThat(throttle.lockout("test", "alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void shouldDoubleTheWindowWithEachFurtherFailureUpToTheBound() {
        assertThat(throttle.window(1)).isEqualTo(FIRST);
        assertThat(throttle.window(2)).isEqualTo(FIRST.multipliedBy(2));
        assertThat(throttle.window(4)).isEqualTo(FIRST.multipliedBy(8));
        assertThat(throttle.window(5)).isEqualTo(MAX);
        assertThat(throttle.window(Integer.MAX_VALUE)).isEqualTo(MAX);

        fail("alice", "10.0.0.1", USER_FREE + 1);
        clock.advance(FIRST);
        fail("alice", "10.0.0.1", 1);
        assertThat(throttle.lockout("test", "alice", "10.0.0.1")).contains(FIRST.multipliedBy(2));
    }

    @Test
    void shouldLeaveAnotherUserFromAnotherAddressUnaffected() {
        fail("alice", "10.0.0.1", USER_FREE + 1);

        assertThat(throttle.lockout("test", "bob", "10.0.0.2")).isEmpty();
        assertThat(throttle.lockout("test", "alice", "10.0.0.2")).contains(FIRST);
    }

    @Test
    void shouldLockAnAddressOutThatTriesManyUsersOnlyBeyondItsOwnFreeFailures() {
        for (int i = 0; i < ADDRESS_FREE; i++) {
            throttle.failed("test", "user" + i, "10.0.0.9");
        }
        assertThat(throttle.lockout("test", "someone", "10.0.0.9")).isEmpty();

        throttle.failed("test", "one-more", "10.0.0.9");

        assertThat(throttle.lockout("test", "someone", "10.0.0.9")).contains(FIRST);
        assertThat(throttle.lockout("test", "someone", "10.0.0.10")).isEmpty();
    }

    @Test
    void shouldForgetTheFailuresOfAUserAndAddressThatSignInRightly() {
        fail("alice", "10.0.0.1", USER_FREE);

        throttle.succeeded("alice", "10.0.0.1");
        fail("alice", "10.0.0.1", USER_FREE);

        assertThat(throttle.lockout("test", "alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void shouldForgetOldFailuresOnlyOnceForgetAfterHasPassed() {
        fail("alice", "10.0.0.1", USER_FREE);
        clock.advance(FORGET.minusMillis(1));
        fail("alice", "10.0.0.1", 1);
        assertThat(throttle.lockout("test", "alice", "10.0.0.1")).contains(FIRST);

        clock.advance(FORGET);
        fail("alice", "10.0.0.1", USER_FREE);
        assertThat(throttle.lockout("test", "alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void shouldTreatUserNamesWithoutRegardToCase() {
        fail("Alice", "10.0.0.1", USER_FREE + 1);

        assertThat(throttle.lockout("test", "ALICE", "10.0.0.3")).contains(FIRST);
    }

    @Test
    void shouldLogEachFailureOnceWithUserAndAddressOnOneLine() {
        throttle.failed("QBWC", "mallory\nforged", "10.0.0.1");

        assertThat(log.list).singleElement().satisfies(event -> assertThat(event.getFormattedMessage())
                .contains("QBWC", "mallory\\nforged", "10.0.0.1").doesNotContain("\n"));
    }

    @Test
    void shouldLogEachRefusalOnceWithTheWait() {
        fail("alice", "10.0.0.1", USER_FREE + 1);
        log.list.clear();

        throttle.lockout("admin", "alice", "10.0.0.1");

        assertThat(log.list).singleElement().satisfies(event -> assertThat(event.getFormattedMessage())
                .contains("refused", "admin", "alice", "10.0.0.1", "2 s"));
    }

    @Test
    void shouldKeepTheTrackedKeysBoundedByDroppingForgottenOnes() {
        SignInThrottle bounded = new SignInThrottle(properties(100), clock);
        for (int i = 0; i < 50; i++) {
            bounded.failed("test", "user" + i, "10.0.1." + i);
        }
        assertThat(bounded.tracked()).isEqualTo(100);
        clock.advance(FORGET);

        bounded.failed("test", "late", "10.0.2.1");

        assertThat(bounded.tracked()).isEqualTo(2);
    }

    @Test
    void shouldStillCountTheUserWhenTheTableIsFullOfLiveAddresses() {
        SignInThrottle bounded = new SignInThrottle(properties(100), clock);
        for (int i = 0; i < 99; i++) {
            bounded.failed("test", "spray", "10.0.3." + i);
        }
        assertThat(bounded.tracked()).isEqualTo(100);

        bounded.failed("test", "victim", "10.0.4.1");

        assertThat(bounded.tracked()).isEqualTo(100);
        assertThat(bounded.lockout("test", "spray", "10.0.9.9")).isPresent();
    }

    @Test
    void shouldKeepAHugeUserNameAsABoundedKey() {
        String huge = "x".repeat(1_000_000);
        fail(huge, "10.0.0.1", USER_FREE + 1);

        assertThat(throttle.lockout("test", huge, "10.0.0.5")).contains(FIRST);
        assertThat(throttle.lockout("test", "x".repeat(999_999) + "y", "10.0.0.5")).isEmpty();
    }

    @Test
    void shouldRoundTheRetryAfterUpToWholeSecondsAndAtLeastOne() {
        assertThat(SignInThrottle.retryAfterSeconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(SignInThrottle.retryAfterSeconds(Duration.ofSeconds(2))).isEqualTo(2);
        assertThat(SignInThrottle.retryAfterSeconds(Duration.ofMillis(2001))).isEqualTo(3);
        assertThat(SignInThrottle.retryAfterSeconds(Duration.ZERO)).isEqualTo(1);
    }
}
