package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.AdminApi;
import io.atqb.ServiceInstance;
import io.atqb.TestClock;
import io.atqb.sandbox.autotask.SandboxAutotask;
import io.atqb.sandbox.autotask.SandboxAutotaskServer;
import io.atqb.sandbox.autotask.SandboxCredentials;
import io.atqb.sandbox.autotask.SandboxFault;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import io.atqb.sandbox.webconnector.SessionResult;
import io.atqb.sandbox.webconnector.StopReason;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A service restart in the middle of a run: the next instance on the same database finishes it exactly. */
class InventorySyncRestartIT {

    static final String EXPECTED = "Inventory sync: 2 adjusted, 4 created, 1 unchanged, 3 not synced, 3 failed";

    SandboxAutotask autotask;
    SandboxAutotaskServer server;
    Map<String, String> settings;
    TestClock clock;

    @BeforeEach
    void setUp() throws IOException {
        autotask = new SandboxAutotask(SyncScenario.tenant(), SandboxCredentials.demo());
        server = SandboxAutotaskServer.start(autotask);
        clock = TestClock.atSystemTime();
        settings = SyncScenario.serviceSettings(server);
        settings.put("spring.datasource.url",
                "jdbc:h2:file:" + Path.of("sync-restart-" + UUID.randomUUID()).toAbsolutePath());
        // a short ticket expiry on a clock that only the test moves: no session expires while it runs
        settings.put("atqb.qbwc.session-timeout", "1s");
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void shouldFinishTheRunExactlyWhenTheServiceRestartsBetweenSessions() {
        SandboxCompanyFile company = SyncScenario.company();
        SessionResult dropped;
        try (ServiceInstance first = ServiceInstance.start(settings, clock)) {
            SyncScenario.armDefaultConnector(new AdminApi(first.port()), "qb-main");
            dropped = SyncScenario.webConnector(first.port(), "qb-main", company).dropAfterMessages(3)
                    .build().runSession();
        }
        clock.advance(Duration.ofMillis(1100)); // the abandoned ticket expires (session-timeout 1s here)
        try (ServiceInstance second = ServiceInstance.start(settings, clock)) {
            SessionResult resumed = SyncScenario.webConnector(second.port(), "qb-main", company).build().runSession();

            assertThat(dropped.dropped()).isTrue();
            assertThat(resumed.stopReason()).isEqualTo(StopReason.COMPLETED);
            assertThat(resumed.closeMessage()).isEqualTo(EXPECTED);
            assertThat(company.findItem("Widget & Gadget Kit").orElseThrow().quantityOnHand()).isEqualByComparingTo("26");
            assertThat(SyncScenario.latestRun(new AdminApi(second.port())).get("status").asText())
                    .isEqualTo("COMPLETED_WITH_ERRORS");
        }
    }

    @Test
    void shouldLoadTheSnapshotAgainWhenTheServiceStoppedWhileLoading() {
        SandboxCompanyFile company = SyncScenario.company();
        autotask.injectFault(SandboxFault.slow(Duration.ofSeconds(3)).forEntity("InventoryItems").times(1));
        try (ServiceInstance first = ServiceInstance.start(settings, clock)) {
            SyncScenario.armDefaultConnector(new AdminApi(first.port()), "qb-main");
            assertThat(SyncScenario.latestRun(new AdminApi(first.port())).get("status").asText()).isEqualTo("RUNNING");
        }
        try (ServiceInstance second = ServiceInstance.start(settings, clock)) {
            SessionResult session = SyncScenario.webConnector(second.port(), "qb-main", company).build().runSession();

            assertThat(session.closeMessage()).isEqualTo(EXPECTED);
            assertThat(SyncScenario.json(new AdminApi(second.port()).get("/api/inventory-sync/runs"))).hasSize(1);
        }
    }
}
