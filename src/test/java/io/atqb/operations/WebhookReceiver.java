package io.atqb.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on a random loopback port: keeps each JSON body POSTed to {@code /hook} (at most 100) and answers
 * 204, or 500 for the next {@link #failNext} requests.
 */
final class WebhookReceiver implements AutoCloseable {

    private static final int MAX_KEPT = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook?token=secret-token";
    }

    List<JsonNode> alerts() {
        return List.copyOf(received);
    }

    List<JsonNode> alerts(String kind) {
        return received.stream().filter(alert -> kind.equals(alert.path("kind").asText())).toList();
    }

    int attempts() {
        return attempts.get();
    }

    void failNext(int times) {
        failures.set(times);
    }

    void clear() {
        received.clear();
        failures.set(0);
        attempts.set(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        attempts.incrementAndGet();
        try (InputStream body = exchange.getRequestBody()) {
            byte[] bytes = body.readNBytes(1_000_000);
            boolean json = exchange.getRequestHeaders().getFirst("Content-Type").startsWith("application/json");
            if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0 || !json
                    || !"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            if (received.size() < MAX_KEPT) {
                received.add(JSON.readTree(bytes));
            }
            exchange.sendResponseHeaders(204, -1);
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
