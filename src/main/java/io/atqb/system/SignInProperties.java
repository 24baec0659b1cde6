package io.atqb.system;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How repeated wrong passwords are slowed down (QBWC authenticate, the admin API, any Spring Security log-in);
 * defaults in {@code application.yaml}.
 *
 * @param userFreeFailures   wrong passwords for one user name before it is locked out (1-100)
 * @param addressFreeFailures wrong passwords from one client address, whatever the user, before it is locked out (1-1000)
 * @param firstLockout       the first lockout; each further failure after it doubles the window
 * @param maxLockout         the longest lockout window (at least the first)
 * @param forgetAfter        failures of a user or address with no failure for this long are forgotten
 * @param maxTracked         the most users and addresses tracked at once (the memory bound)
 * @param verifiedTtl        how long a verified admin log-in is reused without hashing the password again; 0 = never
 */
@Validated
@ConfigurationProperties("atqb.sign-in")
public record SignInProperties(
        @Min(1) @Max(100) int userFreeFailures,
        @Min(1) @Max(1000) int addressFreeFailures,
        @NotNull Duration firstLockout,
        @NotNull Duration maxLockout,
        @NotNull Duration forgetAfter,
        @Min(100) @Max(10_000_000) int maxTracked,
        @NotNull Duration verifiedTtl) {

    /** The first lockout is at least one second and at most the longest. */
    @AssertTrue(message = "atqb.sign-in.first-lockout must be at least 1s and at most atqb.sign-in.max-lockout")
    public boolean isLockoutRangeValid() {
        return firstLockout == null || maxLockout == null
                || firstLockout.compareTo(Duration.ofSeconds(1)) >= 0 && firstLockout.compareTo(maxLockout) <= 0;
    }

    /** The longest lockout is at most a day: a wrong password must never lock a user out for good. */
    @AssertTrue(message = "atqb.sign-in.max-lockout must be at most 1d")
    public boolean isMaxLockoutBounded() {
        return maxLockout == null || maxLockout.compareTo(Duration.ofDays(1)) <= 0;
    }

    /** Failures are kept at least as long as the longest lockout. */
    @AssertTrue(message = "atqb.sign-in.forget-after must be at least atqb.sign-in.max-lockout")
    public boolean isForgetAfterValid() {
        return forgetAfter == null || maxLockout == null || forgetAfter.compareTo(maxLockout) >= 0;
    }

    /** A verified log-in is reused for at most 10 minutes (0 = not at all). */
    @AssertTrue(message = "atqb.sign-in.verified-ttl must be between 0 and 10m")
    public boolean isVerifiedTtlValid() {
        return verifiedTtl == null || !verifiedTtl.isNegative() && verifiedTtl.compareTo(Duration.ofMinutes(10)) <= 0;
    }
}
