package io.atqb.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The figures of one benchmark size.
 *
 * @param size            the tenant size
 * @param expected        what the sync had to do
 * @param sync            the timed sync
 * @param baseline        the baseline's pull of the same pages
 * @param minimum         the fewest Autotask calls possible
 * @param heap            the service's GC log over its whole life
 * @param heapDuringSync  the same between t0 and the end of the session
 * @param liveSetBytes    the service's live objects after the sync, its working rows removed ({@link LiveSet}); -1
 *                        when jcmd could not tell
 * @param adjustmentLines adjustment lines QuickBooks posted
 * @param phases          service log phases (armed, snapshot, planned, complete) and QuickBooks' first message
 * @param secondSync      a second sync in the same (warm) service, or null when not asked for
 * @param warmBaseline    the baseline again in the warmed-up bench JVM (baseline itself ran in a fresh JVM)
 * @param setup           how long the preparation steps took (not part of any figure)
 * @param problems        what was wrong with the sync (empty when it was right)
 */
record SizeResult(BenchSize size, SyncExpectations expected, SyncTiming sync, BaselinePull.Result baseline,
        AutotaskCallMinimum minimum, GcLog heap, GcLog heapDuringSync, long liveSetBytes, int adjustmentLines,
        Map<String, Instant> phases, SyncTiming secondSync, BaselinePull.Result warmBaseline,
        Map<String, Duration> setup, List<String> problems) {

    /** The first Autotask call of the run to the end of its last one. */
    Duration pull() {
        return sync.pull();
    }

    /** QuickBooks' first message set to the end of the session. */
    Duration qbwcExchange() {
        return sync.qbwcExchange();
    }

    /** t0 to the end of the session. */
    Duration total() {
        return sync.total();
    }

    Duration serviceCpu() {
        return sync.serviceCpu();
    }

    long autotaskCalls() {
        return sync.autotaskCalls();
    }

    /** qbXML message sets served (messagesExchanged). */
    int roundTrips() {
        return sync.session().messagesExchanged();
    }

    /** Bytes the service sent to the Web Connector (SOAP answers carrying qbXML requests). */
    long bytesFromService() {
        return sync.session().bytesReceived();
    }

    /** Bytes the service received from the Web Connector (SOAP requests carrying QuickBooks' responses). */
    long bytesToService() {
        return sync.session().bytesSent();
    }

    int noOps() {
        return sync.session().noOps();
    }

    Instant t0() {
        return sync.t0();
    }

    double pullToBaseline() {
        return seconds(pull()) / seconds(baseline.elapsed());
    }

    static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
