package io.atqb.autotask;

import static org.mockito.Mockito.mock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atqb.operations.OperationsRecorder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/** The hourly budget check before a full pull, at the edges of autotask.threshold-share (0.8 in these tests). */
class AutotaskBudgetRulesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);

    private final AutotaskBudget budget = new AutotaskBudget(
            TestProperties.properties("https://z.example/", TestProperties.retry(3, 5, 100, 1_000, 10_000)),
            mock(OperationsRecorder.class));
    private final PullStats stats = new PullStats(CLOCK);

    private Exchange exchangeWithStats() {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setProperty(AutotaskExchangeKeys.STATS, stats);
        return exchange;
    }

    private static AutotaskObject threshold(long used, long limit) {
        return new AutotaskObject("V1.0/ThresholdInformation",
                Map.of("externalRequestThreshold", limit, "currentTimeframeRequestCount", used));
    }

    @Test
    void shouldAskTheThresholdInformationWithAGet() {
        AutotaskRequest request = budget.thresholdRequest();

        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("V1.0/ThresholdInformation");
        assertThat(request.entity()).isEqualTo("ThresholdInformation");
    }

    @Test
    void shouldStartThePullWhenExactlyTheAllowedShareIsUsedAndRecordTheReading() {
        assertThatNoException().isThrownBy(() -> budget.check(threshold(400, 500), exchangeWithStats()));

        assertThat(stats.statistics().budgetUsed()).isEqualTo(400L);
        assertThat(stats.statistics().budgetLimit()).isEqualTo(500L);
    }

    @Test
    void shouldRefuseThePullOneRequestAboveTheAllowedShareAndSayTheNumbers() {
        Exchange exchange = exchangeWithStats();

        assertThatThrownBy(() -> budget.check(threshold(401, 500), exchange))
                .isInstanceOf(AutotaskException.class)
                .hasMessageContaining("used 401 of 500 requests in the current hour (80 %)")
                .hasMessageContaining("above the 80 % allowed")
                .hasMessageContaining("autotask.threshold-share");
        assertThat(stats.statistics().budgetUsed()).isEqualTo(401L);
    }

    @Test
    void shouldShowTheUsedShareRoundedWhenWellAboveTheLimit() {
        assertThatThrownBy(() -> budget.check(threshold(450, 500), exchangeWithStats()))
                .hasMessageContaining("(90 %)");
    }

    @Test
    void shouldStartWithAZeroLimitWhenNothingIsUsedAndCallAnyUseOfAZeroLimitFullyUsed() {
        assertThatNoException().isThrownBy(() -> budget.check(threshold(0, 0), exchangeWithStats()));

        assertThatThrownBy(() -> budget.check(threshold(1, 0), exchangeWithStats()))
                .hasMessageContaining("used 1 of 0 requests in the current hour (100 %)");
    }

    @Test
    void shouldCheckWithoutStatisticsWhenThePullKeepsNone() {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());

        assertThatNoException().isThrownBy(() -> budget.check(threshold(0, 500), exchange));
        assertThatThrownBy(() -> budget.check(threshold(500, 500), exchange)).isInstanceOf(AutotaskException.class);
    }
}
