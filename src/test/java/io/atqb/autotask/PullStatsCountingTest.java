package io.atqb.autotask;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The counters of one pull: calls per endpoint and in total, rows per entity, and the time since the start. */
class PullStatsCountingTest {

    @Test
    void shouldCountCallsPerEndpointAndInTotalAndTheTimeSinceTheStart() {
        TestClock clock = new TestClock(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);
        PullStats stats = new PullStats(clock);
        stats.call("V1.0/Products/query");
        stats.call("V1.0/Products/query");
        stats.call("V1.0/InventoryItems/query");
        stats.rows("Products", 5);
        stats.rows("Products", 0);
        clock.advance(Duration.ofMillis(1_500));

        PullStatistics statistics = stats.statistics();

        assertThat(statistics.calls()).isEqualTo(3);
        assertThat(statistics.calls("V1.0/Products/query")).isEqualTo(2);
        assertThat(statistics.calls("V1.0/Companies/query")).isZero();
        assertThat(statistics.rows("Products")).isEqualTo(5);
        assertThat(statistics.rows("InventoryItems")).isZero();
        assertThat(statistics.elapsed()).isEqualTo(Duration.ofMillis(1_500));
        assertThat(stats.started()).isEqualTo(Instant.parse("2026-03-10T12:00:00Z"));
        assertThat(statistics.budgetUsed()).isNull();
    }
}
