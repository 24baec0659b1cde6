package io.atqb.qbwc;

import java.time.Duration;
import java.time.Instant;

/**
 * When a connector's open session counts as dropped. A session is truly live while its last call is less
 * than the take-over window ago; from then on the connector's next authenticate ends it and takes its work
 * over. While it is live, a second authenticate hears {@code busy} with the seconds until it could take
 * over, as QBWC's postpone (at least 1, at most {@value #MAX_POSTPONE_SECONDS}).
 *
 * @param window how long after its last call a session may be taken over (above 0)
 */
record SessionTakeover(Duration window) {

    /** The longest postpone answered with {@code busy} (CONTRACT section 4). */
    static final int MAX_POSTPONE_SECONDS = 60;

    SessionTakeover {
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the take-over window must be above 0, was " + window);
        }
    }

    /** True once {@code window} has passed since the session's last call (exactly at the edge included). */
    boolean canTakeOver(Instant lastCall, Instant now) {
        return !now.isBefore(lastCall.plus(window));
    }

    /** Seconds until the session could be taken over, rounded up, within 1..{@value #MAX_POSTPONE_SECONDS}. */
    int postponeSeconds(Instant lastCall, Instant now) {
        Duration left = Duration.between(now, lastCall.plus(window));
        long seconds = left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
        return (int) Math.max(1, Math.min(MAX_POSTPONE_SECONDS, seconds));
    }
}
