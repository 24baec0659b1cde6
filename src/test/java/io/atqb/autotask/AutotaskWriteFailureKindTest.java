package io.atqb.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;

import io.atqb.operations.OperationsRecorder;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/** How a failed answer to a write is classified: a 500 with messages refuses the data, other failures stay. */
class AutotaskWriteFailureKindTest {

    private static final AutotaskRequest PATCH = AutotaskRequest.patch("PurchaseOrders", "{}".getBytes());
    private static final AutotaskRequest GET = AutotaskRequest.getItem("PurchaseOrders", 1, java.util.List.of("id"));

    private static AutotaskCallException failure(AutotaskRequest request, int status, String body) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setProperty(AutotaskExchangeKeys.REQUEST, request);
        exchange.getIn().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getIn().setBody(body.getBytes(StandardCharsets.UTF_8));
        return catchThrowableOfType(AutotaskCallException.class, () -> new AutotaskResponses(mock(OperationsRecorder.class)).read(exchange));
    }

    @Test
    void shouldRejectAWriteAnswered500WithMessagesAndCallItARefusal() {
        AutotaskCallException refused = failure(PATCH, 500, "{\"errors\":[\"Object not found\"]}");

        assertThat(refused.kind()).isEqualTo(AutotaskFailureKind.REJECTED);
        assertThat(AutotaskPurchaseOrderWriteBack.isRefusal(refused)).isTrue();
        assertThat(refused.errors()).containsExactly("Object not found");
    }

    @Test
    void shouldKeepRetryingAWriteAnswered500WithoutMessagesOr503OrThrottled() {
        assertThat(failure(PATCH, 500, "").kind()).isEqualTo(AutotaskFailureKind.SERVER_ERROR);
        assertThat(failure(PATCH, 503, "{\"errors\":[\"Service Unavailable\"]}").kind())
                .isEqualTo(AutotaskFailureKind.SERVER_ERROR);
        assertThat(failure(PATCH, 429, "{\"errors\":[\"slow down\"]}").kind()).isEqualTo(AutotaskFailureKind.THROTTLED);
        assertThat(failure(PATCH, 500, "{\"errors\":[\"Thread Threshold Exceeded\"]}").kind())
                .isEqualTo(AutotaskFailureKind.THROTTLED);
        assertThat(AutotaskPurchaseOrderWriteBack.isRefusal(failure(PATCH, 503, "{\"errors\":[\"x\"]}"))).isFalse();
    }

    @Test
    void shouldKeepARead500WithAMessageRetryableAndCallA4xxWriteARefusal() {
        assertThat(failure(GET, 500, "{\"errors\":[\"Object not found\"]}").kind())
                .isEqualTo(AutotaskFailureKind.SERVER_ERROR);
        AutotaskCallException forbidden = failure(PATCH, 403, "");
        assertThat(forbidden.kind()).isEqualTo(AutotaskFailureKind.REJECTED);
        assertThat(AutotaskPurchaseOrderWriteBack.isRefusal(forbidden)).isTrue();
        assertThat(AutotaskPurchaseOrderWriteBack.isRefusal(failure(PATCH, 401, ""))).isFalse();
    }
}
