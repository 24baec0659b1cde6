package io.atqb.sandbox.autotask;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a {@link SandboxAutotask} over real HTTP on the loopback interface (port 0 = a random free port), for tests
 * and benchmarks. The zone lookup URL is {@link #zoneLookupUrl()}, the zone (base) URL {@link #zoneUrl()}.
 */
public final class SandboxAutotaskServer implements AutoCloseable {

    private static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    private final SandboxAutotask autotask;
    private final HttpServer server;
    private final ExecutorService executor;

    private SandboxAutotaskServer(SandboxAutotask autotask, HttpServer server, ExecutorService executor) {
        this.autotask = autotask;
        this.server = server;
        this.executor = executor;
    }

    /** Starts a server on 127.0.0.1 with a fixed pool of {@code threads} request threads. */
    public static SandboxAutotaskServer start(SandboxAutotask autotask, int port, int threads) throws IOException {
        // the JDK server writes headers and body separately; without TCP_NODELAY each answer waits for a delayed ACK
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        ExecutorService executor = Executors.newFixedThreadPool(threads, daemonThreads());
        SandboxAutotaskServer sandbox = new SandboxAutotaskServer(autotask, server, executor);
        server.createContext("/", sandbox::serve);
        server.setExecutor(executor);
        server.start();
        return sandbox;
    }

    /** Starts a server on a random port with 32 request threads. */
    public static SandboxAutotaskServer start(SandboxAutotask autotask) throws IOException {
        return start(autotask, 0, 32);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "sandbox-autotask-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    public SandboxAutotask autotask() {
        return autotask;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>/} */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** Where zone discovery asks, like {@code https://webservices.autotask.net/atservicesrest/}. */
    public String zoneLookupUrl() {
        return baseUrl() + "atservicesrest/";
    }

    /** The zone URL to configure directly, like {@code https://webservices15.autotask.net/ATServicesRest/}. */
    public String zoneUrl() {
        return baseUrl() + "ATServicesRest/";
    }

    private void serve(HttpExchange exchange) throws IOException {
        try {
            byte[] body = readBody(exchange.getRequestBody());
            SandboxResponse response;
            if (body == null) {
                response = new SandboxResponse(413, Map.of(), new byte[0]);
            } else {
                Map<String, List<String>> headers = exchange.getRequestHeaders();
                response = autotask.handle(new SandboxRequest(exchange.getRequestMethod(),
                        exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(), headers, body,
                        baseUrl()));
            }
            response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            boolean empty = response.body().length == 0;
            exchange.sendResponseHeaders(response.status(), empty ? -1 : response.body().length);
            if (!empty) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            }
        } finally {
            exchange.close();
        }
    }

    /** The body, or null when it is larger than the sandbox accepts. */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    /** Stops the server and its threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
