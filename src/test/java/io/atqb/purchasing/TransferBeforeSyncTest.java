package io.atqb.purchasing;

import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.OPEN_PO;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.TRANSFERRED_PO;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.TRANSFER_TIME;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.AdminApi;
import io.atqb.ServiceTest;
import io.atqb.sandbox.autotask.SandboxAutotask;
import io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant;
import io.atqb.sandbox.autotask.SandboxAutotaskServer;
import io.atqb.sandbox.autotask.SandboxCredentials;
import io.atqb.sandbox.autotask.SandboxFault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * ATQB_PURCHASING_TRANSFER_BEFORE_SYNC=true: arming the complete sync marks every transferred PO that needs a
 * re-transfer, and only those, so the session transfers them first. An Autotask failure marks nothing and never
 * stops the arming. (Off, the default, is {@link TransferBeforeSyncOffTest}.)
 */
@ServiceTest
@TestPropertySource(properties = {
        "atqb.purchasing.transfer-before-sync=true",
        "autotask.retry.backoff-base=10ms",
        "autotask.retry.backoff-max=50ms"})
class TransferBeforeSyncTest {

    static final SandboxAutotask AUTOTASK = new SandboxAutotask(SandboxAutotaskDemoTenant.create(),
            SandboxCredentials.demo());
    static final SandboxAutotaskServer SERVER = start(AUTOTASK);

    @LocalServerPort
    int port;
    @Autowired
    PurchaseOrderTransfers transfers;
    @Autowired
    JdbcClient jdbc;
    AdminApi api;
    long connectorId;

    @DynamicPropertySource
    static void autotask(DynamicPropertyRegistry registry) {
        register(registry, SERVER);
    }

    @AfterAll
    static void stopServer() {
        SERVER.close();
    }

    @BeforeEach
    void setUp() throws IOException {
        AUTOTASK.clearFaults();
        api = new AdminApi(port);
        jdbc.sql("DELETE FROM purchase_order_state").update();
        jdbc.sql("DELETE FROM purchase_order_transfer").update();
        connectorId = defaultConnector(api);
        recordTransfer(api, TRANSFERRED_PO, TRANSFER_TIME);                              // receipts after it
        recordTransfer(api, OPEN_PO, Instant.now().truncatedTo(ChronoUnit.SECONDS));     // nothing after it
    }

    @Test
    void shouldMarkEveryPurchaseOrderNeedingAReTransferWhenTheSyncIsArmed() {
        HttpResponse<String> armed = api.patch("/api/connectors/" + connectorId, "{\"syncInventoryNext\": true}");

        assertThat(armed.statusCode()).as(armed.body()).isEqualTo(200);
        PurchaseOrderState needing = state(transfers, TRANSFERRED_PO);
        assertThat(needing.status()).isEqualTo(TransferStatus.READY);
        assertThat(needing.updateRequested()).isTrue();
        assertThat(state(transfers, OPEN_PO).status()).isEqualTo(TransferStatus.TRANSFERRED);
        assertThat(pendingTransferJobs(jdbc, connectorId)).isOne();
    }

    @Test
    void shouldStillArmTheSyncAndMarkNothingWhenAutotaskCannotBeRead() {
        AUTOTASK.injectFault(SandboxFault.error(500, "The logged in Resource does not have the adequate permissions")
                .forEntity("PurchaseOrders").times(1000));

        HttpResponse<String> armed = api.patch("/api/connectors/" + connectorId, "{\"syncInventoryNext\": true}");

        assertThat(armed.statusCode()).as(armed.body()).isEqualTo(200);
        assertThat(armed.body()).contains("\"syncInventoryNext\":true");
        assertThat(state(transfers, TRANSFERRED_PO).status()).isEqualTo(TransferStatus.TRANSFERRED);
    }

    static PurchaseOrderState state(PurchaseOrderTransfers transfers, long purchaseOrderId) {
        return transfers.states(List.of(purchaseOrderId)).get(purchaseOrderId);
    }

    static long pendingTransferJobs(JdbcClient jdbc, long connectorId) {
        return jdbc.sql("SELECT COUNT(*) FROM qbwc_job WHERE connector_id = :id AND job_type = :type"
                        + " AND status = 'PENDING'")
                .param("id", connectorId).param("type", PurchaseOrderTransfers.JOB_TYPE).query(Long.class).single();
    }

    /** The service's default (first) connector, created when there is none yet. */
    static long defaultConnector(AdminApi api) throws IOException {
        ObjectMapper json = new ObjectMapper();
        HttpResponse<String> list = api.get("/api/connectors");
        if (json.readTree(list.body()).isEmpty()) {
            HttpResponse<String> created = api.post("/api/connectors",
                    "{\"name\":\"Main\",\"username\":\"qbwc-main\",\"password\":\"a-long-enough-password\"}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        return json.readTree(api.get("/api/connectors").body()).get(0).get("id").asLong();
    }

    static void recordTransfer(AdminApi api, long purchaseOrderId, Instant at) {
        HttpResponse<String> response = api.put("/api/purchase-orders/" + purchaseOrderId + "/quickbooks-transfer",
                "{\"transferredAt\":\"" + at + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    static void register(DynamicPropertyRegistry registry, SandboxAutotaskServer server) {
        registry.add("autotask.base-url", server::zoneUrl);
        registry.add("autotask.username", () -> SandboxCredentials.demo().username());
        registry.add("autotask.secret", () -> SandboxCredentials.demo().secret());
        registry.add("autotask.integration-code", () -> SandboxCredentials.demo().integrationCode());
    }

    static SandboxAutotaskServer start(SandboxAutotask autotask) {
        try {
            return SandboxAutotaskServer.start(autotask);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
