package io.atqb.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.AdminApi;
import io.atqb.ServiceProcess;
import io.atqb.sandbox.autotask.SandboxAutotask;
import io.atqb.sandbox.autotask.SandboxAutotaskServer;
import io.atqb.sandbox.autotask.SandboxCredentials;
import io.atqb.sandbox.autotask.SandboxTenant;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import io.atqb.sandbox.webconnector.SandboxWebConnector;
import io.atqb.sandbox.webconnector.SessionResult;
import io.atqb.sandbox.webconnector.StopReason;
import io.atqb.system.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What one and two instances of the packaged service sustain on one PostgreSQL on this machine: QBWC sessions per
 * minute with small jobs (a complete sync of a three-product tenant per session, back to back on the default
 * connector, calls alternating between the instances), QBWC sessions per minute with nothing to do (four Web
 * Connectors of four connectors at once) and admin API requests per second (four clients at once). Prints the
 * figures; fails only when a session or request went wrong. Run with
 * {@code mvn -B -Pbench verify -Dit.test=ClusterLoadBenchmark} ({@code -Dbench.clusterSeconds=N} per phase).
 */
class ClusterLoadBenchmark {

    static final int CLIENTS = 4;
    static final Pattern CREATED_OR_ADJUSTED = Pattern.compile("(\\d+) adjusted, (\\d+) created");

    @Test
    void shouldReportWhatOneAndTwoInstancesSustain() throws Exception {
        Duration phase = Duration.ofSeconds(Long.getLong("bench.clusterSeconds", 20));
        Path dir = Path.of(System.getProperty("bench.dir", "bench")).resolve("cluster");
        Files.createDirectories(dir);
        Path jar = ServiceProcess.requireJar(Path.of(System.getProperty("bench.jar", "atqb-sync.jar")));
        List<String> lines = new ArrayList<>();
        SandboxAutotask autotask = new SandboxAutotask(tenant(), SandboxCredentials.demo());
        try (SandboxAutotaskServer server = SandboxAutotaskServer.start(autotask)) {
            for (int instances = 1; instances <= 2; instances++) {
                String database = EmbeddedPostgres.freshDatabaseUrl();
                List<ServiceProcess> services = new ArrayList<>();
                try {
                    for (int i = 0; i < instances; i++) {
                        services.add(ServiceProcess.start(jar, dir.resolve(instances + "-of-" + instances + "-" + i),
                                environment(database, server), List.of()));
                    }
                    lines.add(measure(services, phase));
                } finally {
                    services.forEach(ServiceProcess::close);
                }
            }
        }
        BenchSize size = BenchSize.ofRows(Integer.getInteger("bench.clusterSyncRows", 40_000));
        for (int instances = 1; instances <= 2; instances++) {
            lines.add(benchmarkSync(jar, dir, size, instances));
        }
        String report = "Cluster load (" + phase.toSeconds() + " s per figure, " + Runtime.getRuntime()
                .availableProcessors() + " cores shared with everything else running):\n" + String.join("\n", lines);
        System.out.println(report);
        Files.writeString(dir.resolve("results.txt"), report + "\n");
    }

    private static String measure(List<ServiceProcess> services, Duration phase) throws Exception {
        AdminApi first = new AdminApi(services.get(0).port());
        long defaultId = CreatedId.id(first.post("/api/connectors", "{\"name\":\"Bench\",\"username\":"
                + "\"bench-sync\",\"password\":\"bench-password\"}"));
        for (int i = 0; i < CLIENTS; i++) {
            first.post("/api/connectors", "{\"name\":\"Idle " + i + "\",\"username\":\"bench-idle-" + i
                    + "\",\"password\":\"bench-password\"}");
        }
        double syncs = syncSessionsPerMinute(services, defaultId, phase);
        double idle = idleSessionsPerMinute(services, phase);
        double admin = adminRequestsPerSecond(services, phase);
        return String.format("  %d instance(s): %.0f QBWC sessions/min with a small complete sync each;"
                + " %.0f QBWC sessions/min with nothing to do (%d Web Connectors); %.0f admin API requests/s"
                + " (%d clients)", services.size(), syncs, idle, CLIENTS, admin, CLIENTS);
    }

