package io.atqb.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The base URL at which QBWC reaches this service: {@code atqb.public-url}, or http://localhost:&lt;port&gt;
 * with the port the server actually listens on.
 */
@Component
public class PublicUrl {

    private final String configured;
    private volatile int port;

    public PublicUrl(@Value("${atqb.public-url:}") String configured, @Value("${server.port:8080}") int port) {
        this.configured = configured == null ? "" : configured.strip();
        this.port = port;
    }

    @EventListener
    void onServerStarted(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            this.port = event.getWebServer().getPort();
        }
    }

    /** The base URL without a trailing slash. */
    public String base() {
        String base = configured.isEmpty() ? "http://localhost:" + port : configured;
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The port the server listens on. */
    public int localPort() {
        return port;
    }
}
