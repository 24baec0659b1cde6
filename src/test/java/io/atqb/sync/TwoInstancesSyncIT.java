package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.atqb.AdminApi;
import io.atqb.ServiceProcess;
import io.atqb.sandbox.autotask.SandboxAutotask;
import io.atqb.sandbox.autotask.SandboxAutotaskServer;
import io.atqb.sandbox.autotask.SandboxCredentials;
import io.atqb.sandbox.autotask.SandboxFault;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import io.atqb.sandbox.webconnector.PostponeWait;
import io.atqb.sandbox.webconnector.SessionResult;
import io.atqb.sandbox.webconnector.StopReason;
import io.atqb.system.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two instances of the packaged service (separate processes, as an operator runs them) on one PostgreSQL, with no
 * sticky sessions: the instance pulling the Autotask snapshot is killed with SIGKILL and the other takes the pull
 * over; then a QBWC session whose calls alternate between two instances loses one of them to SIGKILL half-way,
 * and the next session, on the instance left, finishes the run exactly.
 */
class TwoInstancesSyncIT {

    /** Every start of the service is a JVM; these options shorten it. */
    static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    SandboxAutotask autotask;
    SandboxAutotaskServer server;
    String databaseUrl;
    JdbcClient database;
    Path workDir;
    final List<ServiceProcess> services = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        autotask = new SandboxAutotask(SyncScenario.tenant(), SandboxCredentials.demo());
        server = SandboxAutotaskServer.start(autotask);
        databaseUrl = EmbeddedPostgres.freshDatabaseUrl();
        database = JdbcClient.create(new DriverManagerDataSource(databaseUrl, "postgres", "postgres"));
        // a fresh working folder in target/ (the tests' working directory), kept for the services' logs
        workDir = Files.createTempDirectory(Path.of("").toAbsolutePath(), "two-instances-");
    }

    @AfterEach
    void tearDown() {
        services.forEach(ServiceProcess::close);
        server.close();
    }

    Map<String, String> environment() {
        Map<String, String> environment = ServiceProcess.environment(databaseUrl, server.zoneUrl());
        // small pages and message sets (many round trips); a dead instance's pull and session taken over in seconds
        environment.put("SPRING_APPLICATION_JSON", "{\"atqb.sync.inventory.max-returned\":4,"
                + "\"atqb.sync.inventory.adjustment-lines-per-request\":3,\"atqb.qbwc.max-requests-per-message\":5,"
                + "\"atqb.qbwc.takeover-after\":\"3s\",\"atqb.sync.load.lease\":\"4s\","
                + "\"atqb.sync.load.renew-every\":\"1s\"}");
        return environment;
    }

    ServiceProcess start(String name) {
        try {
            ServiceProcess service = ServiceProcess.start(ServiceProcess.requireJar(Path.of("atqb-sync.jar")),
                    workDir.resolve(name), environment(), QUICK_START);
            services.add(service);
            return service;
        } catch (IOException e) {
            throw new IllegalStateException("could not start instance " + name, e);
        }
    }

    static URI qbwc(ServiceProcess service) {
        return URI.create("http://127.0.0.1:" + service.port() + "/qbwc");
    }

    String claimOwner() {
        return database.sql("SELECT owner FROM inventory_sync_load_claim").query(String.class).optional().orElse("");
    }

    int claimAttempts() {
        return database.sql("SELECT attempts FROM inventory_sync_load_claim").query(Integer.class).optional()
                .orElse(0);
    }

    String runPhase() {
        return database.sql("SELECT phase FROM inventory_sync_run").query(String.class).single();
    }

    @Test
    void shouldFinishTheSyncExactlyWhenInstancesDieDuringThePullAndHalfWayThroughASession() throws Exception {
        SandboxCompanyFile company = SyncScenario.company();
        // the first pull hangs on its on-hand rows long enough to be killed in the middle of it
        autotask.injectFault(SandboxFault.slow(Duration.ofSeconds(30)).forEntity("InventoryItems").times(1));
        CompletableFuture<ServiceProcess> starting = CompletableFuture.supplyAsync(() -> start("b"));
        ServiceProcess a = start("a");
        ServiceProcess b = starting.get(5, TimeUnit.MINUTES);

        SyncScenario.armDefaultConnector(new AdminApi(a.port()), "qb-main");
        // arming reserves the pull for a (attempts 0); a's load route then claims it and starts pulling (attempts 1)
        await().atMost(Duration.ofSeconds(30)).until(() -> claimOwner().contains("/" + a.pid() + "/")
                && claimAttempts() == 1);
        a.kill();

        // the other instance takes the pull over once the dead one's lease ran out, and plans the run
        await().atMost(Duration.ofMinutes(2)).until(() -> runPhase().equals("READY"));
        assertThat(claimOwner()).as("released by the instance that finished the pull").isEmpty();
        assertThat(claimAttempts()).as("pulled by the killed instance, then by the other").isEqualTo(2);

        // a replacement joins; QBWC's calls alternate between it and b, and b dies half-way through the session
        ServiceProcess c = start("c");
        CompletableFuture<SessionResult> session = CompletableFuture.supplyAsync(() ->
                SyncScenario.webConnector(c.port(), "qb-main", company).alternateWith(List.of(qbwc(b))).build()
                        .runSession());
        await().atMost(Duration.ofMinutes(1)).until(() -> company.messageCount() >= 1 || session.isDone());
        b.kill();
        assertThat(interrupted(session)).as("the session lost an instance before it finished").isTrue();

        SessionResult resumed = SyncScenario.webConnector(c.port(), "qb-main", company)
                .retryWhenBusy(10, PostponeWait.sleeping()).build().runSession();

        assertThat(resumed.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(resumed.closeMessage()).endsWith("3 not synced, 3 failed");
        assertQuickBooksHoldsTheExpectedCounts(company);
        AdminApi api = new AdminApi(c.port());
        assertThat(SyncScenario.json(api.get("/api/inventory-sync/runs"))).hasSize(1);
        JsonNode run = SyncScenario.latestRun(api);
        assertThat(run.get("status").asText()).isEqualTo("COMPLETED_WITH_ERRORS");
        List<JsonNode> history = SyncScenario.history(api, run.get("id").asLong());
        List<Long> products = history.stream().filter(e -> !e.get("action").asText().equals("NOT_SYNCED"))
                .map(e -> e.get("autotaskProductId").asLong()).toList();
        assertThat(products).as("one history entry per product").hasSize(10).doesNotHaveDuplicates();
        assertThat(history).filteredOn(e -> e.get("action").asText().equals("NOT_SYNCED")).hasSize(3);
    }

    /** True when the session ended without completing (the instance it called was gone). */
    private static boolean interrupted(CompletableFuture<SessionResult> session) throws InterruptedException {
        try {
            return !session.get(2, TimeUnit.MINUTES).completed();
        } catch (ExecutionException e) {
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the session neither finished nor failed", e);
        }
    }

    private static void assertQuickBooksHoldsTheExpectedCounts(SandboxCompanyFile company) {
        Map<String, String> expected = Map.of(
                "Widget & Gadget Kit", "26",
                "cable <cat6> 3m", "160",
                "Monitor 27\" 4K", "8",
                "O'Brien's Shelf", "5",
                "Café Größe L ☕", "4",
                SyncScenario.EXACT_31_NAME, "10",
                "Uninterruptible Power Supply 15", "5",
                "Office Chair", "4",
                "Old Stock (inactive)", "2");
        expected.forEach((name, count) -> assertThat(company.findItem(name).orElseThrow().quantityOnHand())
                .as(name).isEqualByComparingTo(new BigDecimal(count)));
        assertThat(company.findItem("Dell Latitude 5540 Laptop i7 16")).isEmpty();
        assertThat(company.findItem("Installation Service")).isEmpty();
    }
}
