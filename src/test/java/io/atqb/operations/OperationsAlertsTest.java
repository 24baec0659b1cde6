package io.atqb.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.connector.WebConnectorRepository;
import io.atqb.system.PublicUrl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

class OperationsAlertsTest {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    final AlertRepository repository = mock(AlertRepository.class);
    final QbwcActivityRepository qbwc = mock(QbwcActivityRepository.class);
    final ProducerTemplate producer = mock(ProducerTemplate.class);
    final TransactionTemplate tx = inline();
    final List<AlertSignal> signals = new ArrayList<>();

    private OperationsAlerts alerts(String webhook, String mailTo) {
        NotifyProperties properties = new NotifyProperties(webhook, mailTo, "atqb@localhost", Duration.ofHours(24),
                true, 60_000, 0.8, 3, 100, 1000);
        doAnswer(call -> signals.add(call.getArgument(1))).when(producer)
                .sendBody(eq(OperationsAlerts.SIGNALS), any(AlertSignal.class));
        return new OperationsAlerts(properties, repository, qbwc, mock(WebConnectorRepository.class),
                new PublicUrl("https://atqb.example.com/", 8080), producer, tx, new ObjectMapper(),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void shouldRaiseOneConditionPerPurchaseOrderForAFailedTransfer() {
        OperationsAlerts alerts = alerts("https://hooks.example.com/x", "");

        alerts.purchaseOrderTransferEnded(31, 7, "FAILED", "QuickBooks refused the vendor");

        assertThat(signals).hasSize(1);
        Alert alert = signals.get(0).alert();
        assertThat(alert.condition()).isEqualTo("purchase-order-transfer:31");
        assertThat(alert.kind()).isEqualTo("purchase-order-transfer-failed");
        assertThat(alert.severity()).isEqualTo("error");
        assertThat(alert.title()).isEqualTo("Transfer 7 of purchase order 31 to QuickBooks ended FAILED");
        assertThat(alert.message()).isEqualTo("QuickBooks refused the vendor");
        assertThat(alert.link()).isEqualTo("https://atqb.example.com/purchase-orders");
        assertThat(alert.details()).containsEntry("transferId", 7L).containsEntry("status", "FAILED");
    }

    @Test
    void shouldWarnOfATransferCompletedWithErrorsAndClearOnlyOnSuccess() {
        OperationsAlerts alerts = alerts("", "ops@example.com");

        alerts.purchaseOrderTransferEnded(31, 8, "COMPLETED_WITH_ERRORS", null);
        alerts.purchaseOrderTransferEnded(31, 9, "PENDING", null);
        alerts.purchaseOrderTransferEnded(31, 10, "SUCCEEDED", null);

        assertThat(signals).hasSize(2);
        assertThat(signals.get(0).alert().kind()).isEqualTo("purchase-order-transfer-completed-with-errors");
        assertThat(signals.get(0).alert().severity()).isEqualTo("warning");
        assertThat(signals.get(0).alert().message()).isEmpty();
        assertThat(signals.get(1).raises()).isFalse();
        assertThat(signals.get(1).condition()).isEqualTo("purchase-order-transfer:31");
    }

    @Test
    void shouldSendNoSignalWhenNoChannelIsSetUp() {
        OperationsAlerts alerts = alerts("", " ");

        alerts.purchaseOrderTransferEnded(31, 7, "FAILED", "x");
        alerts.autotaskBudget(9000, 10000);

        verify(producer, never()).sendBody(anyString(), any());
    }

    @Test
    void shouldRaiseTheBudgetConditionOnlyAboveTheShare() {
        OperationsAlerts alerts = alerts("https://hooks.example.com/x", "");

        alerts.autotaskBudget(8000, 10000);
        alerts.autotaskBudget(8001, 10000);

        assertThat(signals.get(0).raises()).isFalse();
        assertThat(signals.get(1).raises()).isTrue();
        assertThat(signals.get(1).alert().title()).isEqualTo("Autotask API budget 80 % used in the current hour");
    }

    @Test
    void shouldCountQbwcSilenceFromTheLastCallAndClearBelowTheLimit() {
        OperationsAlerts alerts = alerts("https://hooks.example.com/x", "");
        when(qbwc.defaultConnectorLastPoll()).thenReturn(Optional.of(new QbwcActivityRepository.LastPoll(1, "Main",
                NOW.minus(Duration.ofHours(24)).plusMillis(1), true)), Optional.of(
                new QbwcActivityRepository.LastPoll(1, "Main", NOW.minus(Duration.ofHours(24)), true)));

        alerts.checkQbwcSilence();
        alerts.checkQbwcSilence();

        assertThat(signals.get(0).raises()).isFalse();
        assertThat(signals.get(0).condition()).isEqualTo("qbwc-silent:1");
        assertThat(signals.get(1).alert().title()).isEqualTo("QuickBooks Web Connector of 'Main' silent for 24 h");
        assertThat(signals.get(1).alert().link()).isEqualTo("https://atqb.example.com/connectors/1");
    }

    @Test
    void shouldSendAnAlertOnlyWhenItsConditionIsNewlyRaised() {
        OperationsAlerts alerts = alerts("https://hooks.example.com/x", "");
        Alert alert = new Alert("autotask-budget", "autotask-budget", "warning", "t", "m", null, NOW, Map.of());
        when(repository.raise("autotask-budget", "autotask-budget", "t", NOW)).thenReturn(true, false);

        assertThat(alerts.decide(AlertSignal.raised(alert))).isSameAs(alert);
        assertThat(alerts.decide(AlertSignal.raised(alert))).isNull();
        assertThat(alerts.decide(AlertSignal.cleared("autotask-budget"))).isNull();
        verify(repository).clear("autotask-budget");
    }

    @SuppressWarnings("unchecked")
    private static TransactionTemplate inline() {
        TransactionTemplate tx = mock(TransactionTemplate.class);
        when(tx.execute(any())).thenAnswer(call -> ((TransactionCallback<Object>) call.getArgument(0)).doInTransaction(
                null));
        return tx;
    }
}
