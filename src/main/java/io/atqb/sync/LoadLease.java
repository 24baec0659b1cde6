package io.atqb.sync;

import java.time.Duration;
import java.time.Instant;

/**
 * The rule of a pull's claim, on instants of the database clock: a claim with no owner is free, and so is one
 * whose lease has run out (exactly at {@code leaseUntil} included); until then only its owner pulls.
 *
 * @param length how long a claim holds after it was taken or renewed (above 0)
 */
record LoadLease(Duration length) {

    LoadLease {
        if (length == null || length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a lease must be above 0, was " + length);
        }
    }

    /** True when an instance may claim the pull now. */
    boolean isFree(String owner, Instant leaseUntil, Instant now) {
        return owner == null || leaseUntil == null || !now.isBefore(leaseUntil);
    }

    /** Until when a claim taken or renewed at {@code now} holds. */
    Instant until(Instant now) {
        return now.plus(length);
    }
}
