package io.atqb.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import io.atqb.operations.OperationsRecorder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.component.http.HttpMethods;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/** The camel-http control headers of an Autotask call: full URL on the zone, the method as camel-http's enum. */
class AutotaskRequestsTest {

    private final AutotaskRequests requests = new AutotaskRequests(new AutotaskZone(
            TestProperties.properties("https://z.example", TestProperties.retry(3, 5, 100, 1_000, 10_000)),
            new AutotaskResponses(mock(OperationsRecorder.class)), java.time.Clock.systemUTC()));

    @Test
    void shouldSendAPatchWithItsJsonBodyAsCamelHttpsOwnMethod() {
        byte[] body = "{\"id\":5,\"externalPONumber\":\"TPO-5\"}".getBytes(StandardCharsets.UTF_8);
        Exchange exchange = exchange(AutotaskRequest.patch("PurchaseOrders", body));

        requests.prepare(exchange);

        assertThat(exchange.getIn().getHeader(Exchange.HTTP_METHOD)).isSameAs(HttpMethods.PATCH);
        assertThat(exchange.getIn().getHeader(Exchange.HTTP_URI)).isEqualTo("https://z.example/V1.0/PurchaseOrders");
        assertThat(exchange.getIn().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(exchange.getIn().getBody()).isSameAs(body);
    }

    @Test
    void shouldSendAGetWithoutBodyOrContentType() {
        Exchange exchange = exchange(AutotaskRequest.getItem("Products", 7, List.of("id", "name")));

        requests.prepare(exchange);

        assertThat(exchange.getIn().getHeader(Exchange.HTTP_METHOD)).isSameAs(HttpMethods.GET);
        assertThat(exchange.getIn().getHeader(Exchange.HTTP_URI)).isEqualTo("https://z.example/V1.0/Products/7");
        assertThat(exchange.getIn().getHeader(Exchange.CONTENT_TYPE)).isNull();
        assertThat(exchange.getIn().getBody()).isNull();
    }

    @Test
    void shouldSendAQueryPageAsPost() {
        Exchange exchange = exchange(AutotaskRequest.queryPage("Products", "{}".getBytes(StandardCharsets.UTF_8),
                List.of("id"), 0));

        requests.prepare(exchange);

        assertThat(exchange.getIn().getHeader(Exchange.HTTP_METHOD)).isSameAs(HttpMethods.POST);
    }

    @Test
    void shouldRefuseAMethodCamelHttpDoesNotKnow() {
        Exchange exchange = exchange(new AutotaskRequest("FETCH", "Products", "V1.0/Products", null, List.of(),
                AutotaskRequest.Shape.OBJECT, null));

        assertThatThrownBy(() -> requests.prepare(exchange)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FETCH");
    }

    private static Exchange exchange(AutotaskRequest request) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setProperty(AutotaskExchangeKeys.REQUEST, request);
        return exchange;
    }
}
