package io.atqb.bench;

import io.atqb.sandbox.webconnector.SessionResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the timed part of one sync measured: from arming (t0) to the end of the Web Connector session.
 *
 * @param session        the Web Connector session
 * @param pull           the first Autotask call of the run to the end of its last one
 * @param qbwcExchange   QuickBooks' first message set to the end of the session
 * @param total          t0 to the end of the session
 * @param serviceCpu     CPU time the service used over the same span
 * @param autotaskCalls  calls the sandbox Autotask answered
 * @param t0             when the sync was armed
 * @param firstMessageAt when QuickBooks received its first message set (null when it received none)
 * @param end            when the session ended
 * @param byKind         the QBWC exchange by the request kind of each message set
 * @param startNanos     System.nanoTime() at t0 (to place {@code byKind}'s firstAt)
 * @param problems       what went wrong in the timed part (more are added when the outcome is checked)
 * @param cpuByThreads   the service's CPU over the same span by kind of thread ({@link ThreadGroupCpu})
 */
record SyncTiming(SessionResult session, Duration pull, Duration qbwcExchange, Duration total, Duration serviceCpu,
        long autotaskCalls, Instant t0, Instant firstMessageAt, Instant end, Map<String, QbwcBreakdown.Share> byKind,
        long startNanos, List<String> problems, Map<String, Double> cpuByThreads) {

    /** Seconds after t0 at which QuickBooks received the first message set of each request kind. */
    double secondsAfterT0(QbwcBreakdown.Share share) {
        return (share.firstAt() - startNanos) / 1e9;
    }
}
