package io.atqb.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Slows down repeated wrong passwords per user name and per client address, for every way in (QBWC
 * authenticate, the admin API, a form log-in). A user (or address) may fail a few times for free; each further
 * failure locks it out for a window that doubles up to a bound, and while it is locked out every attempt is
 * refused at once, without checking the password and without holding the request thread. Nothing sleeps, so the
 * service stays responsive for every other user and address. A right password after the window resets the user
 * and the address. Every failed or refused sign-in is logged once, with the user and address made fit for a log
 * line, never the password.
 *
 * <p>The counts live in memory, per instance (bounded by {@code atqb.sign-in.max-tracked}): behind a load
 * balancer each instance slows a guesser down on its own, so N instances allow at most N times the attempts.
 * Checking and counting are two steps, so a burst of parallel attempts may get a few more through than the
 * free failures before the lockout sets in.
 */
@Component
public class SignInThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);
    /** Beyond this many doublings the window is at its bound anyway (keeps the arithmetic far from overflow). */
    private static final int MAX_DOUBLINGS = 40;
    /** Longer user names and addresses are tracked by their start and a digest, so a huge name costs no memory. */
    private static final int MAX_KEY_CHARS = 128;

    private final SignInProperties properties;
    private final Clock clock;
    private final Map<String, Tally> tallies = new ConcurrentHashMap<>();

    public SignInThrottle(SignInProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Failures of one user name or one address: how many in a row, the last, and until when it is locked out. */
    private record Tally(int failures, Instant lastFailure, Instant lockedUntil) {

        boolean forgotten(Instant now, Duration forgetAfter) {
            return !now.isBefore(lastFailure.plus(forgetAfter)) && !now.isBefore(lockedUntil);
        }
    }

    /**
     * Whether {@code user} or {@code address} is locked out now: empty means "go on and check the password";
     * otherwise the attempt is refused, logged once here, and the answer is how long the caller should wait.
     *
     * @param channel where the attempt came in, for the log ("QBWC", "admin")
     */
    public Optional<Duration> lockout(String channel, String user, String address) {
        Instant now = clock.instant();
        Duration wait = longer(remaining(userKey(user), now), remaining(addressKey(address), now));
        if (wait.isZero()) {
            return Optional.empty();
        }
        LOG.warn("Sign-in refused ({}) for user '{}' from {}: too many wrong passwords, locked out for {} s more",
                channel, LogText.of(user, 100), LogText.of(address, 100), retryAfterSeconds(wait));
        return Optional.of(wait);
    }

    /** A wrong user name or password: counted for the user and the address, and logged once. */
    public void failed(String channel, String user, String address) {
        Instant now = clock.instant();
        Tally forUser = count(userKey(user), properties.userFreeFailures(), now);
        Tally forAddress = count(addressKey(address), properties.addressFreeFailures(), now);
        Duration locked = longer(Duration.between(now, forUser.lockedUntil()),
                Duration.between(now, forAddress.lockedUntil()));
        LOG.warn("Sign-in failed ({}) for user '{}' from {}: wrong user name or password ({} in a row for the user,"
                        + " {} from the address){}", channel, LogText.of(user, 100), LogText.of(address, 100),
                forUser.failures(), forAddress.failures(),
                !locked.isZero() ? "; locked out for " + retryAfterSeconds(locked) + " s" : "");
    }

    /** A right password: the user's and the address's failures are forgotten. */
    public void succeeded(String user, String address) {
        tallies.remove(userKey(user));
        tallies.remove(addressKey(address));
    }

    /** Whole seconds for a Retry-After header or a postpone: {@code wait} rounded up, at least 1. */
    public static long retryAfterSeconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    private Duration remaining(String key, Instant now) {
        Tally tally = tallies.get(key);
        if (tally == null || !now.isBefore(tally.lockedUntil())) {
            return Duration.ZERO;
        }
        return Duration.between(now, tally.lockedUntil());
    }

    private Tally count(String key, int freeFailures, Instant now) {
        if (!tallies.containsKey(key) && tallies.size() >= properties.maxTracked()) {
            forgetOld(now);
        }
        if (!tallies.containsKey(key) && tallies.size() >= properties.maxTracked()) {
            // full of live attackers: this key goes untracked (its counterpart, user or address, still counts)
            return new Tally(1, now, now);
        }
        return tallies.compute(key, (k, old) -> next(old, freeFailures, now));
    }

    private Tally next(Tally old, int freeFailures, Instant now) {
        int failures = old == null || old.forgotten(now, properties.forgetAfter()) ? 1 : old.failures() + 1;
        Instant lockedUntil = old == null ? now : old.lockedUntil();
        if (failures > freeFailures) {
            Instant until = now.plus(window(failures - freeFailures));
            lockedUntil = until.isAfter(lockedUntil) ? until : lockedUntil;
        }
        return new Tally(failures, now, lockedUntil);
    }

    /** The lockout after the {@code beyond}-th failure beyond the free ones: first, doubling, at most the bound. */
    Duration window(int beyond) {
        int doublings = Math.min(beyond - 1, MAX_DOUBLINGS);
        long firstMillis = properties.firstLockout().toMillis();
        long maxMillis = properties.maxLockout().toMillis();
        if (doublings >= Long.numberOfLeadingZeros(firstMillis) - 1) {
            return properties.maxLockout();
        }
        return Duration.ofMillis(Math.min(firstMillis << doublings, maxMillis));
    }

    private void forgetOld(Instant now) {
        tallies.entrySet().removeIf(entry -> entry.getValue().forgotten(now, properties.forgetAfter()));
    }

    /** How many users and addresses are tracked now. */
    int tracked() {
        return tallies.size();
    }

    private static Duration longer(Duration a, Duration b) {
        Duration longer = a.compareTo(b) >= 0 ? a : b;
        return longer.isNegative() ? Duration.ZERO : longer;
    }

    private static String userKey(String user) {
        return "user:" + bounded(user == null ? "" : user.toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + bounded(address == null ? "" : address);
    }

    /** A key of bounded size: a long text is kept as its start and a digest of the whole. */
    private static String bounded(String text) {
        if (text.length() <= MAX_KEY_CHARS) {
            return text;
        }
        return text.substring(0, MAX_KEY_CHARS) + "#" + HexFormat.of().formatHex(sha256(text));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
