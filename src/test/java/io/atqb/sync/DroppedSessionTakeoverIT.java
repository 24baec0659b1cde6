package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.AdminApi;
import io.atqb.ServiceInstance;
import io.atqb.TestClock;
import io.atqb.qbwc.soap.QBWebConnectorSvcSoap;
import io.atqb.sandbox.autotask.SandboxAutotask;
import io.atqb.sandbox.autotask.SandboxAutotaskServer;
import io.atqb.sandbox.autotask.SandboxCredentials;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import io.atqb.sandbox.webconnector.SandboxWebConnector;
import io.atqb.sandbox.webconnector.SessionResult;
import io.atqb.sandbox.webconnector.StopReason;
import io.atqb.system.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * QBWC drops a session in the middle of a sync, the service restarts, and QBWC starts the next update at
 * once: it hears busy with a postpone of at most 60 s, waits it out (the test moves the shared clock as
 * QBWC would wait), and the update that gets in finishes the sync with QuickBooks exactly right, nothing
 * applied twice, within 3 minutes of the dropped session's last call (CONTRACT section 4).
 */
class DroppedSessionTakeoverIT {

    static final String EXPECTED = "Inventory sync: 2 adjusted, 4 created, 1 unchanged, 3 not synced, 3 failed";

    SandboxAutotaskServer server;
    SandboxCompanyFile company;
    TestClock clock;
    Map<String, String> settings;

    @BeforeEach
    void setUp() throws IOException {
        server = SandboxAutotaskServer.start(new SandboxAutotask(SyncScenario.tenant(), SandboxCredentials.demo()));
        company = SyncScenario.company();
        clock = TestClock.atSystemTime();
        settings = SyncScenario.serviceSettings(server);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void shouldTakeOverADroppedSessionAfterARestartAndFinishTheSyncExactlyOnH2() {
        settings.put("spring.datasource.url",
                "jdbc:h2:file:" + Path.of("dropped-session-" + UUID.randomUUID()).toAbsolutePath());

        dropRestartAndResume(webConnector -> webConnector.dropAfterMessages(3));
    }

    @Test
    void shouldTakeOverADroppedSessionAfterARestartAndFinishTheSyncExactlyOnPostgreSql() {
        settings.put("spring.datasource.url", EmbeddedPostgres.freshDatabaseUrl());
        settings.put("spring.datasource.username", "postgres");
        settings.put("spring.datasource.password", "postgres");

        dropRestartAndResume(webConnector -> webConnector.dropAfterMessages(3));
    }

    @Test
    void shouldApplyNothingTwiceWhenTheDroppedSessionLostTheResponseToTheAdjustments() {
        settings.put("spring.datasource.url",
                "jdbc:h2:file:" + Path.of("dropped-session-" + UUID.randomUUID()).toAbsolutePath());

        // QuickBooks posts the adjustments (message 5), then QBWC vanishes before returning the response
        int posted = dropRestartAndResume(webConnector -> webConnector.dropBeforeResponseToMessage(5));

        assertThat(posted).isPositive();
        assertThat(company.adjustments()).hasSize(posted);
    }

    /**
     * {@code drop} makes the first session's Web Connector disappear at some point of the sync; answers how
     * many adjustments QuickBooks had posted by then.
     */
    private int dropRestartAndResume(UnaryOperator<SandboxWebConnector.Builder> drop) {
        SessionResult dropped;
        try (ServiceInstance first = ServiceInstance.start(settings, clock)) {
            SyncScenario.armDefaultConnector(new AdminApi(first.port()), "qb-main");
            dropped = drop.apply(SyncScenario.webConnector(first.port(), "qb-main", company)).build().runSession();
        }
        Instant lastCall = clock.instant();
        int posted = company.adjustments().size();
        try (ServiceInstance second = ServiceInstance.start(settings, clock)) {
            SessionResult resumed = SyncScenario.webConnector(second.port(), "qb-main", company)
                    .retryWhenBusy(5, clock::advance).build().runSession();

            assertThat(dropped.dropped()).isTrue();
            assertThat(resumed.postponesWaited()).isNotEmpty()
                    .allSatisfy(p -> assertThat(p).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(60)));
            assertThat(Duration.between(lastCall, clock.instant())).isLessThanOrEqualTo(Duration.ofMinutes(3));
            assertThat(resumed.stopReason()).isEqualTo(StopReason.COMPLETED);
            assertThat(resumed.closeMessage()).isEqualTo(EXPECTED);
            FaultChecks.assertQuickBooksSynced(company);
            // the dropped session's ticket reaches nothing any more
            QBWebConnectorSvcSoap qbwc = client(second.port());
            assertThat(qbwc.receiveResponseXML(dropped.ticket(), "<QBXML><QBXMLMsgsRs/></QBXML>", "", ""))
                    .isEqualTo(-1);
            assertThat(qbwc.getLastError(dropped.ticket())).contains("took its work over");
            AdminApi api = new AdminApi(second.port());
            assertThat(SyncScenario.json(api.get("/api/inventory-sync/runs"))).hasSize(1);
            assertThat(SyncScenario.latestRun(api).get("status").asText()).isEqualTo("COMPLETED_WITH_ERRORS");
        }
        return posted;
    }

    private static QBWebConnectorSvcSoap client(int port) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(QBWebConnectorSvcSoap.class);
        factory.setAddress("http://127.0.0.1:" + port + "/qbwc");
        return (QBWebConnectorSvcSoap) factory.create();
    }
}
