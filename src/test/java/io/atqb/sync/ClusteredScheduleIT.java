package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.atqb.AdminApi;
import io.atqb.ServiceInstance;
import io.atqb.system.EmbeddedPostgres;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances on one PostgreSQL with the same cron: Quartz's clustered job store runs each firing on one of
 * them, every firing arms at most one run, and when one instance stops the other keeps firing.
 */
class ClusteredScheduleIT {

    static Map<String, String> settings(String databaseUrl) {
        Map<String, String> settings = new HashMap<>();
        settings.put("spring.datasource.url", databaseUrl);
        settings.put("spring.datasource.username", "postgres");
        settings.put("spring.datasource.password", "postgres");
        settings.put("atqb.sync.inventory.cron", "0/1 * * * * ?");
        // Autotask is unreachable: the armed run fails at once and its job stays open, so later firings arm nothing
        settings.put("autotask.base-url", "http://127.0.0.1:9/ATServicesRest/");
        settings.put("autotask.username", "nobody");
        settings.put("autotask.secret", "none");
        settings.put("autotask.integration-code", "none");
        settings.put("autotask.retry.max-5xx-retries", "0");
        return settings;
    }

    @Test
    void shouldRunEachFiringOnOneOfTwoInstancesAndArmOneRun() {
        String database = EmbeddedPostgres.freshDatabaseUrl();
        ServiceInstance first = ServiceInstance.start(settings(database));
        try (ServiceInstance second = ServiceInstance.start(settings(database))) {
            ScheduleFirings firings = ScheduleFirings.attach();
            try {
                AdminApi api = new AdminApi(first.port());
                api.post("/api/connectors", "{\"name\":\"Scheduled\",\"username\":\"scheduled\","
                        + "\"password\":\"scheduled-pw\"}");

                await().atMost(Duration.ofSeconds(60)).until(() -> scheduledTimes(firings.all()).size() >= 5);
                List<ScheduleFirings.Firing> seen = firings.all();
                JdbcClient jdbc = second.bean(JdbcClient.class);

                assertThat(seen).as("every scheduled time fires once across both instances")
                        .hasSameSizeAs(scheduledTimes(seen));
                assertThat(jdbc.sql("SELECT COUNT(*) FROM qrtz_scheduler_state").query(Long.class).single())
                        .as("both instances' schedulers checked in to one cluster").isEqualTo(2);
                assertThat(SyncScenario.json(api.get("/api/inventory-sync/runs"))).as("one run armed").hasSize(1);
                assertThat(SyncScenario.latestRun(api).get("trigger").asText()).isEqualTo("SCHEDULE");

                first.close();
                firings.clear();
                await().atMost(Duration.ofSeconds(60)).until(() -> scheduledTimes(firings.all()).size() >= 3);
                String survivor = second.bean(InventorySyncLoadClaims.class).instanceId();

                assertThat(firings.all()).as("the other instance keeps firing, once per scheduled time")
                        .hasSameSizeAs(scheduledTimes(firings.all()))
                        .allSatisfy(firing -> assertThat(firing.instance()).isEqualTo(survivor));
                assertThat(SyncScenario.json(new AdminApi(second.port()).get("/api/inventory-sync/runs"))).hasSize(1);
            } finally {
                firings.detach();
            }
        } finally {
            first.close();
        }
    }

    private static Set<String> scheduledTimes(List<ScheduleFirings.Firing> firings) {
        return firings.stream().map(ScheduleFirings.Firing::scheduledFor).collect(Collectors.toSet());
    }
}
