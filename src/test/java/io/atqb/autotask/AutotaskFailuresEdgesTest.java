package io.atqb.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/** What leaves the Autotask routes when a call fails: always an AutotaskException, with a message that says why. */
class AutotaskFailuresEdgesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);

    private static SnapshotAccumulator accumulator() {
        return new SnapshotAccumulator(SnapshotRequest.withoutLedger(), InventorySource.InventoryItems,
                new PullStats(CLOCK), false);
    }

    @Test
    void shouldDescribeAnAnswerWithoutMessagesAnErrorInAnOkAnswerAndRejectedCredentials() {
        AutotaskCallException silent = AutotaskCallException.answered("Products", "V1.0/Products/query", 500,
                List.of(), null, null);
        AutotaskCallException inOk = AutotaskCallException.answered("Products", "V1.0/Products/query", 200,
                List.of("Invalid filter", "Unknown field"), null, null);
        AutotaskCallException unauthorized = AutotaskCallException.answered("Products", "V1.0/Products/query", 401,
                List.of(), null, "https://z.example/");

        assertThat(silent.getMessage()).isEqualTo("Autotask answered HTTP 500 to V1.0/Products/query: no error message");
        assertThat(inOk.getMessage()).isEqualTo(
                "Autotask answered V1.0/Products/query with errors (HTTP 200): Invalid filter; Unknown field");
        assertThat(inOk.kind()).isEqualTo(AutotaskFailureKind.REJECTED);
        assertThat(inOk.errors()).containsExactly("Invalid filter", "Unknown field");
        assertThat(unauthorized.getMessage()).isEqualTo("Autotask rejected the API credentials (HTTP 401) for "
                + "V1.0/Products/query; check autotask.username and autotask.secret");
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.endpoint()).isEqualTo("V1.0/Products/query");
        assertThat(unauthorized.errors()).isEmpty();
        assertThat(unauthorized.baseUrl()).isEqualTo("https://z.example/");
    }

    @Test
    void shouldFindTheAutotaskExceptionDeepInTheCauseChain() {
        AutotaskException autotask = new AutotaskException("budget used", "ThresholdInformation", null, null);

        assertThat(AutotaskFailures.unwrap(new IllegalStateException(new RuntimeException(autotask))))
                .isSameAs(autotask);
    }

    @Test
    void shouldNameTheRootOfAnUnexpectedFailure() {
        AutotaskException wrapped = AutotaskFailures.unwrap(
                new UncheckedIOException("reading", new IOException("connection reset")));
        AutotaskException withoutMessage = AutotaskFailures.unwrap(new IllegalStateException());
        AutotaskException nothing = AutotaskFailures.unwrap(null);

        assertThat(wrapped.getMessage()).isEqualTo("Autotask pull failed unexpectedly: IOException: connection reset");
        assertThat(withoutMessage.getMessage())
                .isEqualTo("Autotask pull failed unexpectedly: IllegalStateException");
        assertThat(nothing.getMessage()).isEqualTo("Autotask pull failed unexpectedly: unknown error");
    }

    @Test
    void shouldRethrowThePullsFirstFailureRatherThanTheOneCamelCaught() {
        AutotaskException first = new AutotaskException("first", "Products", null, null);
        SnapshotAccumulator pull = accumulator();
        pull.abort(first);
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setProperty(AutotaskExchangeKeys.ACCUMULATOR, pull);
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, new AutotaskException("later", "Products", null, null));

        assertThatThrownBy(() -> new AutotaskFailures().rethrow(exchange)).isSameAs(first);
    }

    @Test
    void shouldRethrowWhatCamelCaughtWhenThePullHasNoFailureOrNoPull() {
        AutotaskException caught = new AutotaskException("caught", "Products", null, null);
        Exchange withPull = new DefaultExchange(new DefaultCamelContext());
        withPull.setProperty(AutotaskExchangeKeys.ACCUMULATOR, accumulator());
        withPull.setProperty(Exchange.EXCEPTION_CAUGHT, caught);
        Exchange withoutPull = new DefaultExchange(new DefaultCamelContext());
        withoutPull.setProperty(Exchange.EXCEPTION_CAUGHT, caught);

        assertThatThrownBy(() -> new AutotaskFailures().rethrow(withPull)).isSameAs(caught);
        assertThatThrownBy(() -> new AutotaskFailures().rethrow(withoutPull)).isSameAs(caught);
    }
}
