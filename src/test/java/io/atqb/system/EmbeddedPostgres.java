package io.atqb.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One real PostgreSQL server (binaries from Maven Central) for the test JVM, started on first use. */
public final class EmbeddedPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres() {
    }

    public static synchronized String jdbcUrl() {
        if (server == null) {
            try {
                server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgres::stop));
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    /** Points the service under test at this server's postgres database. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", EmbeddedPostgres::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    /** A new, empty database on the same server (user and password postgres), for tests that migrate from scratch. */
    public static String freshDatabaseUrl() {
        String name = "fresh_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + name, e);
        }
        return server.getJdbcUrl("postgres", name);
    }

    private static synchronized void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            // the JVM is going away
        }
    }
}
