package io.atqb.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.AdminApi;
import io.atqb.ServiceTest;
import io.atqb.TestClock;
import io.atqb.sandbox.autotask.SandboxAutotask;
import io.atqb.sandbox.autotask.SandboxAutotaskServer;
import io.atqb.sandbox.autotask.SandboxCredentials;
import io.atqb.sandbox.autotask.SandboxFault;
import io.atqb.sandbox.autotask.SandboxTenant;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import io.atqb.sandbox.webconnector.SandboxWebConnector;
import io.atqb.sandbox.webconnector.SessionResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Metrics and alerts of a whole service on loopback: a sync against the simulated Autotask and Web Connector, the
 * Prometheus endpoint, and a webhook receiver that gets the alerts. The service's clock is a {@link TestClock}, so
 * QBWC falls silent for a day when the test says so.
 */
@ServiceTest
@ExtendWith(OutputCaptureExtension.class)
// Spring Boot's tests turn metrics export off unless asked: this one checks the Prometheus endpoint
@AutoConfigureObservability(tracing = false)
@Import(TestClock.Config.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@TestPropertySource(properties = {
        "atqb.notify.qbwc-silent-check-interval=100",
        "atqb.notify.retry-delay=20",
        "atqb.notify.retry-max-delay=100",
        "autotask.retry.backoff-base=10ms",
        "autotask.retry.backoff-max=50ms"})
class OperationsIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final WebhookReceiver WEBHOOK = new WebhookReceiver();
    static final SandboxAutotask AUTOTASK = new SandboxAutotask(tenant(), SandboxCredentials.demo());
    static final SandboxAutotaskServer AUTOTASK_SERVER = startAutotask();

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    AdminApi api;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("autotask.base-url", AUTOTASK_SERVER::zoneUrl);
        registry.add("autotask.username", () -> SandboxCredentials.demo().username());
        registry.add("autotask.secret", () -> SandboxCredentials.demo().secret());
        registry.add("autotask.integration-code", () -> SandboxCredentials.demo().integrationCode());
        registry.add("atqb.notify.webhook-url", WEBHOOK::url);
    }

    @AfterAll
    static void stopServers() {
        AUTOTASK_SERVER.close();
        WEBHOOK.close();
    }

    @BeforeEach
    void setUp() {
        AUTOTASK.clearFaults();
        WEBHOOK.clear();
        api = new AdminApi(port);
    }

    @Test
    void shouldShowTheServicesMetricsAfterASyncToTheAdminOnly() {
        createAndArmDefaultConnector();
        SessionResult session = webConnector().runSession();
        assertThat(session.closeMessage()).startsWith("Inventory sync:");

        HttpResponse<String> anonymous = api.getAnonymous("/actuator/prometheus");
        HttpResponse<String> metrics = api.get("/actuator/prometheus");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("atqb_");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .containsPattern("atqb_sync_runs_total\\{[^}]*status=\"SUCCEEDED\"[^}]*} 1\\.0")
                .containsPattern("atqb_sync_items_total\\{[^}]*action=\"CREATED\"[^}]*} 2\\.0")
                .containsPattern("atqb_sync_duration_seconds_count\\{[^}]*status=\"SUCCEEDED\"[^}]*} 1")
                .containsPattern("atqb_autotask_calls_total\\{[^}]*entity=\"Products\"[^}]*outcome=\"ok\"")
                .containsPattern("atqb_autotask_budget_share\\{[^}]*} (?!0\\.0\\b)[0-9.E-]+")
                .containsPattern("atqb_qbwc_sessions_total\\{[^}]*answer=\"work\"[^}]*} 1\\.0")
                .containsPattern("atqb_qbwc_round_trips_total\\{[^}]*} [1-9]")
                .containsPattern("atqb_qbwc_bytes_total\\{[^}]*direction=\"sent\"[^}]*} [1-9]")
                .containsPattern("atqb_purchase_order_transfers_total\\{[^}]*status=\"FAILED\"[^}]*} 0\\.0")
                .containsPattern("camel_exchanges_total\\{[^}]*routeId=\"inventory-sync-load\"");
        assertThat(WEBHOOK.alerts()).isEmpty();
    }

    @Test
    void shouldKeepHealthDetailsForTheAdminAndReportCamelInReadiness() throws IOException {
        JsonNode anonymous = JSON.readTree(api.getAnonymous("/actuator/health").body());
        JsonNode admin = JSON.readTree(api.get("/actuator/health").body());
        JsonNode readiness = JSON.readTree(api.getAnonymous("/actuator/health/readiness").body());

        assertThat(anonymous.get("status").asText()).isEqualTo("UP");
        assertThat(anonymous.has("components")).isFalse();
        assertThat(admin.path("components").path("camelHealth").path("status").asText()).isEqualTo("UP");
        assertThat(admin.path("components").path("camelHealth").path("details").toString())
                .contains("route:inventory-sync-load");
        assertThat(readiness.get("status").asText()).isEqualTo("UP");
    }

    @Test
    void shouldPostExactlyOneAlertWhileRunsKeepFailing() {
        long connectorId = createAndArmDefaultConnector();
        AUTOTASK.injectFault(SandboxFault.error(500, "Invalid filter: permission denied").forEntity("Products")
                .times(1000));

        webConnector().runSession();
        await().atMost(Duration.ofSeconds(20)).until(() -> WEBHOOK.alerts().size() == 1);
        JsonNode runs = runs();
        webConnector().runSession();
        await().atMost(Duration.ofSeconds(20)).until(() -> runs().size() == runs.size() + 1
                && "FAILED".equals(runs().get(0).get("status").asText()));

        JsonNode alert = WEBHOOK.alerts().get(0);
        long runId = runs.get(0).get("id").asLong();
        assertThat(alert.get("kind").asText()).isEqualTo("inventory-sync-failed");
        assertThat(alert.get("condition").asText()).isEqualTo("inventory-sync-failed:" + connectorId);
        assertThat(alert.get("link").asText()).isEqualTo("http://localhost:" + port + "/inventory-sync/history/"
                + runId);
        assertThat(alert.path("details").path("status").asText()).isEqualTo("FAILED");
        assertThat(alert.path("details").path("counts").path("FAILED").asInt()).isEqualTo(1);
        assertThat(alert.get("message").asText()).contains("Products");
        assertThat(WEBHOOK.alerts()).hasSize(1);
    }

    @Test
    void shouldRetryAWebhookThatFailsUntilItTakesTheAlert() {
        createAndArmDefaultConnector();
        AUTOTASK.injectFault(SandboxFault.error(500, "Invalid filter: permission denied").forEntity("Products")
                .times(1000));
        WEBHOOK.failNext(2);

        webConnector().runSession();

        await().atMost(Duration.ofSeconds(20)).until(() -> WEBHOOK.alerts().size() == 1);
        assertThat(WEBHOOK.attempts()).isEqualTo(3);
    }

    @Test
    void shouldGiveAnAlertUpAfterItsRetriesWithOneErrorLineThatHidesTheWebhookUrl(CapturedOutput output) {
        createAndArmDefaultConnector();
        AUTOTASK.injectFault(SandboxFault.error(500, "Invalid filter: permission denied").forEntity("Products")
                .times(1000));
        WEBHOOK.failNext(1000);

        webConnector().runSession();

        await().atMost(Duration.ofSeconds(20)).until(() -> output.getOut().contains("could not be delivered"));
        assertThat(WEBHOOK.attempts()).isEqualTo(7);
        assertThat(WEBHOOK.alerts()).isEmpty();
        assertThat(output.getOut()).contains("Alert \"Inventory sync run 1 of connector 'Main company' ended FAILED\""
                + " could not be delivered by webhook after 6 retries (HTTP status 500)")
                .doesNotContain("secret-token");
    }

    @Test
    void shouldPostExactlyOneAlertWhenTheDefaultConnectorsQbwcFallsSilentAndAgainOnlyAfterItPolled() {
        createDefaultConnector();
        webConnector().runSession();
        clock.advance(Duration.ofHours(23));
        sleepChecks();
        assertThat(WEBHOOK.alerts()).isEmpty();

        clock.advance(Duration.ofHours(2));
        await().atMost(Duration.ofSeconds(20)).until(() -> WEBHOOK.alerts().size() == 1);
        sleepChecks();
        JsonNode alert = WEBHOOK.alerts().get(0);

        assertThat(WEBHOOK.alerts()).hasSize(1);
        assertThat(alert.get("kind").asText()).isEqualTo("qbwc-silent");
        assertThat(alert.get("title").asText()).contains("Main company").contains("25 h");
        assertThat(alert.path("details").path("silentSeconds").asLong()).isEqualTo(Duration.ofHours(25).toSeconds());

        webConnector().runSession();
        sleepChecks();
        clock.advance(Duration.ofHours(24));
        await().atMost(Duration.ofSeconds(20)).until(() -> WEBHOOK.alerts().size() == 2);
    }

    private long createDefaultConnector() {
        HttpResponse<String> created = api.post("/api/connectors", "{\"name\":\"Main company\",\"username\":\"qb-main\","
                + "\"password\":\"qbwc-password\",\"companyFile\":\"C:\\\\QB\\\\main.qbw\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        return json(created).get("id").asLong();
    }

    private long createAndArmDefaultConnector() {
        long id = createDefaultConnector();
        assertThat(api.patch("/api/connectors/" + id, "{\"syncInventoryNext\":true}").statusCode()).isEqualTo(200);
        return id;
    }

    private SandboxWebConnector webConnector() {
        SandboxCompanyFile company = SandboxCompanyFile.withStandardAccounts("Test Company");
        company.addInventoryItem("Cable Cat6 3m", new BigDecimal("10"), true);
        return SandboxWebConnector.builder()
                .endpoint(URI.create("http://127.0.0.1:" + port + "/qbwc"))
                .username("qb-main").password("qbwc-password").companyFilePath("C:\\QB\\main.qbw")
                .company(company).noOpDelay(Duration.ofMillis(50)).maxNoOps(400).build();
    }

    private JsonNode runs() {
        return json(api.get("/api/inventory-sync/runs"));
    }

    /** Long enough for several silence checks (every 100 ms) and their signals to pass the alert route. */
    private static void sleepChecks() {
        try {
            Thread.sleep(600);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(response.statusCode() + ": " + response.body(), e);
        }
    }

    static SandboxTenant tenant() {
        return SandboxTenant.builder()
                .location(1, "Main Warehouse", true)
                .product(11, "Cable Cat6 3m", true)
                .product(12, "Monitor 27in", true)
                .product(13, "Toner 12A", true)
                .stock(11, 1, 12)
                .stock(12, 1, 4)
                .stock(13, 1, 7)
                .build();
    }

    private static SandboxAutotaskServer startAutotask() {
        try {
            return SandboxAutotaskServer.start(AUTOTASK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
