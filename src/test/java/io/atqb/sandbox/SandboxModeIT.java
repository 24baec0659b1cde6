package io.atqb.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.AdminApi;
import io.atqb.ServiceInstance;
import io.atqb.connector.ConnectorAccounts;
import io.atqb.connector.ConnectorRequests;
import io.atqb.connector.WebConnector;
import io.atqb.connector.WebConnectorService;
import io.atqb.purchasing.PurchaseOrderLedger;
import io.atqb.purchasing.PurchaseOrderState;
import io.atqb.purchasing.PurchaseOrderTransfers;
import io.atqb.purchasing.TransferStatus;
import io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;

/**
 * Sandbox mode as a newcomer and as an operator meet it: with nothing configured the service transfers the demo's
 * ready purchase orders and then syncs the demo tenant into the simulated QuickBooks company by itself, in a
 * database of its own; it never starts on, or overwrites anything in, a database it did not create; and without
 * Autotask credentials outside the sandbox the service still starts and says what is missing. Each test has its own data directory, so the packaged default datasource
 * ({@code ${atqb.data-dir}/atqb}) is used as shipped without touching the working directory.
 */
@ExtendWith(OutputCaptureExtension.class)
class SandboxModeIT {

    /**
     * The demo's first sync, after its ready POs went over in the same session: their item receipts brought items
     * to QuickBooks, so fewer are created and more adjusted; the receipts of PO-1001 after its recorded transfer
     * stay out of the count (3 not synced) until it is re-transferred.
     */
    static final String DEMO_OUTCOME = "Inventory sync: 6 adjusted, 2 created, 1 unchanged, 3 not synced, 3 failed";
    /** The demo POs the demo marks and transfers (PO-1005, Canceled, is refused). */
    static final List<Long> DEMO_TRANSFERRED = List.of(SandboxAutotaskDemoTenant.OPEN_PO,
            SandboxAutotaskDemoTenant.SUBMITTED_PO, SandboxAutotaskDemoTenant.NEW_PO,
            SandboxAutotaskDemoTenant.PARTIAL_PO, SandboxAutotaskDemoTenant.LONG_NUMBER_PO);
    private static final String[] MISSING = {"AUTOTASK_USERNAME", "AUTOTASK_SECRET", "AUTOTASK_INTEGRATION_CODE"};

    private static String packagedDatasourceUrl;
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dataDir;

    @BeforeAll
    static void readThePackagedDefaultDatasource() throws IOException {
        Object url = new YamlPropertySourceLoader().load("packaged", new ClassPathResource("application.yaml"))
                .get(0).getProperty("spring.datasource.url");
        packagedDatasourceUrl = String.valueOf(url);
    }

