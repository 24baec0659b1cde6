package io.atqb.sandbox.autotask;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxAutotaskServerTest {

    private SandboxAutotaskServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        server = SandboxAutotaskServer.start(new SandboxAutotask(SandboxAutotaskDemoTenant.create(),
                SandboxCredentials.demo()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldServeQueriesOverHttpOnTheLoopbackWhenStartedOnARandomPort() throws Exception {
        SandboxCredentials credentials = SandboxCredentials.demo();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.zoneUrl() + "V1.0/Products/query"))
                .header("UserName", credentials.username())
                .header("Secret", credentials.secret())
                .header("ApiIntegrationCode", credentials.integrationCode())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"filter\":[{\"op\":\"eq\",\"field\":\"id\",\"value\":2005}]}"))
                .build();

        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(server.port()).isPositive();
        assertThat(server.baseUrl()).startsWith("http://127.0.0.1:");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .contains("application/json"));
        assertThat(response.body()).contains("Café Espresso Maschine Größe L");
        assertThat(server.autotask().stats().calls("Products", "query")).isEqualTo(1);
    }

    @Test
    void shouldAnswer401WithoutBodyWhenCredentialsAreMissing() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.zoneUrl() + "V1.0/ThresholdInformation"))
                .GET().build();

        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEmpty();
    }
}