    /**
     * The complete-sync benchmark's tenant (at {@code size}) synced once while these instances serve: the PO
     * transfers recorded, the sync armed on the first instance, one Web Connector session whose calls alternate
     * between the instances; checked like the benchmark checks it (run counts, every QuickBooks count).
     */
    private static String benchmarkSync(Path jar, Path dir, BenchSize size, int instances) throws Exception {
        BenchTenant tenant = BenchTenant.generate(size, Instant.now().minus(30, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.SECONDS));
        SandboxCompanyFile company = SandboxCompanyFile.withStandardAccounts("Bench Company");
        SyncExpectations expected = SyncExpectations.seed(tenant, company);
        SandboxAutotask autotask = new SandboxAutotask(tenant.tenant(), SandboxCredentials.demo());
        try (SandboxAutotaskServer server = SandboxAutotaskServer.start(autotask)) {
            String database = EmbeddedPostgres.freshDatabaseUrl();
            List<ServiceProcess> services = new ArrayList<>();
            try {
                for (int i = 0; i < instances; i++) {
                    services.add(ServiceProcess.start(jar, dir.resolve("sync-" + instances + "-" + i),
                            environment(database, server), List.of()));
                }
                AdminApi api = new AdminApi(services.get(0).port());
                long connectorId = AdminSteps.createConnector(api, "bench-big", "bench-password",
                        SyncExpectations.COMPANY_FILE);
                AdminSteps.recordTransfers(api, tenant.transferredPurchaseOrders());
                SandboxWebConnector connector = SandboxWebConnector.builder().endpoint(qbwc(services.get(0)))
                        .alternateWith(services.stream().skip(1).map(ClusterLoadBenchmark::qbwc).toList())
                        .username("bench-big").password("bench-password")
                        .companyFilePath(SyncExpectations.COMPANY_FILE).company(company)
                        .noOpDelay(Duration.ofMillis(250)).maxNoOps(2_000).build();
                Duration cpuBefore = services.stream().map(ServiceProcess::cpuTime).reduce(Duration.ZERO,
                        Duration::plus);
                long start = System.nanoTime();
                HttpResponse<String> armed = api.patch("/api/connectors/" + connectorId,
                        "{\"syncInventoryNext\":true}");
                assertThat(armed.statusCode()).as(armed.body()).isEqualTo(200);
                SessionResult session = connector.runSession();
                double seconds = (System.nanoTime() - start) / 1e9;
                Duration cpu = services.stream().map(ServiceProcess::cpuTime).reduce(Duration.ZERO, Duration::plus)
                        .minus(cpuBefore);
                assertThat(SyncCheck.problems(session, api, expected, tenant, company)).isEmpty();
                return String.format(Locale.ROOT, "  %d instance(s): the benchmark's complete sync of %,d inventory"
                                + " rows (%,d products) on PostgreSQL, calls alternating: %.1f s, %.1f CPU-s of the"
                                + " service processes", instances, size.inventoryRows(), size.products(), seconds,
                        cpu.toNanos() / 1e9);
            } finally {
                services.forEach(ServiceProcess::close);
            }
        }
    }

    /** Back to back: arm the default connector, one session completes the run; calls alternate between instances. */
    private static double syncSessionsPerMinute(List<ServiceProcess> services, long connectorId, Duration phase) {
        SandboxCompanyFile company = SandboxCompanyFile.withStandardAccounts("Bench Company");
        SandboxWebConnector connector = webConnector(services, "bench-sync", company);
        long start = System.nanoTime();
        long end = start + phase.toNanos();
        int sessions = 0;
        while (System.nanoTime() < end) {
            AdminApi api = new AdminApi(services.get(sessions % services.size()).port());
            HttpResponse<String> armed = api.patch("/api/connectors/" + connectorId, "{\"syncInventoryNext\":true}");
            assertThat(armed.statusCode()).as(armed.body()).isEqualTo(200);
            SessionResult result = connector.runSession();
            assertThat(result.stopReason()).as(result.toString()).isEqualTo(StopReason.COMPLETED);
            Matcher counts = CREATED_OR_ADJUSTED.matcher(result.closeMessage());
            assertThat(counts.find()).as(result.closeMessage()).isTrue();
            sessions++;
        }
        return perMinute(sessions, System.nanoTime() - start);
    }

