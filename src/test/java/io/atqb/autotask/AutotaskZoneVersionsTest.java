package io.atqb.autotask;

import static org.mockito.Mockito.mock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atqb.operations.OperationsRecorder;
import java.nio.charset.StandardCharsets;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Zone discovery reads versioninformation in every shape real zones and broken proxies answer: it speaks V1.0 only,
 * never picks another listed version, and goes on with V1.0 (with a warning) when the list is missing or odd.
 */
@ExtendWith(OutputCaptureExtension.class)
class AutotaskZoneVersionsTest {

    private static final String WARNING = "going on with V1.0";

    private final CamelContext camel = new DefaultCamelContext();
    private final AutotaskZone zone = new AutotaskZone(
            TestProperties.properties("", TestProperties.retry(1, 1, 1, 1, 1)), new AutotaskResponses(mock(OperationsRecorder.class)));

    @AfterEach
    void closeCamel() throws Exception {
        camel.close();
    }

    private Exchange answer(int status, String body) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getIn().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getIn().setBody(body.getBytes(StandardCharsets.UTF_8));
        return exchange;
    }

    /** The zoneInformation call discovery makes after reading the versions. */
    private String nextLookup(Exchange exchange) {
        zone.zoneRequest(exchange);
        return exchange.getIn().getHeader(Exchange.HTTP_URI, String.class);
    }

    @Test
    void shouldUseV1WhenTheZoneAlsoListsALaterVersionWithoutZoneInformation(CapturedOutput output) {
        Exchange exchange = answer(200, "{\"apiVersions\":[\"V1.0\",\"V2.0\"]}");

        zone.acceptVersions(exchange);

        assertThat(nextLookup(exchange)).isEqualTo("https://lookup.example/atservicesrest/V1.0/zoneInformation");
        assertThat(output.getAll()).doesNotContain(WARNING);
    }

    @Test
    void shouldUseV1WhenItIsListedAfterALaterVersion(CapturedOutput output) {
        Exchange exchange = answer(200, "{\"apiVersions\":[\"V2.0\",\"v1.0\"]}");

        zone.acceptVersions(exchange);

        assertThat(nextLookup(exchange)).endsWith("/V1.0/zoneInformation");
        assertThat(output.getAll()).doesNotContain(WARNING);
    }

    @Test
    void shouldAcceptTheVersionWrittenWithoutItsV(CapturedOutput output) {
        zone.acceptVersions(answer(200, "{\"apiVersions\":[\" 1.0 \"]}"));

        assertThat(output.getAll()).doesNotContain(WARNING);
    }

    @Test
    void shouldGoOnWithV1AndWarnWhenOnlyOtherVersionsAreListed(CapturedOutput output) {
        Exchange exchange = answer(200, "{\"apiVersions\":[\"V2.0\",\"1.01\"]}");

        zone.acceptVersions(exchange);

        assertThat(nextLookup(exchange)).endsWith("/V1.0/zoneInformation");
        assertThat(output.getAll()).contains("Autotask versioninformation does not list V1.0"
                + " (apiVersions: [V2.0, 1.01]); going on with V1.0");
    }

    @Test
    void shouldGoOnWithV1AndWarnWhenTheListIsMissing(CapturedOutput output) {
        zone.acceptVersions(answer(200, "{\"versions\":[\"V1.0\"]}"));

        assertThat(output.getAll()).contains("does not list V1.0 (apiVersions: []); " + WARNING);
    }

    @Test
    void shouldGoOnWithV1AndWarnWhenTheListIsEmpty(CapturedOutput output) {
        zone.acceptVersions(answer(200, "{\"apiVersions\":[]}"));

        assertThat(output.getAll()).contains("does not list V1.0 (apiVersions: []); " + WARNING);
    }

    @Test
    void shouldGoOnWithV1AndWarnWhenTheListHoldsNoText(CapturedOutput output) {
        zone.acceptVersions(answer(200, "{\"apiVersions\":[1.0,{\"name\":\"V1.0\"},null]}"));

        assertThat(output.getAll()).contains("does not list V1.0 (apiVersions: [1.0]); " + WARNING);
    }

    @Test
    void shouldGoOnWithV1AndWarnOnOneLineWhenTheAnswerIsNotJson(CapturedOutput output) {
        Exchange exchange = answer(200, "<html>\nForged: log line\n</html>");

        zone.acceptVersions(exchange);

        assertThat(nextLookup(exchange)).endsWith("/V1.0/zoneInformation");
        assertThat(output.getAll()).contains("Autotask versioninformation answered something unreadable (")
                .contains(WARNING).doesNotContain("\nForged");
    }

    @Test
    void shouldFailWhenTheLookupAnswersAnErrorStatus() {
        assertThatThrownBy(() -> zone.acceptVersions(answer(503, "{\"errors\":[\"Service Unavailable\"]}")))
                .isInstanceOf(AutotaskCallException.class)
                .satisfies(e -> assertThat(((AutotaskCallException) e).status()).isEqualTo(503));
    }
}
