package io.atqb.bench;

import io.atqb.AdminApi;
import io.atqb.ServiceProcess;
import io.atqb.sandbox.autotask.SandboxAutotask;
import io.atqb.sandbox.autotask.SandboxAutotaskServer;
import io.atqb.sandbox.autotask.SandboxCredentials;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import io.atqb.sandbox.webconnector.SandboxWebConnector;
import io.atqb.sandbox.webconnector.SessionResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One size of the benchmark, end to end: generate the tenant and the QuickBooks company, serve the tenant from the
 * sandbox Autotask, start the service jar, create the default connector and record the PO transfers through the admin
 * API, then arm the sync (t0) and let the Web Connector double run one session against /qbwc; check the outcome, then
 * pull the same pages with the baseline. The sandbox serves one untimed pull before all that, so its own code is as
 * warm for the service's first pull as for the baseline that follows.
 */
final class BenchRun {

    static final String QBWC_USER = "bench";
    static final String QBWC_PASSWORD = "bench-qbwc-password";
    static final Duration NOOP_DELAY = Duration.ofMillis(200);
    static final int MAX_NOOPS = 3_000;

    private final Path jar;
    private final Path benchDir;
    private final ServiceDefaults defaults;
    private final JcmdDiagnostics diagnostics;
    private final boolean secondSync;

    /**
     * @param diagnostics evidence to take from the service during the (first) sync
     * @param secondSync  whether to arm and run a second sync in the same, now warm service (for comparison only)
     */
    BenchRun(Path jar, Path benchDir, ServiceDefaults defaults, JcmdDiagnostics diagnostics, boolean secondSync) {
        this.jar = jar;
        this.benchDir = benchDir;
        this.defaults = defaults;
        this.diagnostics = diagnostics;
        this.secondSync = secondSync;
    }

