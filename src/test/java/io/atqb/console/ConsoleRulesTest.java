package io.atqb.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The console's small rules at their edges: overdue QBWC, durations, the PO search's way back, the name search. */
class ConsoleRulesTest {

    static final Instant NOW = Instant.parse("2026-03-05T12:00:00Z");

    @Test
    void shouldCallQbwcOverdueOnlyOnceItsIntervalHasPassed() {
        assertThat(Dashboard.overdue(NOW.minus(Duration.ofMinutes(15)), 15, NOW)).isFalse();
        assertThat(Dashboard.overdue(NOW.minus(Duration.ofMinutes(15)).minusMillis(1), 15, NOW)).isTrue();
        assertThat(Dashboard.overdue(NOW, 1, NOW)).isFalse();
    }

    @Test
    void shouldCallAConnectorThatNeverPolledOverdue() {
        assertThat(Dashboard.overdue(null, 1440, NOW)).isTrue();
    }

    @Test
    void shouldWriteDurationsInTheirTwoLargestUnits() {
        assertThat(ConsoleFormat.span(Duration.ofMillis(250))).isEqualTo("250 ms");
        assertThat(ConsoleFormat.span(Duration.ofSeconds(1))).isEqualTo("1 s");
        assertThat(ConsoleFormat.span(Duration.ofSeconds(59))).isEqualTo("59 s");
        assertThat(ConsoleFormat.span(Duration.ofSeconds(60))).isEqualTo("1 min 0 s");
        assertThat(ConsoleFormat.span(Duration.ofSeconds(125))).isEqualTo("2 min 5 s");
        assertThat(ConsoleFormat.span(Duration.ofMinutes(60))).isEqualTo("1 h 0 min");
        assertThat(ConsoleFormat.span(Duration.ofHours(50))).isEqualTo("2 d 2 h");
        assertThat(ConsoleFormat.span(Duration.ofSeconds(-5))).isEqualTo("0 ms");
    }

    @Test
    void shouldWriteAMissingTimeAsADash() {
        ConsoleFormat format = new ConsoleFormat();
        assertThat(format.at(null)).isEqualTo("—");
        assertThat(format.at(NOW)).isEqualTo("2026-03-05 12:00:00 UTC");
        assertThat(format.duration(NOW, null)).isEqualTo("—");
    }

    @Test
    void shouldReturnToTheSearchWithOnlyItsOwnFilters() {
        assertThat(PurchaseOrderPagesController.safeQuery("needsResync=true&number=PO-1&page=2"))
                .isEqualTo("?number=PO-1&needsResync=true&page=2");
        assertThat(PurchaseOrderPagesController.safeQuery("vendor=Acme%20%26%20Sons"))
                .isEqualTo("?vendor=Acme%20%26%20Sons");
        assertThat(PurchaseOrderPagesController.safeQuery("")).isEmpty();
        assertThat(PurchaseOrderPagesController.safeQuery(null)).isEmpty();
    }

    @Test
    void shouldNeverReturnAnywhereButTheSearch() {
        assertThat(PurchaseOrderPagesController.safeQuery("//evil.example/x")).isEmpty();
        assertThat(PurchaseOrderPagesController.safeQuery("next=https://evil.example&page=x")).isEmpty();
        assertThat(PurchaseOrderPagesController.safeQuery("page=1\r\nLocation: https://evil.example")).isEmpty();
        assertThat(PurchaseOrderPagesController.safeQuery("number=a%0d%0ab")).isEqualTo("?number=a%0D%0Ab");
    }

    @Test
    void shouldCarryTheHistoryFilterIntoLinksEncoded() {
        assertThat(HistoryFilter.none().query(1)).isEmpty();
        assertThat(HistoryFilter.none().query(2)).isEqualTo("?page=2");
        assertThat(new HistoryFilter(io.atqb.history.HistoryEntry.Action.NOT_SYNCED,
                io.atqb.history.HistoryEntry.Severity.ERROR, "Kit & Co #1").query(3))
                .isEqualTo("?action=NOT_SYNCED&severity=ERROR&q=Kit%20%26%20Co%20%231&page=3");
    }

    @Test
    void shouldSearchNamesLiterallyWithoutRegardToCase() {
        assertThat(new HistoryFilter(null, null, "Cotton_Rag 100%").namePattern()).isEqualTo("%cotton\\_rag 100\\%%");
        assertThat(new HistoryFilter(null, null, "back\\slash").namePattern()).isEqualTo("%back\\\\slash%");
        assertThat(new HistoryFilter(null, null, "   ").namePattern()).isNull();
        assertThat(new HistoryFilter(null, null, "x".repeat(HistoryFilter.MAX_SEARCH + 1)).itemName())
                .hasSize(HistoryFilter.MAX_SEARCH);
    }
}