    @Test
    void shouldTransferTheReadyDemoPurchaseOrdersThenSyncTheDemoTenantInItsOwnDatabaseWithNothingConfigured(
            CapturedOutput output) throws Exception {
        try (ServiceInstance service = ServiceInstance.start(sandboxSettings(freePort()))) {
            AdminApi api = new AdminApi(service.port());

            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                JsonNode runs = read(api, "/api/inventory-sync/runs");
                assertThat(runs).hasSize(1);
                assertThat(runs.get(0).get("message").asText()).isEqualTo(DEMO_OUTCOME);
            });
            JsonNode run = read(api, "/api/inventory-sync/runs").get(0);
            assertThat(run.get("trigger").asText()).isEqualTo("SANDBOX");
            assertThat(run.get("status").asText()).isEqualTo("COMPLETED_WITH_ERRORS");
            assertThat(read(api, "/api/inventory-sync/runs/" + run.get("id").asLong() + "/history")).hasSize(15);
            JsonNode connector = read(api, "/api/connectors").get(0);
            assertThat(connector.get("username").asText()).isEqualTo(SandboxDemo.CONNECTOR_USERNAME);
            assertThat(connector.get("default").asBoolean()).isTrue();
            assertThat(connector.get("syncInventoryNext").asBoolean()).isFalse();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(output.getOut()).contains("SANDBOX MODE").contains(DEMO_OUTCOME)
                            .contains("Sandbox purchase-order transfer: 5 transferred " + DEMO_TRANSFERRED
                                    + ", 0 failed [], 0 still waiting []; needing a re-transfer: ["
                                    + SandboxAutotaskDemoTenant.TRANSFERRED_PO + "]"));
            assertThat(output.getOut()).doesNotContain("sandbox-secret").doesNotContain("SANDBOX0INTEGRATION0CODE000")
                    .contains("Sandbox: purchase orders marked ready to transfer to QuickBooks: " + DEMO_TRANSFERRED
                            + "; not marked: [Refused[id=" + SandboxAutotaskDemoTenant.CANCELED_PO
                            + ", reason=CANCELED")
                    .contains("Sandbox mode on: AUTOTASK_USERNAME is empty and the datasource is the embedded default")
                    .contains(dataDir.resolve("atqb-sandbox").toString());
            assertTransferredBeforeTheSync(api, run);
        }
        assertThat(dataDir.resolve("atqb-sandbox.mv.db")).exists();
        assertThat(dataDir.resolve("atqb.mv.db")).doesNotExist();
    }

    /**
     * With transfer-before-sync on, arming the demo's sync marks PO-1001 (it needs a re-transfer) for the same
     * session. Whether that session already carries it depends on when the marking meets the transfer job's
     * background read of the demo's other POs (see the report of issue 10's API helper); either way the PO is marked
     * for an update or has been re-transferred, never left as it was.
     */
    @Test
    void shouldMarkThePurchaseOrderNeedingAReTransferWhenTheDemoArmsItsSyncWithTransferBeforeSyncOn(
            CapturedOutput output) throws Exception {
        Map<String, String> settings = sandboxSettings(freePort());
        settings.put("atqb.purchasing.transfer-before-sync", "true");
        try (ServiceInstance service = ServiceInstance.start(settings)) {
            AdminApi api = new AdminApi(service.port());

            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                JsonNode runs = read(api, "/api/inventory-sync/runs");
                assertThat(runs).hasSize(1);
                assertThat(runs.get(0).get("status").asText()).isNotEqualTo("RUNNING");
            });
            assertThat(output.getOut()).contains("Transfer before sync (armed by SANDBOX): 1 purchase order(s) needing"
                    + " a re-transfer marked [" + SandboxAutotaskDemoTenant.TRANSFERRED_PO + "]");
            long demoPo = SandboxAutotaskDemoTenant.TRANSFERRED_PO;
            PurchaseOrderState state = service.bean(PurchaseOrderTransfers.class).states(List.of(demoPo)).get(demoPo);
            boolean markedForUpdate = state.status() == TransferStatus.READY && state.updateRequested();
            boolean reTransferred = state.status() == TransferStatus.TRANSFERRED
                    && state.transferredAt().isAfter(SandboxAutotaskDemoTenant.TRANSFER_TIME);
            assertThat(markedForUpdate || reTransferred).as(state.toString()).isTrue();
        }
    }

    /**
     * The demo's ready POs went over in the sync's session and before the sync finished; the Canceled one did not;
     * PO-1001 (recorded as transferred, with receipts after that) still needs a re-transfer (CONTRACT 2).
     */
    private void assertTransferredBeforeTheSync(AdminApi api, JsonNode run) throws IOException {
        List<Long> transferred = new ArrayList<>(DEMO_TRANSFERRED);
        transferred.add(0, SandboxAutotaskDemoTenant.TRANSFERRED_PO);
        assertThat(ids(read(api, "/api/purchase-orders?transferStatus=TRANSFERRED"))).isEqualTo(transferred);
        JsonNode needing = read(api, "/api/purchase-orders?needsResync=true");
        assertThat(ids(needing)).containsExactly(SandboxAutotaskDemoTenant.TRANSFERRED_PO);
        assertThat(needing.get(0).get("receivedSinceTransfer")).hasSize(3);
        JsonNode canceled = read(api, "/api/purchase-orders/" + SandboxAutotaskDemoTenant.CANCELED_PO);
        assertThat(canceled.get("transferStatus").asText()).isEqualTo("NOT_TRANSFERRED");
        JsonNode open = read(api, "/api/purchase-orders/" + SandboxAutotaskDemoTenant.OPEN_PO);
        assertThat(open.get("quickbooksRefNumber").asText()).isEqualTo("PO-1002");
        assertThat(open.get("needsResync").asBoolean()).isFalse();
        JsonNode attempt = open.get("transfers").get(0);
        assertThat(open.get("transfers")).hasSize(1);
        assertThat(attempt.get("kind").asText()).isEqualTo("ADD");
        assertThat(attempt.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(attempt.get("receipts").get(0).get("receivingId").asLong()).isEqualTo(6007);
        assertThat(Instant.parse(attempt.get("finishedAt").asText()))
                .isBeforeOrEqualTo(Instant.parse(run.get("finishedAt").asText()));
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(po -> ids.add(po.get("id").asLong()));
        return ids;
    }

    @Test
    void shouldStartRealModeCleanAfterASandboxStartInTheSameDataDirectory(CapturedOutput output) throws Exception {
        try (ServiceInstance sandbox = ServiceInstance.start(sandboxSettings(freePort()))) {
            AdminApi api = new AdminApi(sandbox.port());
            // stop while the demo run may still be going, as a newcomer who switches to real mode would
            await().atMost(Duration.ofSeconds(60)).until(() -> read(api, "/api/inventory-sync/runs").size() == 1);
        }
        int realStart = output.getOut().length();
        Map<String, String> real = defaultDatasourceSettings();
        real.put("autotask.base-url", "http://127.0.0.1:" + freePort() + "/ATServicesRest/");
        real.put("autotask.username", "api-user@example.com");
        real.put("autotask.secret", "real-secret");
        real.put("autotask.integration-code", "REAL0INTEGRATION0CODE");
        try (ServiceInstance service = ServiceInstance.start(real)) {
            AdminApi api = new AdminApi(service.port());

            assertThat(read(api, "/api/connectors")).isEmpty();
            assertThat(read(api, "/api/inventory-sync/runs")).isEmpty();
            assertThat(service.bean(PurchaseOrderLedger.class).transfers()).isEmpty();
            assertThat(api.getAnonymous("/sandbox/autotask/ATServicesRest/V1.0/Companies/query").statusCode())
                    .isEqualTo(404);
        }
        assertThat(output.getOut().substring(realStart)).doesNotContain("SANDBOX MODE")
                .contains("Sandbox mode off: AUTOTASK_USERNAME is set");
        assertThat(dataDir.resolve("atqb.mv.db")).exists();
    }

    @Test
    void shouldStayOffAndLeaveAConfiguredDatasourceUntouchedWithoutCredentials(CapturedOutput output) throws Exception {
        Map<String, String> settings = noCredentials();
        settings.put("spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("configured"));
        settings.put("atqb.sandbox.enabled", "");
        try (ServiceInstance service = ServiceInstance.start(settings)) {
            AdminApi api = new AdminApi(service.port());

            assertThat(api.get("/api/connectors").statusCode()).isEqualTo(200);
            assertThat(read(api, "/api/connectors")).isEmpty();
            assertThat(read(api, "/api/inventory-sync/runs")).isEmpty();
            assertThat(service.bean(PurchaseOrderLedger.class).transfers()).isEmpty();
            assertThat(api.getAnonymous("/sandbox/autotask/ATServicesRest/V1.0/Companies/query").statusCode())
                    .isEqualTo(404);
            assertThat(output.getOut()).doesNotContain("SANDBOX MODE")
                    .contains("Sandbox mode off: a datasource is configured")
                    .contains("AUTOTASK IS NOT CONFIGURED: " + String.join(", ", MISSING) + " are not set");
        }
        assertThat(dataDir.resolve("atqb-sandbox.mv.db")).doesNotExist();
    }

    @Test
    void shouldFailAnArmedSyncAtOnceNamingWhatIsMissingWhenSandboxModeIsOff(CapturedOutput output) throws Exception {
        Map<String, String> settings = noCredentials();
        settings.putAll(defaultDatasourceSettings());
        settings.put("atqb.sandbox.enabled", "false");
        try (ServiceInstance service = ServiceInstance.start(settings)) {
            AdminApi api = new AdminApi(service.port());
            assertThat(api.post("/api/connectors", """
                    {"name":"Main","username":"qbwc-main","password":"a-long-enough-password"}""").statusCode())
                    .isEqualTo(201);
            long id = read(api, "/api/connectors").get(0).get("id").asLong();

            assertThat(api.patch("/api/connectors/" + id, "{\"syncInventoryNext\": true}").statusCode()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                JsonNode run = read(api, "/api/inventory-sync/runs").get(0);
                assertThat(run.get("status").asText()).isEqualTo("FAILED");
                assertThat(run.get("message").asText()).contains("The Autotask API user is not configured: set "
                        + String.join(", ", MISSING));
            });
            assertThat(output.getOut()).contains("Sandbox mode off: ATQB_SANDBOX_ENABLED=false");
        }
        assertThat(dataDir.resolve("atqb.mv.db")).exists();
        assertThat(dataDir.resolve("atqb-sandbox.mv.db")).doesNotExist();
    }

    @Test
    void shouldOnlyAddToAConfiguredDatasourceWhenEnabledExplicitly() throws Exception {
        String url = "jdbc:h2:file:" + dataDir.resolve("configured");
        Instant recordedAt = Instant.parse("2026-01-15T08:30:00Z");
        long demoPo = SandboxAutotaskDemoTenant.TRANSFERRED_PO;
        WebConnector operators;
        Map<String, String> before = new LinkedHashMap<>(Map.of("spring.datasource.url", url,
                "autotask.base-url", "http://127.0.0.1:" + freePort() + "/ATServicesRest/",
                "autotask.username", "api-user@example.com", "autotask.secret", "real-secret",
                "autotask.integration-code", "REAL0INTEGRATION0CODE"));
        try (ServiceInstance service = ServiceInstance.start(before)) {
            operators = service.bean(WebConnectorService.class).create(new ConnectorRequests.NewConnector(
                    "Operator's company", "qbwc-operator", "operator-password", "C:\\QB\\main.qbw", 15,
                    ConnectorAccounts.defaults()));
            service.bean(PurchaseOrderLedger.class).recordTransfer(demoPo, recordedAt, recordedAt);
        }

        Map<String, String> sandbox = noCredentials();
        sandbox.put("server.port", Integer.toString(freePort()));
        sandbox.put("spring.datasource.url", url);
        sandbox.put("atqb.sandbox.enabled", "true");
        sandbox.put("atqb.sandbox.first-poll-delay", "200ms");
        sandbox.put("atqb.sandbox.noop-delay", "200ms");
        try (ServiceInstance service = ServiceInstance.start(sandbox)) {
            WebConnectorService connectors = service.bean(WebConnectorService.class);

            assertThat(connectors.get(operators.id())).isEqualTo(operators);
            assertThat(connectors.authenticate("qbwc-operator", "operator-password")).hasValue(operators.id());
            Optional<WebConnector> demo = connectors.list().stream()
                    .filter(c -> c.username().equals(SandboxDemo.CONNECTOR_USERNAME)).findFirst();
            assertThat(demo).isPresent();
            assertThat(demo.get().isDefault()).isFalse();
            assertThat(demo.get().syncInventoryNext()).isFalse();
            assertThat(service.bean(PurchaseOrderLedger.class).transfers()).containsEntry(demoPo, recordedAt);
            // the demo connector is not the default: its ready POs are not marked either
            assertThat(service.bean(PurchaseOrderTransfers.class).idsWithStatus(TransferStatus.READY)).isEmpty();
            assertThat(read(new AdminApi(service.port()), "/api/inventory-sync/runs")).isEmpty();
        }
        assertThat(dataDir.resolve("atqb-sandbox.mv.db")).doesNotExist();
    }

    /** Nothing configured: the packaged default datasource in this test's data directory, no Autotask user. */
    private Map<String, String> sandboxSettings(int port) throws IOException {
        Map<String, String> settings = noCredentials();
        settings.putAll(defaultDatasourceSettings());
        settings.put("server.port", Integer.toString(port));
        settings.put("atqb.sandbox.enabled", "");
        settings.put("atqb.sandbox.first-poll-delay", "200ms");
        settings.put("atqb.sandbox.noop-delay", "200ms");
        return settings;
    }

    private Map<String, String> defaultDatasourceSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("atqb.data-dir", dataDir.toString());
        settings.put("spring.datasource.url", packagedDatasourceUrl);
        settings.put("atqb.sandbox.enabled", "");
        return settings;
    }

    /** No Autotask user; zone discovery would ask a closed local port, never the internet. */
    private static Map<String, String> noCredentials() throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("autotask.username", "");
        settings.put("autotask.secret", "");
        settings.put("autotask.integration-code", "");
        settings.put("autotask.zone-lookup-url", "http://127.0.0.1:" + freePort() + "/atservicesrest/");
        return settings;
    }

    private JsonNode read(AdminApi api, String path) throws IOException {
        return json.readTree(api.get(path).body());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
