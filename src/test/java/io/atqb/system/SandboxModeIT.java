package io.atqb.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.AdminApi;
import io.atqb.ServiceInstance;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Sandbox mode, as a newcomer gets it from a fresh clone: with no Autotask user configured the service
 * syncs the demo tenant into the simulated QuickBooks company by itself, logs the outcome and shows it.
 */
@ExtendWith(OutputCaptureExtension.class)
class SandboxModeIT {

    static final String DEMO_OUTCOME = "Inventory sync: 2 adjusted, 5 created, 2 unchanged, 3 not synced, 3 failed";

    @Test
    void shouldRunACompleteSyncOfTheDemoTenantWithNothingConfigured(CapturedOutput output) throws Exception {
        int port = freePort();
        try (ServiceInstance service = ServiceInstance.start(Map.of(
                "server.port", Integer.toString(port),
                "spring.datasource.url", "jdbc:h2:file:" + Path.of("sandbox-" + UUID.randomUUID()).toAbsolutePath(),
                "atqb.sandbox.enabled", "",
                "autotask.username", "",
                "atqb.sandbox.first-poll-delay", "200ms",
                "atqb.sandbox.noop-delay", "200ms"))) {
            AdminApi api = new AdminApi(service.port());
            ObjectMapper json = new ObjectMapper();

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                JsonNode runs = json.readTree(api.get("/api/inventory-sync/runs").body());
                assertThat(runs).hasSize(1);
                assertThat(runs.get(0).get("message").asText()).isEqualTo(DEMO_OUTCOME);
            });
            JsonNode run = json.readTree(api.get("/api/inventory-sync/runs").body()).get(0);
            assertThat(run.get("trigger").asText()).isEqualTo("SANDBOX");
            assertThat(run.get("status").asText()).isEqualTo("COMPLETED_WITH_ERRORS");
            JsonNode history = json.readTree(api.get("/api/inventory-sync/runs/" + run.get("id").asLong() + "/history").body());
            assertThat(history).hasSize(15);
            JsonNode connector = json.readTree(api.get("/api/connectors").body()).get(0);
            assertThat(connector.get("default").asBoolean()).isTrue();
            assertThat(connector.get("syncInventoryNext").asBoolean()).isFalse();
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(output.getOut()).contains("SANDBOX MODE").contains("QuickBooks Web Connector shows: "
                            + DEMO_OUTCOME));
            assertThat(output.getOut()).doesNotContain("sandbox-secret").doesNotContain("SANDBOX0INTEGRATION0CODE000");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
