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

    /** Until when a claim taken or renewed at {@code now} holds. */
    public Instant until(Instant now) {
        return now.plus(length);
    }
}
