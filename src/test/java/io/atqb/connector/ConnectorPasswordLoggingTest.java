package io.atqb.connector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.AdminApi;
import io.atqb.ServiceTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * With every logger at DEBUG (and Spring MVC at TRACE, where it logs request bodies in full), a connector's password
 * sent to the admin API or to QBWC's authenticate, and the admin password, never reach the log.
 */
@ServiceTest
@TestPropertySource(properties = {"logging.level.root=DEBUG", "logging.level.org.springframework.web=TRACE"})
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class ConnectorPasswordLoggingTest {

    private static final String PASSWORD = "Recognisable-Pw-7731";
    private static final String CHANGED_PASSWORD = "Changed-Recognisable-Pw-4402";

    @LocalServerPort
    int port;
    final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldKeepConnectorAndAdminPasswordsOutOfADebugLog(CapturedOutput output) throws Exception {
        AdminApi api = new AdminApi(port);
        HttpResponse<String> created = api.post("/api/connectors",
                "{\"name\":\"Logged\",\"username\":\"logged-user\",\"password\":\"" + PASSWORD + "\"}");
        JsonNode connector = json.readTree(created.body());
        // raw SOAP, as QBWC sends it (a JAX-WS client in this JVM would log its own parameters at DEBUG)
        String envelope = Files.readString(Path.of("test-classes/qbwc/soap/authenticate-request.xml"))
                .replace("qbwc-user", "logged-user").replace("not-the-password", PASSWORD);
        HttpResponse<String> logIn = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/qbwc"))
                        .header("Content-Type", "text/xml; charset=utf-8")
                        .header("SOAPAction", "\"http://developer.intuit.com/authenticate\"")
                        .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> patched = api.patch("/api/connectors/" + connector.get("id").asLong(),
                "{\"password\":\"" + CHANGED_PASSWORD + "\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(logIn.body()).contains("<string>none</string>");
        assertThat(patched.statusCode()).isEqualTo(200);
        String log = output.getAll();
        assertThat(log).doesNotContain(PASSWORD).doesNotContain(CHANGED_PASSWORD)
                .doesNotContain(AdminApi.PASSWORD)
                .doesNotContain(Base64.getEncoder().encodeToString((AdminApi.USER + ":" + AdminApi.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)));
        // the log is at DEBUG and TRACE indeed: Spring MVC reported reading both bodies
        assertThat(log).contains("connector request with fields [name, username, password]")
                .contains("connector request with fields [password]");
    }
}
