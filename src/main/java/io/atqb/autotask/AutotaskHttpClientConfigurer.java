package io.atqb.autotask;

import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Configures the HTTP clients of the Autotask endpoints: no automatic retries (HttpClient would otherwise repeat 429
 * and 503 answers on its own, behind the retry policy's back), no cookies, and for the API endpoint the
 * {@code UserName}, {@code Secret} and {@code ApiIntegrationCode} headers, added to each request on the wire only, so
 * credentials never exist as Camel message headers (nothing in routes, traces or logs can show them).
 */
public final class AutotaskHttpClientConfigurer implements HttpClientConfigurer {

    private final AutotaskProperties credentials;

    private AutotaskHttpClientConfigurer(AutotaskProperties credentials) {
        this.credentials = credentials;
    }

    /** For calls to the zone: sends the API user's credentials. */
    public static AutotaskHttpClientConfigurer withCredentials(AutotaskProperties properties) {
        return new AutotaskHttpClientConfigurer(properties);
    }

    /** For zone discovery, which needs no credentials. */
    public static AutotaskHttpClientConfigurer withoutCredentials() {
        return new AutotaskHttpClientConfigurer(null);
    }

    @Override
    public void configureHttpClient(HttpClientBuilder clientBuilder) {
        clientBuilder.disableAutomaticRetries();
        clientBuilder.disableCookieManagement();
        if (credentials != null) {
            clientBuilder.addRequestInterceptorLast(new CredentialHeaders(credentials));
        }
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
