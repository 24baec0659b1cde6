package io.atqb.autotask;

import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.springframework.stereotype.Component;

/**
 * Configures the HTTP client of the Autotask API endpoint: it adds the {@code UserName}, {@code Secret} and
 * {@code ApiIntegrationCode} headers to each request on the wire, so credentials never exist as Camel message headers
 * (nothing in routes, traces or logs can show them), and it keeps no cookies.
 */
@Component("autotaskHttpClientConfigurer")
public class AutotaskHttpClientConfigurer implements HttpClientConfigurer {

    private final AutotaskProperties properties;

    public AutotaskHttpClientConfigurer(AutotaskProperties properties) {
        this.properties = properties;
    }

    @Override
    public void configureHttpClient(HttpClientBuilder clientBuilder) {
        clientBuilder.addRequestInterceptorLast(new CredentialHeaders(properties));
        clientBuilder.disableCookieManagement();
    }

    /** Sets the API user headers on every outgoing request. */
    private static final class CredentialHeaders implements HttpRequestInterceptor {

        private final AutotaskProperties properties;

        CredentialHeaders(AutotaskProperties properties) {
            this.properties = properties;
        }

        @Override
        public void process(HttpRequest request, EntityDetails entity, HttpContext context) {
            request.setHeader("ApiIntegrationCode", properties.integrationCode());
            request.setHeader("UserName", properties.username());
            request.setHeader("Secret", properties.secret());
            request.setHeader("Accept", "application/json");
        }

        @Override
        public String toString() {
            return "AutotaskCredentialHeaders";
        }
    }
}
