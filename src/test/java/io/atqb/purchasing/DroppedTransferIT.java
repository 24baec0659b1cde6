package io.atqb.purchasing;

import static io.atqb.purchasing.TransferScenario.PO_FULL;
import static io.atqb.purchasing.TransferScenario.PO_PARTIAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.AdminApi;
import io.atqb.ServiceInstance;
import io.atqb.TestClock;
import io.atqb.sandbox.autotask.SandboxAutotask;
import io.atqb.sandbox.autotask.SandboxAutotaskServer;
import io.atqb.sandbox.autotask.SandboxCredentials;
import io.atqb.sandbox.quickbooks.ItemReceipt;
import io.atqb.sandbox.quickbooks.PurchaseOrder;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import io.atqb.sandbox.webconnector.SandboxWebConnector;
import io.atqb.sandbox.webconnector.SessionResult;
import io.atqb.sandbox.webconnector.StopReason;
import io.atqb.system.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Never twice: a session of the transfer drops after QuickBooks added the purchase order or its item receipts but
 * before their answers reached the service, which then restarts; the next session finds what QuickBooks already
 * has (by RefNumber and ExternalGUID) and adds only the rest. Also an HRESULT instead of the answer.
 */
class DroppedTransferIT {

    SandboxAutotaskServer server;
    SandboxCompanyFile company;
    TestClock clock;
    Map<String, String> settings;

