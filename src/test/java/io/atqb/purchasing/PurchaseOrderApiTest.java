package io.atqb.purchasing;

import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.CANCELED_PO;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.LONG_NUMBER_PO;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.NEW_PO;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.OPEN_PO;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.PARTIAL_PO;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.SUBMITTED_PO;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.TRANSFERRED_PO;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.TRANSFER_TIME;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.AdminApi;
import io.atqb.ServiceTest;
import io.atqb.TestClock;
import io.atqb.sandbox.autotask.SandboxAutotask;
import io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant;
import io.atqb.sandbox.autotask.SandboxAutotaskServer;
import io.atqb.sandbox.autotask.SandboxCredentials;
import io.atqb.sandbox.autotask.SandboxFault;
import io.atqb.sandbox.autotask.SandboxTenant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * /api/purchase-orders over real HTTP against the simulated Autotask (demo tenant: POs 3001-3007 in every status,
 * 3005 Canceled), on the test clock. No web connector exists here, so marking leaves POs READY without a job; the
 * transfer itself is the transfer tests' part. Each test starts from a fresh tenant and no transfer state.
 */
@ServiceTest
@Import(TestClock.Config.class)
@TestPropertySource(properties = {
        "autotask.retry.backoff-base=10ms",
        "autotask.retry.backoff-max=50ms"})
class PurchaseOrderApiTest {

    static final SandboxAutotask AUTOTASK = new SandboxAutotask(SandboxAutotaskDemoTenant.create(),
            SandboxCredentials.demo());
    static final SandboxAutotaskServer SERVER = start(AUTOTASK);
    static final long UNKNOWN_PO = 987_654;
    static final List<Long> ALL = List.of(TRANSFERRED_PO, OPEN_PO, SUBMITTED_PO, NEW_PO, CANCELED_PO, PARTIAL_PO,
            LONG_NUMBER_PO);

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PurchaseOrderTransfers transfers;
    final ObjectMapper json = new ObjectMapper();
    AdminApi api;

    @DynamicPropertySource
    static void autotask(DynamicPropertyRegistry registry) {
        registry.add("autotask.base-url", SERVER::zoneUrl);
        registry.add("autotask.username", () -> SandboxCredentials.demo().username());
        registry.add("autotask.secret", () -> SandboxCredentials.demo().secret());
        registry.add("autotask.integration-code", () -> SandboxCredentials.demo().integrationCode());
    }

    @AfterAll
    static void stopServer() {
        SERVER.close();
    }

    @BeforeEach
    void setUp() {
        AUTOTASK.clearFaults();
        AUTOTASK.replaceTenant(SandboxAutotaskDemoTenant.create());
        jdbc.sql("DELETE FROM purchase_order_state").update();
        jdbc.sql("DELETE FROM purchase_order_transfer").update();
        // well past any recent-search reuse, so each test reads the fresh tenant
        clock.advance(Duration.ofHours(1));
        api = new AdminApi(port);
    }

    // ---- marking one

