package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.atqb.AdminApi;
import io.atqb.AutotaskDouble;
import io.atqb.ServiceTest;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import io.atqb.sandbox.webconnector.SessionResult;
import io.atqb.system.EmbeddedPostgres;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The complete inventory sync, its plan, history and links on a real PostgreSQL server, and the background removal
 * of the finished runs' working rows.
 */
@ServiceTest
class PostgresInventorySyncIT {

    static final AutotaskDouble DOUBLE = new AutotaskDouble(SyncScenario.tenant());

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
        DOUBLE.register(registry);
        registry.add("atqb.sync.inventory.max-returned", () -> "4");
        registry.add("atqb.sync.cleanup.every", () -> "200ms");
        registry.add("atqb.sync.cleanup.batch-rows", () -> "2");
    }

    @AfterAll
    static void stop() {
        DOUBLE.server.close();
    }

    @Test
    void shouldRunTheCompleteSyncTwiceOnPostgreSql() {
        AdminApi api = new AdminApi(port);
        SandboxCompanyFile company = SyncScenario.company();
        long connectorId = SyncScenario.armDefaultConnector(api, "qb-postgres");

        SessionResult first = SyncScenario.webConnector(port, "qb-postgres", company).build().runSession();
        api.patch("/api/connectors/" + connectorId, "{\"syncInventoryNext\":true}");
        SessionResult second = SyncScenario.webConnector(port, "qb-postgres", company).build().runSession();

        assertThat(first.closeMessage())
                .isEqualTo("Inventory sync: 2 adjusted, 4 created, 1 unchanged, 3 not synced, 3 failed");
        assertThat(second.closeMessage())
                .isEqualTo("Inventory sync: 0 adjusted, 0 created, 7 unchanged, 3 not synced, 3 failed");
        JsonNode run = SyncScenario.latestRun(api);
        List<JsonNode> history = SyncScenario.history(api, run.get("id").asLong());
        assertThat(history).hasSize(13);
        assertThat(history).filteredOn(e -> e.get("action").asText().equals("UNCHANGED"))
                .allSatisfy(e -> assertThat(e.get("quickbooksListId").asText()).isNotBlank());
        // both runs' working rows go in the background, in batches of 2 products; their history stays
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(count("SELECT COUNT(*) FROM inventory_sync_item")).isZero();
            assertThat(count("SELECT COUNT(*) FROM inventory_sync_item_locations")).isZero();
            assertThat(count("SELECT COUNT(*) FROM inventory_sync_qb_chunk")).isZero();
            assertThat(count("SELECT COUNT(*) FROM inventory_sync_run WHERE working_rows_removed = FALSE")).isZero();
        });
        assertThat(SyncScenario.history(api, run.get("id").asLong())).hasSize(13);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
