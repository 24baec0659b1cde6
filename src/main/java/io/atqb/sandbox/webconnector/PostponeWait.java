package io.atqb.sandbox.webconnector;

import java.time.Duration;

/** How the Web Connector waits out the postpone that came with a {@code busy} answer (QBWC: it sleeps). */
@FunctionalInterface
public interface PostponeWait {

    /** Waits {@code postpone}; a test may move its clock instead of sleeping. */
    void await(Duration postpone);

    /** Sleeps the postpone, like QBWC. */
    static PostponeWait sleeping() {
        return postpone -> {
            try {
                Thread.sleep(postpone.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WebConnectorException("interrupted while waiting out a postpone", e);
            }
        };
    }
}
