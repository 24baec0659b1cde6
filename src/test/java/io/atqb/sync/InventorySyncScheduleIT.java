package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.atqb.AdminApi;
import io.atqb.ServiceTest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** The Quartz schedule arms the complete sync on the default connector. */
@ServiceTest
@DirtiesContext
@TestPropertySource(properties = {
        "atqb.sync.inventory.cron=0/1 * * * * ?",
        "atqb.sync.inventory.time-zone=Europe/Zurich",
        "camel.main.name=schedule-test",
        "autotask.base-url=http://127.0.0.1:9/ATServicesRest/",
        "autotask.username=nobody", "autotask.secret=none", "autotask.integration-code=none",
        "autotask.retry.max-5xx-retries=0"})
class InventorySyncScheduleIT {

    @LocalServerPort
    int port;
    @Autowired
    CamelContext camel;

    @Test
    void shouldArmTheDefaultConnectorOnTheScheduleAndNotStackRuns() {
        AdminApi api = new AdminApi(port);
        long id = SyncScenario.json(api.post("/api/connectors",
                "{\"name\":\"Scheduled\",\"username\":\"scheduled\",\"password\":\"scheduled-pw\"}")).get("id").asLong();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(SyncScenario.json(api.get("/api/connectors/" + id)).get("syncInventoryNext").asBoolean())
                        .isTrue());
        JsonNode run = SyncScenario.latestRun(api);

        assertThat(camel.getRoute(SyncRoutes.SCHEDULE)).isNotNull();
        assertThat(run.get("trigger").asText()).isEqualTo("SCHEDULE");
        assertThat(run.get("connectorId").asLong()).isEqualTo(id);
        // Autotask is unreachable here: the run fails with the reason and the flag stays armed
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(SyncScenario.latestRun(api).get("status").asText()).isEqualTo("FAILED"));
        assertThat(SyncScenario.latestRun(api).get("message").asText()).contains("Connection refused");
        // while that run's job is open, later firings start no new run: wait for two more firings, then count
        NotifyBuilder twoMoreFirings = new NotifyBuilder(camel).fromRoute(SyncRoutes.SCHEDULE).whenCompleted(2).create();
        assertThat(twoMoreFirings.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(SyncScenario.json(api.get("/api/inventory-sync/runs"))).hasSize(1);
        assertThat(SyncScenario.json(api.get("/api/connectors/" + id)).get("syncInventoryNext").asBoolean()).isTrue();
    }
}