    @Test
    void shouldMarkOnePurchaseOrderReadyAndAnswer202() throws Exception {
        HttpResponse<String> response = api.post("/api/purchase-orders/" + NEW_PO + "/transfer", "");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("id").asLong()).isEqualTo(NEW_PO);
        assertThat(body.get("transferStatus").asText()).isEqualTo("READY");
        assertThat(body.get("message").asText()).contains("No default web connector");
        assertThat(state(NEW_PO).status()).isEqualTo(TransferStatus.READY);
        assertThat(state(NEW_PO).updateRequested()).isFalse();
    }

    @Test
    void shouldAnswer404ForAPurchaseOrderAutotaskDoesNotHave() throws Exception {
        HttpResponse<String> response = api.post("/api/purchase-orders/" + UNKNOWN_PO + "/transfer", "");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(message(response)).contains(Long.toString(UNKNOWN_PO));
        assertThat(state(UNKNOWN_PO).status()).isEqualTo(TransferStatus.NOT_TRANSFERRED);
    }

    @Test
    void shouldAnswer409ForACanceledPurchaseOrderAndLeaveItUnmarked() throws Exception {
        HttpResponse<String> response = api.post("/api/purchase-orders/" + CANCELED_PO + "/transfer", "");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(message(response)).contains("PO-1005").contains("Canceled");
        assertThat(state(CANCELED_PO).status()).isEqualTo(TransferStatus.NOT_TRANSFERRED);
    }

    @Test
    void shouldAskForAnUpdateWhenMarkingATransferredPurchaseOrder() throws Exception {
        recordTransfer(TRANSFERRED_PO, TRANSFER_TIME);

        HttpResponse<String> response = api.post("/api/purchase-orders/" + TRANSFERRED_PO + "/transfer", "");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(state(TRANSFERRED_PO).status()).isEqualTo(TransferStatus.READY);
        assertThat(state(TRANSFERRED_PO).updateRequested()).isTrue();
        assertThat(state(TRANSFERRED_PO).transferredAt()).isEqualTo(TRANSFER_TIME);
    }

    // ---- marking many

    @Test
    void shouldMarkTheKnownIdsOfAListAndAnswerEveryOtherIdWithItsReason() throws Exception {
        HttpResponse<String> response = api.post("/api/purchase-orders/transfer",
                "{\"ids\":[" + OPEN_PO + "," + UNKNOWN_PO + "," + CANCELED_PO + "," + SUBMITTED_PO + ","
                        + OPEN_PO + "]}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode body = json.readTree(response.body());
        assertThat(longs(body.get("ids"))).containsExactly(OPEN_PO, SUBMITTED_PO);
        assertThat(body.get("transferStatus").asText()).isEqualTo("READY");
        JsonNode refused = body.get("refused");
        assertThat(refused).hasSize(2);
        assertThat(refused.get(0).get("id").asLong()).isEqualTo(UNKNOWN_PO);
        assertThat(refused.get(0).get("reason").asText()).isEqualTo("NOT_FOUND");
        assertThat(refused.get(1).get("id").asLong()).isEqualTo(CANCELED_PO);
        assertThat(refused.get(1).get("reason").asText()).isEqualTo("CANCELED");
        assertThat(refused.get(1).get("message").asText()).contains("Canceled");
        assertThat(state(OPEN_PO).status()).isEqualTo(TransferStatus.READY);
        assertThat(state(SUBMITTED_PO).status()).isEqualTo(TransferStatus.READY);
        assertThat(state(CANCELED_PO).status()).isEqualTo(TransferStatus.NOT_TRANSFERRED);
    }

    @Test
    void shouldMarkNothingAndSaySoWhenNoListedIdCanBeMarked() throws Exception {
        HttpResponse<String> response = api.post("/api/purchase-orders/transfer",
                "{\"ids\":[" + UNKNOWN_PO + "," + CANCELED_PO + "]}");

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("ids")).isEmpty();
        assertThat(body.get("refused")).hasSize(2);
        assertThat(body.get("message").isNull()).isTrue();
    }

    @Test
    void shouldMarkExactlyThePurchaseOrdersThatNeedAReTransfer() throws Exception {
        recordTransfer(TRANSFERRED_PO, TRANSFER_TIME);          // receipts after: needs a re-transfer
        recordTransfer(OPEN_PO, clock.instant());               // nothing after: does not

        HttpResponse<String> response = api.post("/api/purchase-orders/transfer", "{\"needsResync\":true}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode body = json.readTree(response.body());
        assertThat(longs(body.get("ids"))).containsExactly(TRANSFERRED_PO);
        assertThat(body.get("refused")).isEmpty();
        assertThat(state(TRANSFERRED_PO).updateRequested()).isTrue();
        assertThat(state(OPEN_PO).status()).isEqualTo(TransferStatus.TRANSFERRED);
    }

    @Test
    void shouldRefuseACanceledPurchaseOrderAmongThoseNeedingAReTransfer() throws Exception {
        Instant before = Instant.parse("2026-01-01T00:00:00Z");
        recordTransfer(CANCELED_PO, before);
        AUTOTASK.addReceiving(4008, 1, before.plusSeconds(60));

        JsonNode body = json.readTree(api.post("/api/purchase-orders/transfer", "{\"needsResync\":true}").body());

        assertThat(body.get("ids")).isEmpty();
        assertThat(body.get("refused").get(0).get("id").asLong()).isEqualTo(CANCELED_PO);
        assertThat(body.get("refused").get(0).get("reason").asText()).isEqualTo("CANCELED");
    }

    @Test
    void shouldMarkNoneWhenNothingWasTransferred() throws Exception {
        HttpResponse<String> response = api.post("/api/purchase-orders/transfer", "{\"needsResync\":true}");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json.readTree(response.body()).get("ids")).isEmpty();
    }

    // ---- search

    @Test
    void shouldListEveryPurchaseOrderInIdOrderWithItsTransferStateAndSayHowFreshItIs() throws Exception {
        recordTransfer(TRANSFERRED_PO, TRANSFER_TIME);
        api.post("/api/purchase-orders/" + NEW_PO + "/transfer", "");
        Instant before = clock.instant();

        HttpResponse<String> response = api.get("/api/purchase-orders");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode list = json.readTree(response.body());
        assertThat(ids(list)).containsExactlyElementsOf(ALL);
        assertThat(response.headers().firstValue("X-Total-Count")).hasValue("7");
        assertThat(Instant.parse(response.headers().firstValue("X-Autotask-Read-At").orElseThrow()))
                .isBetween(before, clock.instant());
        JsonNode transferred = list.get(0);
        assertThat(transferred.get("purchaseOrderNumber").asText()).isEqualTo("PO-1001");
        assertThat(transferred.get("vendorName").asText()).isEqualTo("Ingram Micro Inc.");
        assertThat(transferred.get("status").asText()).isEqualTo("RECEIVED_PARTIAL");
        assertThat(transferred.get("transferStatus").asText()).isEqualTo("TRANSFERRED");
        assertThat(Instant.parse(transferred.get("transferredAt").asText())).isEqualTo(TRANSFER_TIME);
        assertThat(transferred.get("needsResync").asBoolean()).isTrue();
        assertThat(transferred.has("quickbooksTxnId")).isTrue();
        assertThat(transferred.has("quickbooksRefNumber")).isTrue();
        assertThat(transferred.has("message")).isTrue();
        assertThat(receivingIds(transferred)).containsExactly(6002L, 6003L, 6004L);
        JsonNode marked = list.get(3);
        assertThat(marked.get("transferStatus").asText()).isEqualTo("READY");
        assertThat(marked.get("needsResync").asBoolean()).isFalse();
        assertThat(marked.get("receivedSinceTransfer")).isEmpty();
        assertThat(marked.get("transferredAt").isNull()).isTrue();
        assertThat(list.get(4).get("status").asText()).isEqualTo("CANCELED");
        assertThat(list.get(4).get("transferStatus").asText()).isEqualTo("NOT_TRANSFERRED");
    }

    @Test
    void shouldPageWithLimitAndOffsetAndCountEveryMatch() throws Exception {
        assertThat(ids(search("limit=1"))).containsExactly(TRANSFERRED_PO);
        assertThat(ids(search("limit=500"))).containsExactlyElementsOf(ALL);
        assertThat(ids(search("offset=6&limit=1"))).containsExactly(LONG_NUMBER_PO);
        assertThat(ids(search("offset=2&limit=2"))).containsExactly(SUBMITTED_PO, NEW_PO);
        assertThat(ids(search("offset=7"))).isEmpty();
        HttpResponse<String> pastTheEnd = api.get("/api/purchase-orders?offset=2147483647&limit=500");
        assertThat(pastTheEnd.statusCode()).isEqualTo(200);
        assertThat(json.readTree(pastTheEnd.body())).isEmpty();
        assertThat(pastTheEnd.headers().firstValue("X-Total-Count")).hasValue("7");
    }

    @Test
    void shouldAnswerFiftyByDefaultAndAtMostFiveHundredOfFiveHundredAndOne() throws Exception {
        SandboxTenant.Builder many = SandboxTenant.builder().vendor(SandboxAutotaskDemoTenant.VENDOR_INGRAM, "Ingram");
        for (long id = 1; id <= 501; id++) {
            many.purchaseOrder(id, "BULK-" + id, SandboxTenant.PO_SUBMITTED);
        }
        AUTOTASK.replaceTenant(many.build());

        HttpResponse<String> firstPage = api.get("/api/purchase-orders");
        JsonNode widest = search("limit=500");
        JsonNode last = search("offset=500&limit=500");

        assertThat(json.readTree(firstPage.body())).hasSize(50);
        assertThat(ids(json.readTree(firstPage.body())).get(49)).isEqualTo(50L);
        assertThat(firstPage.headers().firstValue("X-Total-Count")).hasValue("501");
        assertThat(widest).hasSize(500);
        assertThat(ids(last)).containsExactly(501L);
    }

    @Test
    void shouldFilterByAutotaskStatusNumberAndVendor() throws Exception {
        assertThat(ids(search("status=CANCELED"))).containsExactly(CANCELED_PO);
        assertThat(ids(search("status=Received%20Partial"))).containsExactly(TRANSFERRED_PO, PARTIAL_PO);
        assertThat(ids(search("number=PO-1003"))).containsExactly(SUBMITTED_PO);
        assertThat(ids(search("number=PO-2026"))).containsExactly(LONG_NUMBER_PO);
        assertThat(ids(search("vendor=synnex"))).containsExactly(NEW_PO, LONG_NUMBER_PO);
        assertThat(ids(search("vendor=synnex&status=NEW"))).containsExactly(NEW_PO);
        assertThat(ids(search("vendor=nobody-sells-this"))).isEmpty();
    }

    @Test
    void shouldFilterByTransferStatus() throws Exception {
        recordTransfer(TRANSFERRED_PO, TRANSFER_TIME);
        api.post("/api/purchase-orders/transfer", "{\"ids\":[" + NEW_PO + "," + PARTIAL_PO + "]}");

        assertThat(ids(search("transferStatus=READY"))).containsExactly(NEW_PO, PARTIAL_PO);
        assertThat(ids(search("transferStatus=TRANSFERRED"))).containsExactly(TRANSFERRED_PO);
        assertThat(ids(search("transferStatus=FAILED"))).isEmpty();
        assertThat(ids(search("transferStatus=not_transferred"))).containsExactly(OPEN_PO, SUBMITTED_PO,
                CANCELED_PO, LONG_NUMBER_PO);
        assertThat(ids(search("transferStatus=READY&status=NEW"))).containsExactly(NEW_PO);
    }

    @Test
    void shouldCountAReceiptOneMillisecondAfterTheTransferButNotOneExactlyAtIt() throws Exception {
        Instant transferredAt = Instant.parse("2026-04-01T12:00:00Z");
        recordTransfer(NEW_PO, transferredAt);
        recordTransfer(SUBMITTED_PO, transferredAt);
        AUTOTASK.addReceiving(4006, 1, transferredAt);
        long after = AUTOTASK.addReceiving(4005, 1, transferredAt.plusMillis(1));

        JsonNode needing = search("needsResync=true");

        assertThat(ids(needing)).containsExactly(SUBMITTED_PO);
        assertThat(receivingIds(needing.get(0))).containsExactly(after);
        JsonNode receipt = needing.get(0).get("receivedSinceTransfer").get(0);
        assertThat(receipt.get("productId").asLong()).isEqualTo(SandboxAutotaskDemoTenant.UPS_LONG_NAME);
        assertThat(receipt.get("quantity").asInt()).isEqualTo(1);
        assertThat(Instant.parse(receipt.get("receiveDate").asText())).isEqualTo(transferredAt.plusMillis(1));
        JsonNode notNeeding = search("needsResync=false&transferStatus=TRANSFERRED");
        assertThat(ids(notNeeding)).containsExactly(NEW_PO);
        assertThat(notNeeding.get(0).get("receivedSinceTransfer")).isEmpty();
    }

    @Test
    void shouldListNoneNeedingAReTransferWithoutAskingAutotaskWhenNothingWasTransferred() throws Exception {
        long callsBefore = AUTOTASK.stats().totalCalls();

        HttpResponse<String> response = api.get("/api/purchase-orders?needsResync=true");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).isArray()).isTrue();
        assertThat(json.readTree(response.body())).isEmpty();
        assertThat(response.headers().firstValue("X-Total-Count")).hasValue("0");
        assertThat(AUTOTASK.stats().totalCalls()).isEqualTo(callsBefore);
    }

    @Test
    void shouldCountNeedsResyncMatchesBeforePaging() throws Exception {
        Instant transferredAt = Instant.parse("2026-01-01T00:00:00Z");
        for (long po : List.of(TRANSFERRED_PO, OPEN_PO, PARTIAL_PO, LONG_NUMBER_PO)) {
            recordTransfer(po, transferredAt);
        }

        HttpResponse<String> response = api.get("/api/purchase-orders?needsResync=true&offset=1&limit=2");

        assertThat(ids(json.readTree(response.body()))).containsExactly(OPEN_PO, PARTIAL_PO);
        assertThat(response.headers().firstValue("X-Total-Count")).hasValue("4");
    }

    @Test
    void shouldAnswerARepeatedSearchFromTheRecentReadAndSaySo() throws Exception {
        HttpResponse<String> first = api.get("/api/purchase-orders?vendor=Ingram");
        long calls = AUTOTASK.stats().totalCalls();
        clock.advance(Duration.ofSeconds(1));
        HttpResponse<String> second = api.get("/api/purchase-orders?vendor=Ingram");

        assertThat(first.headers().firstValue("X-Autotask-From-Cache")).hasValue("false");
        assertThat(second.headers().firstValue("X-Autotask-From-Cache")).hasValue("true");
        assertThat(second.headers().firstValue("X-Autotask-Read-At"))
                .isEqualTo(first.headers().firstValue("X-Autotask-Read-At"));
        assertThat(AUTOTASK.stats().totalCalls()).isEqualTo(calls);
        assertThat(second.body()).isEqualTo(first.body());
    }

    @Test
    void shouldAnswer502WithTheReasonWhenAutotaskCannotBeRead() throws Exception {
        AUTOTASK.injectFault(SandboxFault.error(500, "The logged in Resource does not have the adequate permissions")
                .forEntity("PurchaseOrders").times(1000));

        HttpResponse<String> search = api.get("/api/purchase-orders?number=PO-100");
        HttpResponse<String> mark = api.post("/api/purchase-orders/" + NEW_PO + "/transfer", "");

        assertThat(search.statusCode()).isEqualTo(502);
        assertThat(message(search)).startsWith("Autotask could not be read").contains("adequate permissions");
        assertThat(mark.statusCode()).isEqualTo(502);
        assertThat(api.post("/api/purchase-orders/transfer", "{\"ids\":[" + NEW_PO + "]}").statusCode())
                .isEqualTo(502);
        assertThat(api.get("/api/purchase-orders/" + NEW_PO).statusCode()).isEqualTo(502);
        assertThat(state(NEW_PO).status()).isEqualTo(TransferStatus.NOT_TRANSFERRED);
    }

    // ---- detail

    @Test
    void shouldShowOnePurchaseOrderWithItsLinesReceiptsAndTransfers() throws Exception {
        recordTransfer(TRANSFERRED_PO, TRANSFER_TIME);

        HttpResponse<String> response = api.get("/api/purchase-orders/" + TRANSFERRED_PO);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Autotask-From-Cache")).hasValue("false");
        JsonNode po = json.readTree(response.body());
        assertThat(po.get("id").asLong()).isEqualTo(TRANSFERRED_PO);
        assertThat(po.get("transferStatus").asText()).isEqualTo("TRANSFERRED");
        assertThat(po.get("needsResync").asBoolean()).isTrue();
        assertThat(receivingIds(po)).containsExactly(6002L, 6003L, 6004L);
        JsonNode lines = po.get("lines");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("id").asLong()).isEqualTo(4001);
        assertThat(lines.get(0).get("productId").asLong()).isEqualTo(SandboxAutotaskDemoTenant.WIDGET_KIT);
        assertThat(lines.get(0).get("productName").asText()).isEqualTo("Widget & Gadget Kit");
        assertThat(lines.get(0).get("quantity").asInt()).isEqualTo(10);
        assertThat(lines.get(0).get("receipts")).hasSize(2);
        assertThat(lines.get(1).get("receipts").get(1).get("quantity").asInt()).isEqualTo(-2);
        assertThat(po.get("transfers").isArray()).isTrue();
        assertThat(po.get("transfers")).isEmpty();
    }

    @Test
    void shouldShowAPurchaseOrderNeverTransferredWithoutNeedingAReTransfer() throws Exception {
        JsonNode po = json.readTree(api.get("/api/purchase-orders/" + PARTIAL_PO).body());

        assertThat(po.get("transferStatus").asText()).isEqualTo("NOT_TRANSFERRED");
        assertThat(po.get("needsResync").asBoolean()).isFalse();
        assertThat(po.get("receivedSinceTransfer")).isEmpty();
        assertThat(po.get("vendorName").asText()).startsWith("Müller");
        assertThat(po.get("lines")).hasSize(2);
    }

    @Test
    void shouldAnswer404ForTheDetailOfAPurchaseOrderAutotaskDoesNotHave() throws Exception {
        HttpResponse<String> response = api.get("/api/purchase-orders/" + UNKNOWN_PO);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(message(response)).contains(Long.toString(UNKNOWN_PO));
    }

    // ---- helpers

    private JsonNode search(String query) throws IOException {
        HttpResponse<String> response = api.get("/api/purchase-orders" + (query.isEmpty() ? "" : "?" + query));
        assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private void recordTransfer(long purchaseOrderId, Instant at) {
        HttpResponse<String> response = api.put("/api/purchase-orders/" + purchaseOrderId + "/quickbooks-transfer",
                "{\"transferredAt\":\"" + at + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private PurchaseOrderState state(long purchaseOrderId) {
        return transfers.states(List.of(purchaseOrderId)).get(purchaseOrderId);
    }

    private String message(HttpResponse<String> response) throws IOException {
        return json.readTree(response.body()).get("message").asText();
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(po -> ids.add(po.get("id").asLong()));
        return ids;
    }

    private static List<Long> longs(JsonNode list) {
        List<Long> values = new ArrayList<>();
        list.forEach(value -> values.add(value.asLong()));
        return values;
    }

    private static List<Long> receivingIds(JsonNode po) {
        List<Long> ids = new ArrayList<>();
        po.get("receivedSinceTransfer").forEach(receipt -> ids.add(receipt.get("receivingId").asLong()));
        return ids;
    }

    private static SandboxAutotaskServer start(SandboxAutotask autotask) {
        try {
            return SandboxAutotaskServer.start(autotask);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
