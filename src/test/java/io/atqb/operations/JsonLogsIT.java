package io.atqb.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.AdminApi;
import io.atqb.ServiceInstance;
import io.atqb.sandbox.autotask.SandboxAutotask;
import io.atqb.sandbox.autotask.SandboxAutotaskServer;
import io.atqb.sandbox.autotask.SandboxCredentials;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import io.atqb.sandbox.webconnector.SandboxWebConnector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs: one JSON object per log line, a sync's lines with its run id and connector. */
@ExtendWith(OutputCaptureExtension.class)
class JsonLogsIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final SandboxAutotask AUTOTASK = new SandboxAutotask(RoutesDirIT.tenant(), SandboxCredentials.demo());
    static final SandboxAutotaskServer SERVER = start();

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void shouldWriteJsonLinesAndGiveEverySyncLineItsRunAndConnector(CapturedOutput output) {
        long runId;
        long connectorId;
        try (ServiceInstance service = ServiceInstance.start(Map.of(
                "logging.structured.format.console", "ecs",
                "atqb.log-context", "true",
                "autotask.base-url", SERVER.zoneUrl(),
                "autotask.username", SandboxCredentials.demo().username(),
                "autotask.secret", SandboxCredentials.demo().secret(),
                "autotask.integration-code", SandboxCredentials.demo().integrationCode(),
                "camel.main.name", "json-logs-test"))) {
            AdminApi api = new AdminApi(service.port());
            JsonNode connector = json(api.post("/api/connectors", "{\"name\":\"Main company\",\"username\":\"qb-main\","
                    + "\"password\":\"qbwc-password\",\"companyFile\":\"C:\\\\QB\\\\main.qbw\"}").body());
            connectorId = connector.get("id").asLong();
            api.patch("/api/connectors/" + connectorId, "{\"syncInventoryNext\":true}");
            SandboxWebConnector.builder().endpoint(URI.create("http://127.0.0.1:" + service.port() + "/qbwc"))
                    .username("qb-main").password("qbwc-password").companyFilePath("C:\\QB\\main.qbw")
                    .company(SandboxCompanyFile.withStandardAccounts("Test Company"))
                    .noOpDelay(Duration.ofMillis(50)).maxNoOps(400).build().runSession();
            runId = json(api.get("/api/inventory-sync/runs").body()).get(0).get("id").asLong();
        }
        List<JsonNode> lines = jsonLines(output.getOut());
        List<JsonNode> syncLines = lines.stream()
                .filter(line -> line.path("message").asText().startsWith("Inventory sync run " + runId)).toList();

        assertThat(lines).isNotEmpty();
        assertThat(lines).allSatisfy(line -> assertThat(line.has("@timestamp") && line.path("log").has("level")).isTrue());
        assertThat(syncLines).extracting(line -> line.path("message").asText())
                .anyMatch(message -> message.contains("is planned"))
                .anyMatch(message -> message.contains("complete"));
        assertThat(syncLines).allSatisfy(line -> {
            assertThat(line.path("runId").asText()).isEqualTo(Long.toString(runId));
            assertThat(line.path("connectorId").asText()).isEqualTo(Long.toString(connectorId));
        });
        assertThat(output.getOut()).doesNotContain(SandboxCredentials.demo().secret()).doesNotContain("qbwc-password");
    }

    /** The lines of the output that are JSON objects (the test's own output around them is not). */
    private static List<JsonNode> jsonLines(String output) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.split("\\R")) {
            if (line.startsWith("{") && line.endsWith("}")) {
                lines.add(json(line));
            }
        }
        return lines;
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(text, e);
        }
    }

    private static SandboxAutotaskServer start() {
        try {
            return SandboxAutotaskServer.start(AUTOTASK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
