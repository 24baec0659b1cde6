package io.atqb.qbwc;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.AdminApi;
import io.atqb.ServiceTest;
import io.atqb.qbxml.ItemInventoryQueryRq;
import io.atqb.qbxml.QbxmlRequest;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import io.atqb.sandbox.webconnector.SandboxWebConnector;
import io.atqb.sandbox.webconnector.SessionResult;
import io.atqb.sandbox.webconnector.StopReason;
import io.atqb.system.EmbeddedPostgres;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The migrations, connectors, sessions and the queue on a real PostgreSQL server. */
@ServiceTest
class PostgresQbwcIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    QbwcJobRepository jobs;
    @Autowired
    QbwcQueueRepository queue;
    @Autowired
    QueuedRequestCodec codec;
    @Autowired
    Clock clock;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
    }

    @Test
    void shouldRunOnPostgreSql() {
        String product = jdbc.sql("SELECT version()").query(String.class).single();
        assertThat(product).startsWith("PostgreSQL");
    }

    @Test
    void shouldCreateConnectorsAndRefuseDuplicateUsernamesOnPostgreSql() {
        AdminApi api = new AdminApi(port);
        HttpResponse<String> created = api.post("/api/connectors",
                "{\"name\":\"PG\",\"username\":\"pg-user\",\"password\":\"pg-password\"}");
        HttpResponse<String> duplicate = api.post("/api/connectors",
                "{\"name\":\"PG again\",\"username\":\"PG-USER\",\"password\":\"pg-password\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(duplicate.statusCode()).isEqualTo(409);
    }

    @Test
    void shouldDrainAQueuedJobThroughAWholeSessionOnPostgreSql() {
        new AdminApi(port).post("/api/connectors",
                "{\"name\":\"PG session\",\"username\":\"pg-session\",\"password\":\"pg-password\"}");
        long connectorId = jdbc.sql("SELECT id FROM web_connector WHERE username = 'pg-session'")
                .query(Long.class).single();
        long jobId = jobs.create(connectorId, TestJobHandler.TYPE, null, clock.instant());
        List<QbxmlRequest> requests = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            requests.add(ItemInventoryQueryRq.byFullNames(null, List.of("Widget " + i), List.of("ListID")));
        }
        new JobRequestQueue(jobId, queue, codec, clock).enqueue(requests);
        SandboxCompanyFile company = SandboxCompanyFile.withStandardAccounts("PG Company");
        company.addInventoryItem("Widget 1", BigDecimal.ONE, true);

        SessionResult result = SandboxWebConnector.builder()
                .endpoint(URI.create("http://127.0.0.1:" + port + "/qbwc")).username("pg-session")
                .password("pg-password").companyFilePath("C:\\pg.qbw").company(company)
                .noOpDelay(Duration.ofMillis(10)).build().runSession();

        assertThat(result.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(jobs.find(jobId).orElseThrow().status()).isEqualTo(QbwcJob.Status.DONE);
        assertThat(jdbc.sql("SELECT status FROM qbwc_session WHERE ticket = :t").param("t", result.ticket())
                .query(String.class).single()).isEqualTo("CLOSED");
    }

    @Test
    void shouldAnswerBusyAtOnceWhileACallOnAnotherInstanceHoldsTheLiveSession() throws Exception {
        new AdminApi(port).post("/api/connectors",
                "{\"name\":\"PG busy\",\"username\":\"pg-busy\",\"password\":\"pg-password\"}");
        long connectorId = jdbc.sql("SELECT id FROM web_connector WHERE username = 'pg-busy'")
                .query(Long.class).single();
        jobs.create(connectorId, TestJobHandler.TYPE, null, clock.instant());
        String ticket = QbwcClients.client(port).authenticate("pg-busy", "pg-password").getString().get(0);

        // another instance's call of that session is in flight: its transaction holds the session's row
        try (Connection call = DriverManager.getConnection(EmbeddedPostgres.jdbcUrl(), "postgres", "postgres")) {
            call.setAutoCommit(false);
            try (PreparedStatement lock = call.prepareStatement(
                    "SELECT ticket FROM qbwc_session WHERE ticket = ? FOR UPDATE")) {
                lock.setString(1, ticket);
                lock.executeQuery().close();
            }
            CompletableFuture<List<String>> second = CompletableFuture.supplyAsync(() ->
                    QbwcClients.client(port).authenticate("pg-busy", "pg-password").getString());

            assertThat(second.get(20, TimeUnit.SECONDS)).element(1).isEqualTo("busy");
            call.rollback();
        }
        assertThat(jdbc.sql("SELECT status FROM qbwc_session WHERE ticket = :t").param("t", ticket)
                .query(String.class).single()).isEqualTo("OPEN");
    }

    @Test
    void shouldContinueASessionAcrossARestartOnPostgreSql() {
        RestartScenario.run(Map.of("spring.datasource.url", EmbeddedPostgres.jdbcUrl(),
                "spring.datasource.username", "postgres", "spring.datasource.password", "postgres"));
    }
}
