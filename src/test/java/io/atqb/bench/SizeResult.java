package io.atqb.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The figures of one benchmark size.
 *
 * @param size               the tenant size
 * @param expected           what the sync had to do
 * @param pull               t0 (arming) to the end of the last Autotask call of the run
 * @param baseline           the baseline's pull of the same pages
 * @param autotaskCalls      Autotask calls the service made during the run
 * @param minimum            the fewest calls possible
 * @param baselineCalls      calls the baseline made
 * @param roundTrips         qbXML message sets served (messagesExchanged)
 * @param bytesToService     bytes the Web Connector sent (SOAP requests carrying QuickBooks' responses)
 * @param bytesFromService   bytes the Web Connector received (SOAP responses carrying qbXML requests)
 * @param qbwcExchange       QuickBooks' first message set to the end of the session
 * @param total              t0 to the end of the session
 * @param heap               the service's GC log over its whole life
 * @param heapDuringSync     the same between t0 and the end of the session
 * @param serviceCpu         CPU time the service used between t0 and the end of the session
 * @param noOps              NoOps the Web Connector waited through
 * @param adjustmentLines    adjustment lines QuickBooks posted
 * @param t0                 when the sync was armed
 * @param phases             service log phases (armed, snapshot, planned, complete) and their times
 * @param qbwcByKind         the QBWC exchange by the request kind of each message set
 * @param setup              how long the preparation steps took (not part of any figure)
 * @param problems           what was wrong with the sync (empty when it was right)
 */
record SizeResult(BenchSize size, SyncExpectations expected, Duration pull, BaselinePull.Result baseline,
        long autotaskCalls, AutotaskCallMinimum minimum, long baselineCalls, int roundTrips, long bytesToService,
        long bytesFromService, Duration qbwcExchange, Duration total, GcLog heap, GcLog heapDuringSync,
        Duration serviceCpu, int noOps, int adjustmentLines, Instant t0, Map<String, Instant> phases,
        Map<String, QbwcBreakdown.Share> qbwcByKind, Map<String, Duration> setup, List<String> problems) {

    double pullToBaseline() {
        return seconds(pull) / seconds(baseline.elapsed());
    }

    static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
