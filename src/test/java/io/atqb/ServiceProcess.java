package io.atqb;

import io.atqb.sandbox.autotask.SandboxCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service as an operator runs it: {@code java -Xmx512m -jar atqb-sync.jar} (see {@link #MAX_HEAP}) in its own process and working folder,
 * configured only through the environment (port, H2 file database, Autotask zone URL and API user, admin password),
 * with a GC log for the heap figures and its output in service.log. Used by the benchmark and by the tests that need
 * a real process (to kill it).
 */
public final class ServiceProcess implements AutoCloseable {

    /**
     * The environment a packaged service needs against the simulated Autotask at {@code autotaskZoneUrl} (its demo API
     * user) and the database at {@code databaseUrl} (PostgreSQL with the embedded server's user): the tests' admin
     * user included. A mutable map, for a test's own additions.
     */
    public static Map<String, String> environment(String databaseUrl, String autotaskZoneUrl) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SPRING_DATASOURCE_URL", databaseUrl);
        if (databaseUrl.startsWith("jdbc:postgresql:")) {
            environment.put("SPRING_DATASOURCE_USERNAME", "postgres");
            environment.put("SPRING_DATASOURCE_PASSWORD", "postgres");
        }
        environment.put("AUTOTASK_BASE_URL", autotaskZoneUrl);
        environment.put("AUTOTASK_USERNAME", SandboxCredentials.demo().username());
        environment.put("AUTOTASK_SECRET", SandboxCredentials.demo().secret());
        environment.put("AUTOTASK_INTEGRATION_CODE", SandboxCredentials.demo().integrationCode());
        environment.put("ATQB_ADMIN_USERNAME", AdminApi.USER);
        environment.put("ATQB_ADMIN_PASSWORD", AdminApi.PASSWORD);
        return environment;
    }

    /** The service's heap allowance: 512 MB, the target, unless -Dbench.maxHeapMb asks for less (to show headroom). */
    public static final String MAX_HEAP = "-Xmx" + Integer.getInteger("bench.maxHeapMb", 512) + "m";
    private static final Duration STARTUP_BOUND = Duration.ofMinutes(3);
    private static final Duration STOP_BOUND = Duration.ofSeconds(30);

    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the jar in {@code workDir} (its H2 database, service.log and gc.log go there) and waits until
     * /actuator/health answers UP.
     */
    public static ServiceProcess start(Path jar, Path workDir, Map<String, String> environment) throws IOException {
        return start(jar, workDir, environment, List.of());
    }

    /** Like {@link #start(Path, Path, Map)}, with more JVM options (e.g. for a quicker start). */
    public static ServiceProcess start(Path jar, Path workDir, Map<String, String> environment, List<String> jvmOptions)
            throws IOException {
        Files.createDirectories(workDir);
        int port = freePort();
        Path log = logIn(workDir);
        Path gcLog = gcLogIn(workDir);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(MAX_HEAP);
        command.add("-Xlog:gc:file=" + gcLog.toAbsolutePath() + ":time,uptime,level,tags");
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        Map<String, String> inherited = Map.copyOf(env);
        env.clear();
        for (String keep : List.of("PATH", "HOME", "LANG", "TMPDIR", "TZ")) {
            if (inherited.containsKey(keep)) {
                env.put(keep, inherited.get(keep));
            }
        }
        env.putAll(environment);
        env.put("SERVER_PORT", Integer.toString(port));
        // loopback only, like every server in the tests
        env.put("SERVER_ADDRESS", "127.0.0.1");
        ServiceProcess service = new ServiceProcess(builder.start(), port, log);
        try {
            service.awaitHealthy();
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
        return service;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(STARTUP_BOUND);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + " while starting;"
                        + " see " + log);
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the service", e);
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException("the service was not UP within " + STARTUP_BOUND + "; see " + log);
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** Where a service started in {@code workDir} writes its output. */
    public static Path logIn(Path workDir) {
        return workDir.resolve("service.log");
    }

    /** Where a service started in {@code workDir} writes its GC log. */
    public static Path gcLogIn(Path workDir) {
        return workDir.resolve("gc.log");
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** CPU time the service process used so far (user + system). */
    public Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("the OS does not report the service's CPU time"));
    }

    /** Kills the service at once (SIGKILL, like {@code kill -9}) and waits until it is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(STOP_BOUND.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the service did not die within " + STOP_BOUND + " of SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing the service", e);
        }
    }

    /** Stops the service: terminate, then kill after a bound. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_BOUND.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(STOP_BOUND.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public static Path requireJar(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new UncheckedIOException(new IOException("no service jar at " + jar
                    + "; the integration-test phase runs after package built it"));
        }
        return jar;
    }
}
