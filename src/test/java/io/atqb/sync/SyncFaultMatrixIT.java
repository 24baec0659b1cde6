package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.AdminApi;
import io.atqb.ServiceInstance;
import io.atqb.TestClock;
import io.atqb.qbwc.QbwcClients;
import io.atqb.qbwc.soap.QBWebConnectorSvcSoap;
import io.atqb.sandbox.autotask.SandboxAutotask;
import io.atqb.sandbox.autotask.SandboxAutotaskServer;
import io.atqb.sandbox.autotask.SandboxCredentials;
import io.atqb.sandbox.autotask.SandboxFault;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import io.atqb.sandbox.webconnector.SessionResult;
import io.atqb.sandbox.webconnector.StopReason;
import io.atqb.system.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fault matrix of Autotask and QBWC faults, each on a whole service on its own fresh PostgreSQL database: the
 * fault strikes a complete sync of the scenario, and QuickBooks and the history end exactly right (the scenario's
 * counts, one history entry per product, nothing posted twice), in the same session or the next one.
 */
class SyncFaultMatrixIT {

    static final String MAIN_FILE = "C:\\QB\\main.qbw";

    SandboxAutotask autotask;
    SandboxAutotaskServer server;
    SandboxCompanyFile company;
    TestClock clock;
    ServiceInstance service;
    AdminApi api;

    @BeforeEach
    void setUp() throws IOException {
        autotask = new SandboxAutotask(SyncScenario.tenant(), SandboxCredentials.demo());
        server = SandboxAutotaskServer.start(autotask);
        company = SyncScenario.company();
        clock = TestClock.atSystemTime();
        Map<String, String> settings = SyncScenario.serviceSettings(server);
        settings.put("spring.datasource.url", EmbeddedPostgres.freshDatabaseUrl());
        settings.put("spring.datasource.username", "postgres");
        settings.put("spring.datasource.password", "postgres");
        settings.put("autotask.page-size", "4");
        settings.put("autotask.retry.backoff-base", "10ms");
        settings.put("autotask.retry.backoff-max", "50ms");
        service = ServiceInstance.start(settings, clock);
        api = new AdminApi(service.port());
        SyncScenario.armDefaultConnector(api, "qb-main");
    }

    @AfterEach
    void tearDown() {
        service.close();
        server.close();
    }

    private SessionResult session() {
        return SyncScenario.webConnector(service.port(), "qb-main", company).build().runSession();
    }