    SizeResult run(BenchSize size) throws IOException {
        Map<String, Duration> setup = new LinkedHashMap<>();
        long mark = System.nanoTime();
        Instant transferTime = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        BenchTenant tenant = BenchTenant.generate(size, transferTime);
        SandboxCompanyFile company = SandboxCompanyFile.withStandardAccounts("Bench Company");
        SyncExpectations expected = SyncExpectations.seed(tenant, company);
        AutotaskCallMinimum minimum = AutotaskCallMinimum.of(tenant.tenant(), tenant.transferredPurchaseOrders(),
                defaults.pageSize(), defaults.lookupBatchSize());
        mark = lap(setup, "generate tenant and company", mark);

        Path dir = cleanDir(benchDir.resolve(size.label()));
        SandboxAutotask autotask = new SandboxAutotask(tenant.tenant(), SandboxCredentials.demo());
        try (SandboxAutotaskServer server = SandboxAutotaskServer.start(autotask)) {
            // one untimed pass first, so the sandbox answers the service's pull and the baseline equally warm
            // (it warms this JVM's baseline code too, for the warm baseline below)
            baselineInThisJvm(server, tenant).run();
            mark = lap(setup, "warm up the sandbox Autotask", mark);
            SyncTiming measured;
            SyncTiming second = null;
            long liveSetBytes;
            try (ServiceProcess service = ServiceProcess.start(jar, dir, environment(server, dir),
                    jvmOptions())) {
                mark = lap(setup, "start service", mark);
                AdminApi api = new AdminApi(service.port());
                long connectorId = AdminSteps.createConnector(api, QBWC_USER, QBWC_PASSWORD,
                        SyncExpectations.COMPANY_FILE);
                AdminSteps.recordTransfers(api, tenant.transferredPurchaseOrders());
                mark = lap(setup, "record " + tenant.transferredPurchaseOrders().size() + " PO transfers", mark);
                int windows = SettledService.await(service::cpuTime, duration -> Thread.sleep(duration.toMillis()));
                mark = lap(setup, windows < 0 ? "wait for the service to settle (it did not within "
                        + SettledService.BOUND.toSeconds() + " s)" : "wait for the service to settle", mark);
                boolean evidenceOfSecond = Boolean.getBoolean("bench.jfrSecond");
                measured = sync(service, api, connectorId, autotask, company, dir,
                        evidenceOfSecond ? JcmdDiagnostics.none() : diagnostics);
                // after the sync's CPU was read: the histogram's full collection costs CPU of its own
                liveSetBytes = LiveSet.of(service.pid(), dir.resolve("live-set-after-sync.txt"));
                measured.problems().addAll(SyncCheck.problems(measured.session(), api, expected, tenant, company));
                if (secondSync) {
                    second = sync(service, api, connectorId, autotask, company, dir,
                            evidenceOfSecond ? diagnostics : JcmdDiagnostics.none());
                    if (!second.session().completed()) {
                        measured.problems().add("the second sync ended " + second.session().stopReason());
                    }
                }
            }
            mark = System.nanoTime();
            autotask.stats().reset();
            // cold, like the service's first sync: a fresh JVM; warm, like its second: this JVM, second round
            BaselinePull.Result baseline = BaselineProcess.run(server.zoneUrl(), defaults,
                    tenant.transferredPurchaseOrders(), dir);
            BaselinePull.Result warm = baselineInThisJvm(server, tenant).run();
            List<String> problems = measured.problems();
            problems.addAll(baselineProblems(baseline, tenant));
            lap(setup, "baseline", mark);
            int adjustmentLines = company.adjustments().stream().mapToInt(a -> a.lines().size()).sum();
            Map<String, Instant> phases = new LinkedHashMap<>(ServiceLogPhases.read(ServiceProcess.logIn(dir)));
            if (measured.firstMessageAt() != null) {
                phases.put("first QuickBooks message", measured.firstMessageAt());
            }
            Path gcLog = ServiceProcess.gcLogIn(dir);
            return new SizeResult(size, expected, measured, baseline, minimum, GcLog.read(gcLog),
                    GcLog.read(gcLog, measured.t0(), measured.end()), liveSetBytes, adjustmentLines, phases, second,
                    warm, setup, problems);
        }
    }

    private BaselinePull baselineInThisJvm(SandboxAutotaskServer server, BenchTenant tenant) {
        return new BaselinePull(server.zoneUrl(), SandboxCredentials.demo(), defaults,
                tenant.transferredPurchaseOrders());
    }

