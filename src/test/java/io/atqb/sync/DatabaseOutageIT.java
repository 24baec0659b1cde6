package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atqb.AdminApi;
import io.atqb.ServiceInstance;
import io.atqb.TcpProxy;
import io.atqb.TestClock;
import io.atqb.qbwc.QbwcClients;
import io.atqb.sandbox.autotask.SandboxAutotask;
import io.atqb.sandbox.autotask.SandboxAutotaskServer;
import io.atqb.sandbox.autotask.SandboxCredentials;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import io.atqb.sandbox.webconnector.SessionResult;
import io.atqb.system.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL unreachable for a while in the middle of a sync (a proxy between the service and the database is cut,
 * then restored): the service reports it (health DOWN with 503, QBWC calls answered with a SOAP fault, no data
 * touched), becomes healthy again once the database is back, and QBWC's next update finishes the run exactly.
 */
class DatabaseOutageIT {

    static final Pattern PORT = Pattern.compile("//(localhost|127\\.0\\.0\\.1):(\\d+)/");
    static final Duration BOUND = Duration.ofMinutes(2);

    @Test
    void shouldReportTheOutageRecoverAndFinishTheRunExactlyWhenTheDatabaseComesBack() throws Exception {
        String database = EmbeddedPostgres.freshDatabaseUrl();
        Matcher port = PORT.matcher(database);
        assertThat(port.find()).as(database).isTrue();
        SandboxAutotask autotask = new SandboxAutotask(SyncScenario.tenant(), SandboxCredentials.demo());
        SandboxCompanyFile company = SyncScenario.company();
        TestClock clock = TestClock.atSystemTime();
        try (SandboxAutotaskServer server = SandboxAutotaskServer.start(autotask);
             TcpProxy proxy = TcpProxy.to(Integer.parseInt(port.group(2)))) {
            Map<String, String> settings = SyncScenario.serviceSettings(server);
            settings.put("spring.datasource.url", port.replaceFirst("//127.0.0.1:" + proxy.port() + "/"));
            settings.put("spring.datasource.username", "postgres");
            settings.put("spring.datasource.password", "postgres");
            settings.put("spring.datasource.hikari.connection-timeout", "2000");
            settings.put("spring.datasource.hikari.validation-timeout", "1000");
            try (ServiceInstance service = ServiceInstance.start(settings, clock)) {
                AdminApi api = new AdminApi(service.port());
                SyncScenario.armDefaultConnector(api, "qb-main");
                SessionResult dropped = SyncScenario.webConnector(service.port(), "qb-main", company)
                        .dropAfterMessages(3).build().runSession();

                proxy.cut();

                HttpResponse<String> down = api.getAnonymous("/actuator/health");
                assertThat(down.statusCode()).isEqualTo(503);
                assertThat(down.body()).contains("DOWN");
                assertThatThrownBy(() -> QbwcClients.client(service.port()).authenticate("qb-main", "qbwc-password"))
                        .hasMessageContaining("atqb-sync could not process authenticate");

                proxy.restore();

                awaitHealthy(api);
                clock.advance(Duration.ofMinutes(31)); // the session cut off by the outage has expired
                SessionResult resumed = SyncScenario.webConnector(service.port(), "qb-main", company).build()
                        .runSession();
                assertThat(dropped.dropped()).isTrue();
                assertThat(resumed.closeMessage()).isEqualTo(FaultChecks.EXPECTED);
                FaultChecks.assertQuickBooksSynced(company);
                assertThat(company.adjustments()).hasSize(FaultChecks.CLEAN_ADJUSTMENTS);
                assertThat(SyncScenario.json(api.get("/api/inventory-sync/runs"))).hasSize(1);
                FaultChecks.assertLatestRunHistoryExact(api);
            }
        }
    }

    private static void awaitHealthy(AdminApi api) throws InterruptedException {
        Instant deadline = Instant.now().plus(BOUND);
        while (api.getAnonymous("/actuator/health").statusCode() != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the service did not become healthy within " + BOUND);
            }
            Thread.sleep(200);
        }
    }
}