    private void assertExactAfter(SessionResult finished, int runs) {
        assertThat(finished.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(finished.closeMessage()).isEqualTo(FaultChecks.EXPECTED);
        assertExact(runs);
    }

    private void assertExact(int runs) {
        FaultChecks.assertQuickBooksSynced(company);
        assertThat(company.adjustments()).hasSize(FaultChecks.CLEAN_ADJUSTMENTS);
        assertThat(SyncScenario.json(api.get("/api/inventory-sync/runs"))).hasSize(runs);
        FaultChecks.assertLatestRunHistoryExact(api);
    }

    /** A failed pull leaves QuickBooks untouched; the next update pulls again and finishes exactly. */
    private void assertPullFailedThenNextSessionExact(SessionResult failed) {
        assertThat(failed.stopReason()).isEqualTo(StopReason.LAST_ERROR);
        assertThat(SyncScenario.latestRun(api).get("status").asText()).isEqualTo("FAILED");
        assertThat(company.adjustments()).isEmpty();
        assertThat(company.requestCount("ItemInventoryAddRq")).isZero();
        autotask.clearFaults();
        assertExactAfter(session(), 2);
    }

    @Test
    void shouldSyncExactlyWhenAutotaskAnswers500sThatTheRetriesOutlast() {
        autotask.injectFault(SandboxFault.error(500, "Internal server error").forEntity("InventoryItems").times(2));

        assertExactAfter(session(), 1);
        assertThat(autotask.pendingFaults()).isZero();
    }

    @Test
    void shouldSyncExactlyWhenAutotaskAnswers429sWithRetryAfter() {
        autotask.injectFault(SandboxFault.throttled("1").forEntity("Products").times(2));

        assertExactAfter(session(), 1);
        assertThat(autotask.pendingFaults()).isZero();
    }

    @Test
    void shouldSyncExactlyWithNoOpsWhileAutotaskAnswersSlowly() {
        autotask.injectFault(SandboxFault.slow(Duration.ofSeconds(2)).forEntity("Products").times(1));

        SessionResult session = session();

        assertThat(session.noOps()).isPositive();
        assertExactAfter(session, 1);
    }

    @Test
    void shouldLeaveQuickBooksAloneOnTruncatedJsonAndSyncExactlyNextTime() {
        autotask.injectFault(SandboxFault.malformedJson().forEntity("InventoryItems").times(50));

        assertPullFailedThenNextSessionExact(session());
    }

    @Test
    void shouldLeaveQuickBooksAloneWhenAPageDisappearsBetweenCallsAndSyncExactlyNextTime() {
        // the first page of InventoryItems answers; the next one is gone (404) by the time it is asked for
        autotask.injectFault(SandboxFault.error(404, "The requested resource was not found").forEntity("InventoryItems")
                .afterCalls(1).times(50));

        assertPullFailedThenNextSessionExact(session());
    }

    @Test
    void shouldResumeExactlyInTheNextSessionAfterAnHresult() {
        SessionResult failed = SyncScenario.webConnector(service.port(), "qb-main", company)
                .hresultOnMessage(3, "0x80040400", "QuickBooks found an error when parsing the provided XML text stream.")
                .build().runSession();

        assertThat(failed.stopReason()).isEqualTo(StopReason.NEGATIVE_PROGRESS);
        assertExactAfter(session(), 1);
    }

    @Test
    void shouldSyncExactlyInTheNextSessionAfterAConnectionError() {
        SessionResult failed = SyncScenario.webConnector(service.port(), "qb-main", company)
                .companyFilePath("C:\\QB\\another-file.qbw").build().runSession();

        assertThat(failed.stopReason()).isEqualTo(StopReason.CONNECTION_ERROR);
        assertThat(company.adjustments()).isEmpty();
        assertExactAfter(session(), 1);
    }

    @Test
    void shouldRefuseAResponseForAnExpiredTicketAndPostNothingTwice() {
        QBWebConnectorSvcSoap qbwc = QbwcClients.client(service.port());
        Served adjustments = serveUntil(qbwc, request -> request.contains("InventoryAdjustmentAddRq"));
        String response = company.process(adjustments.request());
        int posted = company.adjustments().size();
        clock.advance(Duration.ofMinutes(31)); // past the 30-minute session timeout

        assertThat(qbwc.receiveResponseXML(adjustments.ticket(), response, "", "")).isEqualTo(-1);
        assertThat(qbwc.getLastError(adjustments.ticket())).contains("expired");
        assertThat(posted).isPositive();
        // the next update reads QuickBooks again, finds the posted adjustments and posts none of them again
        assertExactAfter(session(), 1);
    }

    @Test
    void shouldApplyTheSameResponseOnlyOnceWhenItArrivesTwice() {
        QBWebConnectorSvcSoap qbwc = QbwcClients.client(service.port());
        Served adjustments = serveUntil(qbwc, request -> request.contains("InventoryAdjustmentAddRq"));
        String response = company.process(adjustments.request());

        int first = qbwc.receiveResponseXML(adjustments.ticket(), response, "", "");
        int second = qbwc.receiveResponseXML(adjustments.ticket(), response, "", "");
        String summary = qbwc.closeConnection(adjustments.ticket());

        // the adjustments are the scenario's last message set: the first copy finishes the run, the second is refused
        assertThat(first).isEqualTo(100);
        assertThat(second).isEqualTo(-1);
        assertThat(summary).isEqualTo(FaultChecks.EXPECTED);
        assertExact(1);
    }

    /** A message set served and processed by QuickBooks, whose response is still to be delivered. */
    private record Served(String ticket, String request) {
    }

    /**
     * Plays QBWC by hand: one session, every message answered, until a message set that {@code wanted} matches is
     * served; that one is answered by the test.
     */
    private Served serveUntil(QBWebConnectorSvcSoap qbwc, Predicate<String> wanted) {
        String ticket = qbwc.authenticate("qb-main", "qbwc-password").getString().get(0);
        String hostResponse = company.hostQueryResponse();
        for (int call = 0; call < 2000; call++) {
            String request = qbwc.sendRequestXML(ticket, call == 0 ? hostResponse : "", MAIN_FILE, "US", 13, 0);
            if (request.isEmpty()) {
                assertThat(qbwc.getLastError(ticket)).isEqualTo("NoOp");
                sleep();
                continue;
            }
            if (wanted.test(request)) {
                return new Served(ticket, request);
            }
            assertThat(qbwc.receiveResponseXML(ticket, company.process(request), "", "")).isBetween(0, 99);
        }
        throw new AssertionError("no wanted message set within 2000 calls");
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
