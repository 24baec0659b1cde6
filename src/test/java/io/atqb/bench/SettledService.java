package io.atqb.bench;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Waits, before t0, until the service has finished what setup left it doing: the JIT compiler is still busy with
 * the code that recording 2,000 PO transfers ran for seconds afterwards, and that work is not the sync's. Settled
 * means the service process used less than a tenth of a core over one second; the wait is bounded.
 */
final class SettledService {

    static final Duration WINDOW = Duration.ofSeconds(1);
    static final Duration BOUND = Duration.ofSeconds(60);
    /** The share of one core below which the service counts as settled. */
    static final double QUIET_SHARE = 0.1;

    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** How many windows passed until the service was settled, or -1 when it still was not after {@link #BOUND}. */
    static int await(Supplier<Duration> processCpu, Sleeper sleeper) {
        long windows = BOUND.toMillis() / WINDOW.toMillis();
        Duration before = processCpu.get();
        for (int window = 1; window <= windows; window++) {
            try {
                sleeper.sleep(WINDOW);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
            Duration now = processCpu.get();
            if (now.minus(before).toNanos() < QUIET_SHARE * WINDOW.toNanos()) {
                return window;
            }
            before = now;
        }
        return -1;
    }

    private SettledService() {
    }
}