    /** Four Web Connectors of four connectors, each session answered "none". */
    private static double idleSessionsPerMinute(List<ServiceProcess> services, Duration phase) throws Exception {
        List<SandboxWebConnector> connectors = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            connectors.add(webConnector(services, "bench-idle-" + i, SandboxCompanyFile.withStandardAccounts("Idle "
                    + i)));
        }
        long start = System.nanoTime();
        int sessions = untilPhaseEnds(phase, client -> {
            SessionResult result = connectors.get(client).runSession();
            assertThat(result.stopReason()).as(result.toString()).isEqualTo(StopReason.NO_WORK);
        });
        return perMinute(sessions, System.nanoTime() - start);
    }

    /** Four clients reading the connector list, spread over the instances. */
    private static double adminRequestsPerSecond(List<ServiceProcess> services, Duration phase) throws Exception {
        List<AdminApi> apis = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            apis.add(new AdminApi(services.get(i % services.size()).port()));
        }
        long start = System.nanoTime();
        int requests = untilPhaseEnds(phase, client -> {
            HttpResponse<String> answer = apis.get(client).get("/api/connectors");
            assertThat(answer.statusCode()).isEqualTo(200);
        });
        return requests / ((System.nanoTime() - start) / 1e9);
    }

    /** One step a client repeats (it throws when the step went wrong). */
    private interface ClientStep {
        void run(int client) throws Exception;
    }

    /** {@link #CLIENTS} clients at once, each repeating its step until the phase ends; answers the steps done. */
    private static int untilPhaseEnds(Duration phase, ClientStep step) throws Exception {
        AtomicInteger done = new AtomicInteger();
        long end = System.nanoTime() + phase.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                clients.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        step.run(client);
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return done.get();
    }

    private static double perMinute(int count, long nanos) {
        return count / (nanos / 60e9);
    }

    private static SandboxWebConnector webConnector(List<ServiceProcess> services, String username,
                                                    SandboxCompanyFile company) {
        List<URI> others = services.stream().skip(1).map(ClusterLoadBenchmark::qbwc).toList();
        return SandboxWebConnector.builder().endpoint(qbwc(services.get(0))).alternateWith(others)
                .username(username).password("bench-password").companyFilePath("C:\\QB\\bench.qbw").company(company)
                .noOpDelay(Duration.ofMillis(50)).maxNoOps(400).build();
    }

    private static URI qbwc(ServiceProcess service) {
        return URI.create("http://127.0.0.1:" + service.port() + "/qbwc");
    }

    private static SandboxTenant tenant() {
        return SandboxTenant.builder()
                .location(1, "Main Warehouse", true)
                .product(11, "Bench Widget", true).stock(11, 1, 5)
                .product(12, "Bench Gadget", true).stock(12, 1, 7)
                .product(13, "Bench Gizmo", true).stock(13, 1, 9)
                .build();
    }

    private static Map<String, String> environment(String database, SandboxAutotaskServer server) {
        return ServiceProcess.environment(database, server.zoneUrl());
    }

    /** Reads the id out of the admin API's JSON answer for a created connector. */
    private static final class CreatedId {

        private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

        static long id(HttpResponse<String> created) {
            Matcher id = ID.matcher(created.body());
            if (created.statusCode() != 201 || !id.find()) {
                throw new IllegalStateException("could not create the connector: " + created.body());
            }
            return Long.parseLong(id.group(1));
        }
    }
}