    @BeforeEach
    void setUp() throws IOException {
        server = SandboxAutotaskServer.start(new SandboxAutotask(TransferScenario.tenant(), SandboxCredentials.demo()));
        company = TransferScenario.company();
        clock = TestClock.atSystemTime();
        settings = new HashMap<>();
        settings.put("autotask.base-url", server.zoneUrl());
        settings.put("autotask.username", SandboxCredentials.demo().username());
        settings.put("autotask.secret", SandboxCredentials.demo().secret());
        settings.put("autotask.integration-code", SandboxCredentials.demo().integrationCode());
        settings.put("atqb.qbwc.max-requests-per-message", "50");
        settings.put("spring.datasource.url",
                "jdbc:h2:file:" + Path.of("target", "dropped-transfer-" + UUID.randomUUID()).toAbsolutePath());
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void shouldLeaveOnePurchaseOrderWhenItsAddReachedQuickBooksButTheAnswerWasLostAndTheServiceRestarted() {
        // messages: 1 vendor query, 2 item queries, 3 item add, 4 the purchase order add, 5 the item receipts
        SessionResult dropped = dropAndRestart(PO_FULL, wc -> wc.dropBeforeResponseToMessage(4), () -> {
            assertThat(company.purchaseOrders()).hasSize(1);
            assertThat(company.itemReceipts()).isEmpty();
        });

        assertThat(dropped.dropped()).isTrue();
        assertThat(company.requestCount("PurchaseOrderQueryRq")).isPositive();
        assertThat(company.requestCount("PurchaseOrderAddRq")).isEqualTo(1);
        assertThat(company.purchaseOrders()).singleElement()
                .extracting(PurchaseOrder::externalGuid).isEqualTo(TransferPlanning.purchaseOrderGuid(PO_FULL));
        assertThat(company.itemReceipts()).extracting(ItemReceipt::refNumber)
                .containsExactlyInAnyOrder("AT402", "AT403", "AT404", "AT405");
        assertThat(onHand("widget")).isEqualByComparingTo("26");
        assertThat(onHand("Cable Cat6")).isEqualByComparingTo("4");
    }

    @Test
    void shouldLeaveOneItemReceiptPerAutotaskReceiptWhenTheirAnswersWereLostAndTheServiceRestarted() {
        SessionResult dropped = dropAndRestart(PO_FULL, wc -> wc.dropBeforeResponseToMessage(5), () -> {
            assertThat(company.purchaseOrders()).hasSize(1);
            assertThat(company.itemReceipts()).hasSize(4);
        });

        assertThat(dropped.dropped()).isTrue();
        assertThat(company.requestCount("ItemReceiptQueryRq")).isPositive();
        assertThat(company.requestCount("ItemReceiptAddRq")).isEqualTo(4);
        assertThat(company.purchaseOrders()).hasSize(1);
        assertThat(company.itemReceipts()).extracting(ItemReceipt::refNumber)
                .containsExactlyInAnyOrder("AT402", "AT403", "AT404", "AT405");
        assertThat(onHand("widget")).isEqualByComparingTo("26");
        assertThat(onHand("Cable Cat6")).isEqualByComparingTo("4");
    }

    @Test
    void shouldLeaveOneItemReceiptPerAutotaskReceiptAfterALostAnswerAndARestartOnPostgreSql() {
        settings.put("spring.datasource.url", EmbeddedPostgres.freshDatabaseUrl());
        settings.put("spring.datasource.username", "postgres");
        settings.put("spring.datasource.password", "postgres");

        dropAndRestart(PO_FULL, wc -> wc.dropBeforeResponseToMessage(5),
                () -> assertThat(company.itemReceipts()).hasSize(4));

        assertThat(company.purchaseOrders()).hasSize(1);
        assertThat(company.itemReceipts()).extracting(ItemReceipt::refNumber)
                .containsExactlyInAnyOrder("AT402", "AT403", "AT404", "AT405");
    }

    @Test
    void shouldSendThePurchaseOrderOnceWhenQuickBooksAnsweredItWithAnHresult() {
        // messages: 1 vendor query, 2 vendor add, 3 item query, 4 item add, 5 the purchase order add
        try (ServiceInstance service = ServiceInstance.start(settings, clock)) {
            connectAndMark(service, PO_PARTIAL);
            SessionResult failed = webConnector(service).hresultOnMessage(5, "0x80040408",
                    "QuickBooks could not be reached").build().runSession();
            SessionResult next = webConnector(service).retryWhenBusy(5, clock::advance).build().runSession();

            assertThat(failed.stopReason()).isNotEqualTo(StopReason.COMPLETED);
            assertThat(next.stopReason()).as(next.toString()).isEqualTo(StopReason.COMPLETED);
            assertThat(company.purchaseOrders()).hasSize(1);
            assertThat(company.itemReceipts()).extracting(ItemReceipt::refNumber).containsExactly("AT401");
            assertThat(service.bean(PurchaseOrderTransfers.class).states(List.of(PO_PARTIAL)).get(PO_PARTIAL).status())
                    .isEqualTo(TransferStatus.TRANSFERRED);
        }
    }

    /** Marks the PO, lets the first session drop, checks QuickBooks, restarts the service and runs the next session. */
    private SessionResult dropAndRestart(long purchaseOrderId, UnaryOperator<SandboxWebConnector.Builder> drop,
                                         Runnable afterDrop) {
        SessionResult dropped;
        try (ServiceInstance first = ServiceInstance.start(settings, clock)) {
            connectAndMark(first, purchaseOrderId);
            dropped = drop.apply(webConnector(first)).build().runSession();
        }
        afterDrop.run();
        try (ServiceInstance second = ServiceInstance.start(settings, clock)) {
            SessionResult resumed = webConnector(second).retryWhenBusy(5, clock::advance).build().runSession();

            assertThat(resumed.stopReason()).as(resumed.toString()).isEqualTo(StopReason.COMPLETED);
            PurchaseOrderState state = second.bean(PurchaseOrderTransfers.class).states(List.of(purchaseOrderId))
                    .get(purchaseOrderId);
            assertThat(state.status()).as(String.valueOf(state.message())).isEqualTo(TransferStatus.TRANSFERRED);
            assertThat(second.bean(PurchaseOrderLedger.class).transfers()).containsOnlyKeys(purchaseOrderId);
        }
        return dropped;
    }

    private void connectAndMark(ServiceInstance service, long purchaseOrderId) {
        new AdminApi(service.port()).post("/api/connectors", "{\"name\":\"Main company\",\"username\":\"qb-main\","
                + "\"password\":\"qbwc-password\",\"companyFile\":\"C:\\\\QB\\\\main.qbw\"}");
        service.bean(PurchaseOrderTransfers.class).markReady(List.of(purchaseOrderId), Instant.now());
    }

    private SandboxWebConnector.Builder webConnector(ServiceInstance service) {
        return TransferScenario.webConnector(service.port(), "qb-main", company);
    }

    private BigDecimal onHand(String itemName) {
        return company.findItem(itemName).orElseThrow().quantityOnHand();
    }
}
