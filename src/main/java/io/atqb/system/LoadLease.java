package io.atqb.system;

import java.time.Duration;
import java.time.Instant;

/**
 * The rule of a claim on background work (the sync's Autotask pull, a transfer job's Autotask read), on instants of
 * the database clock: a claim with no owner is free, and so is one whose lease has run out (exactly at
 * {@code leaseUntil} included); until then only its owner does the work.
 *
 * @param length how long a claim holds after it was taken or renewed (above 0)
 */
public record LoadLease(Duration length) {

    public LoadLease {
        if (length == null || length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a lease must be above 0, was " + length);
        }
    }

    /** True when an instance may claim the work now. */
    public boolean isFree(String owner, Instant leaseUntil, Instant now) {
        return owner == null || leaseUntil == null || !now.isBefore(leaseUntil);
    }

    /** The most a dead instance's claimed work may wait before another instance takes it over (CONTRACT section 9). */
    public static final Duration TAKEOVER_BOUND = Duration.ofMinutes(2);

    /**
     * The settings' rules, shared by every kind of claimed work; null settings pass (their {@code @NotNull} says so).
     * Both above 0.
     */
    public static boolean isPositive(Duration lease, Duration renewEvery) {
        return lease == null || renewEvery == null || (lease.compareTo(Duration.ZERO) > 0
                && renewEvery.compareTo(Duration.ZERO) > 0);
    }

    /** Renewed at most every half lease, so a live instance renews its claim at least twice before it runs out. */
    public static boolean isRenewedInTime(Duration lease, Duration renewEvery) {
        return lease == null || renewEvery == null || renewEvery.multipliedBy(2).compareTo(lease) <= 0;
    }

    /** Lease plus renewal interval within {@link #TAKEOVER_BOUND}: a dead instance's work is taken over in time. */
    public static boolean isTakenOverInTime(Duration lease, Duration renewEvery) {
        return lease == null || renewEvery == null || lease.plus(renewEvery).compareTo(TAKEOVER_BOUND) <= 0;
    }

    /** Until when a claim taken or renewed at {@code now} holds. */
    public Instant until(Instant now) {
        return now.plus(length);
    }
}
