package io.atqb.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A verified admin log-in is reused only for the same user, password and stored hash, and only within its TTL. */
class VerifiedCredentialsTest {

    static final Duration TTL = Duration.ofMinutes(2);

    final TestClock clock = new TestClock(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
    final VerifiedCredentials verified = new VerifiedCredentials(properties(TTL), clock);

    static SignInProperties properties(Duration ttl) {
        return new SignInProperties(5, 20, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(1),
                1000, ttl);
    }

    @Test
    void shouldMatchTheSameCredentialsUntilJustBeforeTheTtlEnds() {
        verified.remember("admin", "s3cret", "{bcrypt}hash-1");
        clock.advance(TTL.minusMillis(1));

        assertThat(verified.matches("admin", "s3cret", "{bcrypt}hash-1")).isTrue();
    }

    @Test
    void shouldNotMatchOnceTheTtlIsExactlyOver() {
        verified.remember("admin", "s3cret", "{bcrypt}hash-1");
        clock.advance(TTL);

        assertThat(verified.matches("admin", "s3cret", "{bcrypt}hash-1")).isFalse();
    }

    @Test
    void shouldNotMatchAnotherPasswordOrUserOrStoredHash() {
        verified.remember("admin", "s3cret", "{bcrypt}hash-1");

        assertThat(verified.matches("admin", "s3cret!", "{bcrypt}hash-1")).isFalse();
        assertThat(verified.matches("admin", "s3cre", "{bcrypt}hash-1")).isFalse();
        assertThat(verified.matches("other", "s3cret", "{bcrypt}hash-1")).isFalse();
        assertThat(verified.matches("admin", "s3cret", "{bcrypt}hash-2")).isFalse();
    }

    @Test
    void shouldForgetAUserAfterAWrongPassword() {
        verified.remember("admin", "s3cret", "{bcrypt}hash-1");

        verified.forget("admin");

        assertThat(verified.matches("admin", "s3cret", "{bcrypt}hash-1")).isFalse();
    }

    @Test
    void shouldRememberNothingWithATtlOfZero() {
        VerifiedCredentials off = new VerifiedCredentials(properties(Duration.ZERO), clock);
        off.remember("admin", "s3cret", "{bcrypt}hash-1");

        assertThat(off.matches("admin", "s3cret", "{bcrypt}hash-1")).isFalse();
    }

    @Test
    void shouldNotMatchAcrossInstancesBecauseEachHasItsOwnKey() {
        verified.remember("admin", "s3cret", "{bcrypt}hash-1");
        VerifiedCredentials restarted = new VerifiedCredentials(properties(TTL), clock);

        assertThat(restarted.matches("admin", "s3cret", "{bcrypt}hash-1")).isFalse();
    }
}
