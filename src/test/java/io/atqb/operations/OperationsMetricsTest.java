package io.atqb.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperationsMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final OperationsMetrics metrics = new OperationsMetrics(registry);

    @Test
    void shouldCountATransferThatEndedByItsStatus() {
        metrics.purchaseOrderTransferEnded(31, 7, "FAILED", "QuickBooks refused the vendor");
        metrics.purchaseOrderTransferEnded(32, 8, "SUCCEEDED", null);
        metrics.purchaseOrderTransferEnded(33, 9, "FAILED", "again");

        assertThat(count(OperationsMetrics.PO_TRANSFERS, "status", "FAILED")).isEqualTo(2.0);
        assertThat(count(OperationsMetrics.PO_TRANSFERS, "status", "SUCCEEDED")).isEqualTo(1.0);
        assertThat(count(OperationsMetrics.PO_TRANSFERS, "status", "COMPLETED_WITH_ERRORS")).isZero();
    }

    @Test
    void shouldShowEveryRunAndTransferStatusAtZeroBeforeTheFirstEnds() {
        for (String status : new String[] {"SUCCEEDED", "COMPLETED_WITH_ERRORS", "FAILED"}) {
            assertThat(count(OperationsMetrics.SYNC_RUNS, "status", status)).isZero();
            assertThat(count(OperationsMetrics.PO_TRANSFERS, "status", status)).isZero();
        }
    }

    @Test
    void shouldCountARunItsDurationAndItsItemsByAction() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("ADJUSTED", 2);
        counts.put("CREATED", 5);
        counts.put("FAILED", 0);

        metrics.syncRunEnded("COMPLETED_WITH_ERRORS", Duration.ofSeconds(90), counts);
        metrics.syncRunEnded("COMPLETED_WITH_ERRORS", Duration.ofSeconds(-1), Map.of("ADJUSTED", 1));

        assertThat(count(OperationsMetrics.SYNC_RUNS, "status", "COMPLETED_WITH_ERRORS")).isEqualTo(2.0);
        assertThat(count(OperationsMetrics.SYNC_ITEMS, "action", "ADJUSTED")).isEqualTo(3.0);
        assertThat(count(OperationsMetrics.SYNC_ITEMS, "action", "CREATED")).isEqualTo(5.0);
        assertThat(count(OperationsMetrics.SYNC_ITEMS, "action", "FAILED")).isZero();
        assertThat(registry.get(OperationsMetrics.SYNC_DURATION).tag("status", "COMPLETED_WITH_ERRORS").timer()
                .totalTime(java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(90.0);
    }

    @Test
    void shouldShowTheLastBudgetShareReadAndAFullShareForANonPositiveLimit() {
        metrics.autotaskBudget(2500, 10000);
        double quarter = registry.get(OperationsMetrics.AUTOTASK_BUDGET_SHARE).gauge().value();
        metrics.autotaskBudget(5, 0);

        assertThat(quarter).isEqualTo(0.25);
        assertThat(registry.get(OperationsMetrics.AUTOTASK_BUDGET_SHARE).gauge().value()).isEqualTo(1.0);
    }

    @Test
    void shouldCountAutotaskCallsWithTheOutcomeInLowerCase() {
        metrics.autotaskCall("Products", "ok");
        metrics.autotaskCall("Products", "THROTTLED");

        assertThat(registry.get(OperationsMetrics.AUTOTASK_CALLS).tags("entity", "Products", "outcome", "throttled")
                .counter().count()).isEqualTo(1.0);
        assertThat(registry.get(OperationsMetrics.AUTOTASK_CALLS).tags("entity", "Products", "outcome", "ok")
                .counter().count()).isEqualTo(1.0);
    }

    @Test
    void shouldCountARoundTripOnlyWhenQuickBooksAnswerCameBack() {
        metrics.qbwcRequestSent(1200);
        metrics.qbwcRequestSent(800);
        metrics.qbwcResponseReceived(3000);

        assertThat(registry.get(OperationsMetrics.QBWC_ROUND_TRIPS).counter().count()).isEqualTo(1.0);
        assertThat(count(OperationsMetrics.QBWC_BYTES, "direction", "sent")).isEqualTo(2000.0);
        assertThat(count(OperationsMetrics.QBWC_BYTES, "direction", "received")).isEqualTo(3000.0);
    }

    private double count(String name, String tag, String value) {
        return registry.get(name).tag(tag, value).counter().count();
    }
}