    /** The timed part: arm (t0), run the Web Connector session, note the times and the service's CPU. */
    private SyncTiming sync(ServiceProcess service, AdminApi api, long connectorId, SandboxAutotask autotask,
            SandboxCompanyFile company, Path dir, JcmdDiagnostics evidenceToTake) {
        SandboxWebConnector webConnector = SandboxWebConnector.builder()
                .endpoint(URI.create("http://127.0.0.1:" + service.port() + "/qbwc"))
                .username(QBWC_USER)
                .password(QBWC_PASSWORD)
                .companyFilePath(SyncExpectations.COMPANY_FILE)
                .company(company)
                .noOpDelay(NOOP_DELAY)
                .maxNoOps(MAX_NOOPS)
                .build();
        autotask.stats().reset();
        Duration cpuBefore = service.cpuTime();
        long rowsRemovedBefore = ServiceLogPhases.count(service.log(), ServiceLogPhases.ROWS_REMOVED);
        Map<String, Double> threadsBefore = ThreadGroupCpu.read(service.pid());
        List<String> problems = new ArrayList<>();
        try (ActivityProbe probe = ActivityProbe.start(autotask.stats(), company);
             JcmdDiagnostics.Running evidence = evidenceToTake.start(service.pid(), dir)) {
            Instant t0 = Instant.now();
            long start = System.nanoTime();
            HttpResponse<String> armed = api.patch("/api/connectors/" + connectorId, "{\"syncInventoryNext\":true}");
            if (armed.statusCode() != 200) {
                throw new IllegalStateException("arming answered " + armed.statusCode() + ": " + armed.body());
            }
            SessionResult session = webConnector.runSession();
            long end = System.nanoTime();
            Instant endWall = Instant.now();
            if (!awaitRowsRemoved(service.log(), rowsRemovedBefore)) {
                problems.add("the finished run's working rows were not removed within " + ROWS_REMOVED_BOUND);
            }
            // the sync's CPU includes removing its working rows in the background after the session
            Duration cpu = service.cpuTime().minus(cpuBefore);
            Map<String, Double> byThreads = ThreadGroupCpu.between(threadsBefore, ThreadGroupCpu.read(service.pid()));
            evidence.close();
            if (!service.isAlive()) {
                problems.add("the service process ended during the run; see " + service.log());
            }
            long firstCall = probe.firstAutotaskCallNanos();
            long lastCall = probe.lastAutotaskCallNanos();
            long firstMessage = probe.firstMessageNanos();
            if (lastCall == 0) {
                problems.add("no Autotask call was seen during the run");
            }
            if (firstMessage == 0) {
                problems.add("QuickBooks received no message set");
            }
            return new SyncTiming(session, Duration.ofNanos(Math.max(0, lastCall - firstCall)),
                    Duration.ofNanos(firstMessage == 0 ? 0 : end - firstMessage), Duration.ofNanos(end - start), cpu,
                    autotask.stats().totalCalls(), t0, firstMessage == 0 ? null : t0.plusNanos(firstMessage - start),
                    endWall, QbwcBreakdown.of(session.requestsReceived(), probe.messageNanos(), end), start, problems,
                    byThreads);
        }
    }

    private Map<String, String> environment(SandboxAutotaskServer server, Path dir) {
        return ServiceProcess.environment("jdbc:h2:file:" + dir.toAbsolutePath().resolve("data").resolve("atqb")
                + System.getProperty("bench.h2", ""), server.zoneUrl());
    }

    /** How long the bench waits after the session for the run's working rows to go (atqb.sync.cleanup.every 5s). */
    static final Duration ROWS_REMOVED_BOUND = Duration.ofSeconds(60);

    /** True once the service logged one more removal of a finished run's rows than before the sync, within the bound. */
    private static boolean awaitRowsRemoved(Path log, long before) {
        try {
            Awaitility.await().atMost(ROWS_REMOVED_BOUND).pollInterval(Duration.ofMillis(20))
                    .until(() -> ServiceLogPhases.count(log, ServiceLogPhases.ROWS_REMOVED) > before);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    /** {@code -Dbench.jvmOptions="-XX:+UseParallelGC ..."}: JVM options for the service, for a tuning run. */
    static List<String> jvmOptions() {
        String options = System.getProperty("bench.jvmOptions", "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    private static List<String> baselineProblems(BaselinePull.Result baseline, BenchTenant tenant) {
        List<String> problems = new ArrayList<>();
        for (String entity : List.of("InventoryLocations", "Products", "InventoryItems", "PurchaseOrders",
                "PurchaseOrderItems")) {
            long rows = tenant.tenant().table(entity).rowCount();
            if (baseline.rowsByEntity().getOrDefault(entity, 0L) != rows) {
                problems.add("the baseline read " + baseline.rowsByEntity().get(entity) + " " + entity + " rows of "
                        + rows);
            }
        }
        long receipts = baseline.rowsByEntity().getOrDefault("PurchaseOrderItemReceiving", 0L);
        if (receipts != tenant.notSyncedReceipts()) {
            problems.add("the baseline read " + receipts + " receipts, expected the " + tenant.notSyncedReceipts()
                    + " after transfer");
        }
        return problems;
    }

    private static Path cleanDir(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    private static long lap(Map<String, Duration> setup, String step, long since) {
        long now = System.nanoTime();
        setup.put(step, Duration.ofNanos(now - since));
        return now;
    }
}
