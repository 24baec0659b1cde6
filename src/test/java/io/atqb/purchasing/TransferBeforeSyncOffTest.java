package io.atqb.purchasing;

import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.TRANSFERRED_PO;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.TRANSFER_TIME;
import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.AdminApi;
import io.atqb.ServiceTest;
import io.atqb.sandbox.autotask.SandboxAutotask;
import io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant;
import io.atqb.sandbox.autotask.SandboxAutotaskServer;
import io.atqb.sandbox.autotask.SandboxCredentials;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With ATQB_PURCHASING_TRANSFER_BEFORE_SYNC at its default (false), arming the sync marks no purchase order. */
@ServiceTest
class TransferBeforeSyncOffTest {

    static final SandboxAutotask AUTOTASK = new SandboxAutotask(SandboxAutotaskDemoTenant.create(),
            SandboxCredentials.demo());
    static final SandboxAutotaskServer SERVER = TransferBeforeSyncTest.start(AUTOTASK);

    @LocalServerPort
    int port;
    @Autowired
    PurchaseOrderTransfers transfers;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void autotask(DynamicPropertyRegistry registry) {
        TransferBeforeSyncTest.register(registry, SERVER);
    }

    @AfterAll
    static void stopServer() {
        SERVER.close();
    }

    @Test
    void shouldLeaveAPurchaseOrderNeedingAReTransferAsItIsWhenTheSyncIsArmed() throws Exception {
        AdminApi api = new AdminApi(port);
        long connectorId = TransferBeforeSyncTest.defaultConnector(api);
        TransferBeforeSyncTest.recordTransfer(api, TRANSFERRED_PO, TRANSFER_TIME);

        HttpResponse<String> armed = api.patch("/api/connectors/" + connectorId, "{\"syncInventoryNext\": true}");

        assertThat(armed.statusCode()).isEqualTo(200);
        assertThat(TransferBeforeSyncTest.state(transfers, TRANSFERRED_PO).status())
                .isEqualTo(TransferStatus.TRANSFERRED);
        assertThat(TransferBeforeSyncTest.pendingTransferJobs(jdbc, connectorId)).isZero();
        // the same PO is marked by hand, so the rule above is the setting's, not a PO that cannot be marked
        assertThat(api.post("/api/purchase-orders/transfer", "{\"needsResync\":true}").body())
                .contains("\"ids\":[" + TRANSFERRED_PO + "]");
    }
}
