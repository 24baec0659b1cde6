package io.atqb.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.AdminApi;
import io.atqb.ServiceProcess;
import io.atqb.qbwc.QbwcClients;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every write the service answers survives {@code kill -9}: the packaged jar runs as an operator runs it, on its
 * default H2 file database under a fresh working folder, with Autotask credentials set (so sandbox mode is off; nothing
 * calls the dummy Autotask URL). Each acknowledged write (a connector created, a PO transfer recorded, the connector
 * changed, a QBWC log-in) is followed at once by SIGKILL; the database file is then read as the next start finds it,
 * and the service is started again for the next write.
 */
class DurableCommitsIT {

    /** One round is four kills; without durable commits the first of them already loses its write. */
    private static final int ROUNDS = 1;
    private static final Map<String, String> ENVIRONMENT = Map.of(
            "AUTOTASK_BASE_URL", "http://127.0.0.1:9/ATServicesRest/",
            "AUTOTASK_USERNAME", "durability-api@example.invalid",
            "AUTOTASK_SECRET", "not-a-real-secret",
            "AUTOTASK_INTEGRATION_CODE", "NOT0A0REAL0INTEGRATION0CODE",
            "ATQB_ADMIN_USERNAME", AdminApi.USER,
            "ATQB_ADMIN_PASSWORD", AdminApi.PASSWORD);
    /** The test starts the service 1 + 4 x ROUNDS times; these JVM options shorten each start. */
    private static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private Path workDir;
    private final ObjectMapper json = new ObjectMapper();
    private ServiceProcess service;

    @AfterEach
    void stopTheService() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void shouldKeepEveryAnsweredWriteWhenTheProcessIsKilledRightAfterTheAnswer() throws Exception {
        // a fresh working folder in target/ (the tests' working directory), kept for its service.log
        workDir = Files.createTempDirectory(Path.of("").toAbsolutePath(), "durable-commits-");
        service = start();
        for (int round = 1; round <= ROUNDS; round++) {
            String username = "durable-" + round;
            String password = "durable-password-" + round;
            HttpResponse<String> created = admin().post("/api/connectors", "{\"name\":\"Round " + round
                    + "\",\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            long connectorId = json.readTree(created.body()).get("id").asLong();
            killThenCheck("connector " + username + " created", "SELECT COUNT(*) FROM web_connector"
                    + " WHERE id = ? AND username = ?", connectorId, username);

            long purchaseOrderId = 7000 + round;
            Instant transferredAt = Instant.now().minus(round, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
            HttpResponse<String> recorded = admin().put("/api/purchase-orders/" + purchaseOrderId
                    + "/quickbooks-transfer", "{\"transferredAt\":\"" + transferredAt + "\"}");
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
            killThenCheck("PO " + purchaseOrderId + " transfer recorded", "SELECT COUNT(*) FROM purchase_order_transfer"
                    + " WHERE purchase_order_id = ? AND transferred_at = ?", purchaseOrderId,
                    transferredAt.atOffset(ZoneOffset.UTC));

            String renamed = "Round " + round + " renamed";
            HttpResponse<String> patched = admin().patch("/api/connectors/" + connectorId,
                    "{\"name\":\"" + renamed + "\",\"runEveryMinutes\":" + (20 + round) + "}");
            assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
            killThenCheck("connector " + username + " renamed", "SELECT COUNT(*) FROM web_connector"
                    + " WHERE id = ? AND name = ? AND run_every_minutes = ?", connectorId, renamed, 20 + round);

            List<String> logIn = QbwcClients.client(service.port()).authenticate(username, password).getString();
            assertThat(logIn.get(1)).isEqualTo("none");
            killThenCheck("QBWC session of " + username + " opened", "SELECT COUNT(*) FROM qbwc_session"
                    + " WHERE ticket = ? AND connector_id = ?", logIn.get(0), connectorId);
        }

        JsonNode connectors = json.readTree(admin().get("/api/connectors").body());
        assertThat(connectors).hasSize(ROUNDS);
        assertThat(connectors.findValuesAsText("name")).allSatisfy(name -> assertThat(name).endsWith(" renamed"));
    }

    private ServiceProcess start() throws IOException {
        return ServiceProcess.start(ServiceProcess.requireJar(Path.of("atqb-sync.jar")), workDir, ENVIRONMENT,
                QUICK_START);
    }

    private AdminApi admin() {
        return new AdminApi(service.port());
    }

    /** SIGKILL right after the answer, then reads the database file as a restart finds it, then starts again. */
    private void killThenCheck(String write, String countQuery, Object... parameters) throws Exception {
        service.kill();
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:file:" + workDir.resolve("data").resolve("atqb").toAbsolutePath(), "sa", "");
             PreparedStatement query = connection.prepareStatement(countQuery)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertThat(rows.getLong(1)).as(write + ", answered just before kill -9, is in the database").isOne();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the killed service's database", e);
        }
        service = start();
    }
}
