package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.AdminApi;
import io.atqb.ServiceProcess;
import io.atqb.sandbox.autotask.SandboxAutotask;
import io.atqb.sandbox.autotask.SandboxAutotaskServer;
import io.atqb.sandbox.autotask.SandboxCredentials;
import io.atqb.sandbox.autotask.SandboxFault;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import io.atqb.sandbox.webconnector.SessionResult;
import io.atqb.sandbox.webconnector.StopReason;
import io.atqb.system.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of the packaged service, on PostgreSQL, at the points of a sync where work is half done: during the
 * Autotask pull, during planning, between sendRequestXML and receiveResponseXML, and while the history is written. A
 * new process on the same database, polled by QBWC again, finishes the run with QuickBooks exactly right, nothing
 * applied twice, and one history entry per product. The kill points inside the service are found from outside:
 * a slow simulated Autotask page (the pull), and Camel's tracer lines of the plan and history routes in the
 * service's log (the process is killed as soon as the route's first line shows; the route may have got a little
 * further, never past its transaction's commit without the test seeing the same end state).
 */
class ServiceKillIT {

    static final Duration BOUND = Duration.ofMinutes(2);
    /** The take-over window after which the restarted service lets QBWC's next update take the dead session's work. */
    static final Duration TAKEOVER = Duration.ofSeconds(5);

    SandboxAutotask autotask;
    SandboxAutotaskServer server;
    SandboxCompanyFile company;
    Path workDir;
    String databaseUrl;
    ServiceProcess service;
    final ExecutorService qbwcThread = Executors.newSingleThreadExecutor();

    @BeforeEach
    void setUp() throws IOException {
        autotask = new SandboxAutotask(SyncScenario.tenant(), SandboxCredentials.demo());
        server = SandboxAutotaskServer.start(autotask);
        company = SyncScenario.company();
        workDir = Files.createTempDirectory(Path.of("").toAbsolutePath(), "service-kill-");
        databaseUrl = EmbeddedPostgres.freshDatabaseUrl();
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        if (service != null) {
            service.close();
        }
        qbwcThread.shutdownNow();
        qbwcThread.awaitTermination(30, TimeUnit.SECONDS);
        autotask.clearFaults();
        server.close();
    }

    @Test
    void shouldFinishTheRunExactlyAfterAKillDuringTheAutotaskPull() throws Exception {
        autotask.injectFault(SandboxFault.slow(Duration.ofSeconds(10)).forEntity("InventoryItems").times(1));
        service = start(List.of());
        SyncScenario.armDefaultConnector(new AdminApi(service.port()), "qb-main");
        await("the pull to reach the slow InventoryItems page",
                () -> autotask.stats().calls("InventoryItems") >= 1);

        service.kill();

        resumeAndCheck();
        assertThat(company.adjustments()).hasSize(FaultChecks.CLEAN_ADJUSTMENTS);
    }

    @Test
    void shouldFinishTheRunExactlyAfterAKillDuringPlanning() throws Exception {
        service = start(TRACE);
        SyncScenario.armDefaultConnector(new AdminApi(service.port()), "qb-main");
        await("the plan route to start", () -> traceLines("inventory-sync-plan") > 0);

        service.kill();

        resumeAndCheck();
        assertThat(company.adjustments()).hasSize(FaultChecks.CLEAN_ADJUSTMENTS);
    }

    @Test
    void shouldApplyNothingTwiceAfterAKillBetweenSendRequestAndReceiveResponse() throws Exception {
        service = start(List.of());
        SyncScenario.armDefaultConnector(new AdminApi(service.port()), "qb-main");
        // QuickBooks posts the adjustments (message 5); the answer never reaches the service, which is then killed
        SessionResult dropped = SyncScenario.webConnector(service.port(), "qb-main", company)
                .dropBeforeResponseToMessage(5).build().runSession();
        int posted = company.adjustments().size();

        service.kill();

        assertThat(dropped.dropped()).isTrue();
        assertThat(posted).isPositive();
        resumeAndCheck();
        assertThat(company.adjustments()).hasSize(posted).hasSize(FaultChecks.CLEAN_ADJUSTMENTS);
    }

    @Test
    void shouldApplyNothingTwiceAfterAKillWhileTheHistoryIsWritten() throws Exception {
        service = start(TRACE);
        SyncScenario.armDefaultConnector(new AdminApi(service.port()), "qb-main");
        Future<SessionResult> session = qbwcThread.submit(() ->
                SyncScenario.webConnector(service.port(), "qb-main", company).build().runSession());
        // the first history entry written while a QuickBooks response is handled (a request thread, not the load)
        await("the history route to run for a QuickBooks response",
                () -> log().lines().anyMatch(line -> line.contains("history-record.camel.yaml:")
                        && line.contains("-exec-")));

        service.kill();

        try {
            session.get(BOUND.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            // the Web Connector lost its server mid-call: QBWC reports a connection error and stops the update
        }
        resumeAndCheck();
        assertThat(company.adjustments()).hasSize(FaultChecks.CLEAN_ADJUSTMENTS);
    }

    /** A new process on the same database; QBWC's next update waits out busy answers and finishes the run. */
    private void resumeAndCheck() throws IOException {
        service = start(List.of());
        SessionResult resumed = SyncScenario.webConnector(service.port(), "qb-main", company)
                .retryWhenBusy(20, ServiceKillIT::sleep).build().runSession();

        assertThat(resumed.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(resumed.closeMessage()).isEqualTo(FaultChecks.EXPECTED);
        FaultChecks.assertQuickBooksSynced(company);
        AdminApi api = new AdminApi(service.port());
        assertThat(SyncScenario.json(api.get("/api/inventory-sync/runs"))).hasSize(1);
        FaultChecks.assertLatestRunHistoryExact(api);
    }

    private ServiceProcess start(List<String> extraOptions) throws IOException {
        Map<String, String> environment = Map.of(
                "SPRING_DATASOURCE_URL", databaseUrl,
                "SPRING_DATASOURCE_USERNAME", "postgres",
                "SPRING_DATASOURCE_PASSWORD", "postgres",
                "ATQB_ADMIN_USERNAME", AdminApi.USER,
                "ATQB_ADMIN_PASSWORD", AdminApi.PASSWORD);
        List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        SyncScenario.serviceSettings(server).forEach((key, value) -> options.add("-D" + key + "=" + value));
        options.add("-Datqb.qbwc.takeover-after=" + TAKEOVER.toSeconds() + "s");
        // a killed instance's claim on its Autotask pull runs out this soon, so the restarted one takes it over
        options.add("-Datqb.sync.load.lease=4s");
        options.add("-Datqb.sync.load.renew-every=1s");
        options.addAll(extraOptions);
        // each start has its own folder and service.log; the kill points are looked up in the current one
        Path runDir = workDir.resolve("run-" + (++starts));
        return ServiceProcess.start(ServiceProcess.requireJar(Path.of("atqb-sync.jar")), runDir, environment, options);
    }

    private int starts;

    /** Camel's tracer on: every route step is logged with its route file and line, so kill points can be seen. */
    private static final List<String> TRACE = List.of("-Dcamel.main.tracing=true");

    private String log() {
        try {
            return Files.readString(service.log(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Lines Camel's tracer wrote for the route so far (it names each step by its route file and line). */
    private long traceLines(String routeId) {
        return log().lines().filter(line -> line.contains(routeId + ".camel.yaml:")).count();
    }

    private static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(BOUND);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            sleep(Duration.ofMillis(10));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
