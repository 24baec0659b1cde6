package io.atqb.autotask;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/** The steps of the paging loop route around a PagedPull: open, the loop condition, the request, the fold. */
class AutotaskPagingStepsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);
    private static final List<String> FIELDS = List.of("id", "name");

    private final AutotaskPaging paging = new AutotaskPaging();
    private final List<Long> seen = new ArrayList<>();
    private final Exchange exchange = new DefaultExchange(new DefaultCamelContext());

    private static AutotaskRow row(long id) {
        return new AutotaskRow("Products", AutotaskJsonReader.fieldIndex(FIELDS), new Object[] {id, "p" + id},
                new boolean[] {true, true}, id);
    }

    private static AutotaskPage page(long... ids) {
        return new AutotaskPage("Products", LongStream.of(ids).mapToObj(AutotaskPagingStepsTest::row).toList(),
                ids.length);
    }

    private PagedPull pull(int pageSize) {
        return new PagedPull(AutotaskQuery.all("Products", FIELDS, List.of()), row -> seen.add(row.id()), pageSize,
                10);
    }

    private static SnapshotAccumulator accumulator() {
        return new SnapshotAccumulator(SnapshotRequest.withoutLedger(), InventorySource.InventoryItems,
                new PullStats(CLOCK), false);
    }

    @Test
    void shouldKeepThePullOnTheExchangeWhenPagingOpens() {
        PagedPull pull = pull(3);

        paging.open(pull, exchange);

        assertThat(exchange.getProperty(AutotaskExchangeKeys.PAGED_PULL)).isSameAs(pull);
    }

    @Test
    void shouldAskForTheNextPageWhileTheQueryHasPagesLeft() {
        PagedPull pull = pull(3);

        assertThat(paging.hasMorePages(pull, null)).isTrue();
        assertThat(paging.hasMorePages(pull, accumulator())).isTrue();
        assertThat(paging.nextRequest(pull).describe()).isEqualTo("V1.0/Products/query (page after id 0)");
    }

    @Test
    void shouldStopPagingAfterTheLastShortPage() {
        PagedPull pull = pull(3);
        paging.accept(page(1, 2), pull, exchange);

        assertThat(paging.hasMorePages(pull, null)).isFalse();
        assertThat(paging.hasMorePages(pull, accumulator())).isFalse();
    }

    @Test
    void shouldStopPagingWhenAnotherPartOfThePullFailed() {
        SnapshotAccumulator snapshot = accumulator();
        snapshot.abort(new IOException("connection reset"));

        assertThat(paging.hasMorePages(pull(3), snapshot)).isFalse();
    }

    @Test
    void shouldCountTheNewRowsAndTheRepeatedOnesOfEachPage() {
        PullStats stats = new PullStats(CLOCK);
        exchange.setProperty(AutotaskExchangeKeys.STATS, stats);
        PagedPull pull = pull(3);

        paging.accept(page(1, 2, 3), pull, exchange);
        paging.accept(page(2, 3, 4), pull, exchange);
        paging.accept(page(4, 5, 6), pull, exchange);

        assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(stats.statistics().rows("Products")).isEqualTo(6);
        assertThat(stats.statistics().duplicateRowsSkipped()).isEqualTo(3);
        assertThat(pull.query().entity()).isEqualTo("Products");
    }

    @Test
    void shouldFoldPagesWithoutStatisticsWhenThePullKeepsNone() {
        PagedPull pull = pull(3);

        paging.accept(page(5), pull, exchange);

        assertThat(seen).containsExactly(5L);
        assertThat(pull.rows()).isEqualTo(1);
    }
}
