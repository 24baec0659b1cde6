package io.atqb.autotask;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.http.HttpMethods;
import org.springframework.stereotype.Component;

/**
 * Turns the exchange's {@code autotaskRequest} into the camel-http control headers (full URL on the zone, method,
 * JSON content type) and body, and counts the call. Credentials are not set here: the HTTP client adds them to the
 * wire request only (see {@link AutotaskHttpClientConfigurer}), so they never sit on a Camel message.
 */
@Component("autotaskRequests")
public class AutotaskRequests {

    private final AutotaskZone zone;

    public AutotaskRequests(AutotaskZone zone) {
        this.zone = zone;
    }

    public void prepare(Exchange exchange) {
        AutotaskRequest request = exchange.getProperty(AutotaskExchangeKeys.REQUEST, AutotaskRequest.class);
        if (request == null) {
            throw new IllegalStateException("direct:autotask-call needs an AutotaskRequest body");
        }
        String baseUrl = zone.baseUrl();
        exchange.setProperty(AutotaskExchangeKeys.BASE_URL, baseUrl);
        Message in = exchange.getIn();
        in.setHeader(Exchange.HTTP_URI, baseUrl + request.path());
        // the enum camel-http reads, so it need not look up a converter from the text for every call
        in.setHeader(Exchange.HTTP_METHOD, HttpMethods.valueOf(request.method()));
        if (request.body() != null) {
            in.setHeader(Exchange.CONTENT_TYPE, "application/json");
        }
        in.setBody(request.body());
        PullStats stats = exchange.getProperty(AutotaskExchangeKeys.STATS, PullStats.class);
        if (stats != null) {
            stats.call(request.entity());
        }
    }
}
