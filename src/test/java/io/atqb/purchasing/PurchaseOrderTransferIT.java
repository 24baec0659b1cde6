package io.atqb.purchasing;

import static io.atqb.purchasing.TransferScenario.CABLE;
import static io.atqb.purchasing.TransferScenario.GADGET;
import static io.atqb.purchasing.TransferScenario.PO_CANCELED;
import static io.atqb.purchasing.TransferScenario.PO_FULL;
import static io.atqb.purchasing.TransferScenario.PO_ITEM_CLASH;
import static io.atqb.purchasing.TransferScenario.PO_NEW;
import static io.atqb.purchasing.TransferScenario.PO_PARTIAL;
import static io.atqb.purchasing.TransferScenario.PO_SUBMITTED;
import static io.atqb.purchasing.TransferScenario.PO_VENDOR_CLASH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.AdminApi;
import io.atqb.AutotaskDouble;
import io.atqb.ServiceTest;
import io.atqb.autotask.AutotaskPurchasing;
import io.atqb.sandbox.autotask.SandboxAutotask;
import io.atqb.sandbox.quickbooks.ItemReceipt;
import io.atqb.sandbox.quickbooks.PurchaseOrder;
import io.atqb.sandbox.quickbooks.PurchaseOrderLine;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import io.atqb.sandbox.quickbooks.Vendor;
import io.atqb.sandbox.webconnector.SandboxWebConnector;
import io.atqb.sandbox.webconnector.SessionResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The purchase-order transfer end to end, over real HTTP and SOAP on loopback: the simulated Autotask, the
 * simulated Web Connector and the in-memory QuickBooks company. Each test gets a fresh service and database.
 */
@ServiceTest
@Import(PurchaseOrderTransferIT.EndedEvents.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@TestPropertySource(properties = {
        "atqb.qbwc.max-requests-per-message=50",
        "autotask.retry.backoff-base=10ms",
        "autotask.retry.backoff-max=50ms"})
class PurchaseOrderTransferIT {

    static final AutotaskDouble DOUBLE = new AutotaskDouble(TransferScenario.tenant());
    static final SandboxAutotask AUTOTASK = DOUBLE.autotask;
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<Long> TRANSFERABLE = List.of(PO_NEW, PO_SUBMITTED, PO_PARTIAL, PO_FULL);

    /** Collects every PurchaseOrderTransferEnded the service publishes. */
    @TestConfiguration
    static class EndedEvents {

        final List<PurchaseOrderTransferEnded> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(PurchaseOrderTransferEnded event) {
            events.add(event);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    EndedEvents ended;
    @Autowired
    PurchaseOrderTransfers transfers;
    @Autowired
    PurchaseOrderLedger ledger;
    @Autowired
    AutotaskPurchasing autotask;
    AdminApi api;
    SandboxCompanyFile company;

    @DynamicPropertySource
    static void autotask(DynamicPropertyRegistry registry) {
        DOUBLE.register(registry);
    }

    @AfterAll
    static void stopServer() {
        DOUBLE.server.close();
    }

    @BeforeEach
    void setUp() {
        AUTOTASK.clearFaults();
        AUTOTASK.replaceTenant(TransferScenario.tenant());
        api = new AdminApi(port);
        company = TransferScenario.company();
        JsonNode connector = json(api.post("/api/connectors", "{\"name\":\"Main company\",\"username\":\"qb-main\","
                + "\"password\":\"qbwc-password\",\"companyFile\":\"C:\\\\QB\\\\main.qbw\"}"));
        assertThat(connector.get("default").asBoolean()).isTrue();
    }

    @Test
    void shouldTransferReadyPurchaseOrdersOfEveryStatusAndFailOnlyTheClashingAndCanceledOnes() {
        transfers.markReady(List.of(PO_NEW, PO_SUBMITTED, PO_PARTIAL, PO_FULL, PO_CANCELED, PO_VENDOR_CLASH,
                PO_ITEM_CLASH), Instant.now());

        SessionResult session = session().build().runSession();

        assertThat(session.completed()).as(session.toString()).isTrue();
        // vendors: Acme created, Globex matched without regard to case, none for the customer's name
        assertThat(company.vendors()).extracting(Vendor::name)
                .containsExactlyInAnyOrder("GLOBEX CORP", "Acme Supplies");
        // one QuickBooks PO per transferable Autotask PO, each with its origin key
        Map<String, PurchaseOrder> pos = byGuid(company.purchaseOrders());
        assertThat(pos.keySet()).containsExactlyInAnyOrderElementsOf(
                TRANSFERABLE.stream().map(TransferPlanning::purchaseOrderGuid).toList());
        PurchaseOrder full = pos.get(TransferPlanning.purchaseOrderGuid(PO_FULL));
        assertThat(full.refNumber()).isEqualTo("PO-204-LONG");
        assertThat(full.vendorName()).isEqualTo("GLOBEX CORP");
        PurchaseOrder submitted = pos.get(TransferPlanning.purchaseOrderGuid(PO_SUBMITTED));
        assertThat(submitted.vendorMsg()).isEqualTo("Deliver to the back door, please");
        assertThat(submitted.lines()).extracting(line -> line.quantity().stripTrailingZeros().toPlainString() + "@"
                + line.rate().stripTrailingZeros().toPlainString()).containsExactly("10@7.25", "4@2.5");
        // one item receipt per Autotask receipt: partial, full, over-received and cancelled
        assertThat(company.itemReceipts()).extracting(ItemReceipt::refNumber)
                .containsExactlyInAnyOrder("AT401", "AT402", "AT403", "AT404", "AT405");
        assertThat(onHand("widget")).isEqualByComparingTo("26");
        assertThat(onHand("Gadget")).isEqualByComparingTo("4");
        assertThat(onHand("Cable Cat6")).isEqualByComparingTo("4");
        assertThat(full.lines()).extracting(PurchaseOrderLine::receivedQuantity)
                .containsExactly(new BigDecimal("6"), new BigDecimal("3"));
        // states: transferred ones in the ledger the sync reads, failed ones with QuickBooks' reason
        Map<Long, PurchaseOrderState> states = transfers.states(List.of(PO_NEW, PO_SUBMITTED, PO_PARTIAL, PO_FULL,
                PO_CANCELED, PO_VENDOR_CLASH, PO_ITEM_CLASH));
        TRANSFERABLE.forEach(id -> assertThat(states.get(id).status()).as("PO " + id)
                .isEqualTo(TransferStatus.TRANSFERRED));
        assertThat(states.get(PO_CANCELED).status()).isEqualTo(TransferStatus.FAILED);
        assertThat(states.get(PO_CANCELED).message()).contains("Canceled");
        assertThat(states.get(PO_VENDOR_CLASH).status()).isEqualTo(TransferStatus.FAILED);
        assertThat(states.get(PO_VENDOR_CLASH).message()).contains("3100").contains("Initech");
        assertThat(states.get(PO_ITEM_CLASH).status()).isEqualTo(TransferStatus.FAILED);
        assertThat(states.get(PO_ITEM_CLASH).message()).contains("non-inventory item").contains("Toner 12A");
        assertThat(ledger.transfers().keySet()).containsExactlyInAnyOrderElementsOf(TRANSFERABLE);
        assertThat(transfers.attempts(PO_FULL)).singleElement().satisfies(attempt -> {
            assertThat(attempt.kind()).isEqualTo(TransferAttempt.Kind.ADD);
            assertThat(attempt.status()).isEqualTo(TransferAttempt.Status.SUCCEEDED);
            assertThat(attempt.receipts()).extracting(TransferredReceipt::receivingId)
                    .containsExactly(402L, 403L, 404L, 405L);
        });
        // one event per attempt that ended
        assertThat(ended.events).extracting(PurchaseOrderTransferEnded::purchaseOrderId,
                PurchaseOrderTransferEnded::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(PO_NEW, "SUCCEEDED"),
                org.assertj.core.groups.Tuple.tuple(PO_SUBMITTED, "SUCCEEDED"),
                org.assertj.core.groups.Tuple.tuple(PO_PARTIAL, "SUCCEEDED"),
                org.assertj.core.groups.Tuple.tuple(PO_FULL, "SUCCEEDED"),
                org.assertj.core.groups.Tuple.tuple(PO_CANCELED, "FAILED"),
                org.assertj.core.groups.Tuple.tuple(PO_VENDOR_CLASH, "FAILED"),
                org.assertj.core.groups.Tuple.tuple(PO_ITEM_CLASH, "FAILED"));
        assertThat(ended.events).filteredOn(e -> e.purchaseOrderId() == PO_VENDOR_CLASH).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("3100"));
        // the write-back reaches Autotask
        awaitWriteBack(PO_NEW, "PO-201");
        awaitWriteBack(PO_FULL, "PO-204-LONG");
    }

    @Test
    void shouldReTransferOnlyTheDifferenceAfterNewReceiptsANewLineAndALineChange() {
        transfers.markReady(List.of(PO_SUBMITTED), Instant.now());
        assertThat(session().build().runSession().completed()).isTrue();
        Instant firstTransfer = ledger.transfers().get(PO_SUBMITTED);
        PurchaseOrder before = company.purchaseOrders().get(0);
        // Autotask receives on the gadget line, raises the widget line to 8 and adds a cable line, received too
        long gadgetReceipt = AUTOTASK.addReceiving(TransferScenario.LINE_SUBMITTED_GADGET, 6, Instant.now());
        AUTOTASK.setPurchaseOrderItemQuantity(TransferScenario.LINE_SUBMITTED_WIDGET, 8);
        long cableLine = AUTOTASK.addPurchaseOrderItem(PO_SUBMITTED, CABLE, TransferScenario.MAIN, 2,
                new BigDecimal("1.10"));
        long cableReceipt = AUTOTASK.addReceiving(cableLine, 2, Instant.now());
        TransferDifference difference = transfers.difference(autotask.transferData(List.of(PO_SUBMITTED)).get(0));
        assertThat(difference.newReceipts()).extracting(r -> r.id()).containsExactly(gadgetReceipt, cableReceipt);
        assertThat(difference.changedLines()).extracting(l -> l.id())
                .containsExactly(TransferScenario.LINE_SUBMITTED_WIDGET);
        assertThat(difference.newLines()).extracting(l -> l.id()).containsExactly(cableLine);

        transfers.markReady(List.of(PO_SUBMITTED), Instant.now());
        assertThat(transfers.states(List.of(PO_SUBMITTED)).get(PO_SUBMITTED).updateRequested()).isTrue();
        SessionResult update = session().build().runSession();

        assertThat(update.completed()).as(update.toString()).isTrue();
        assertThat(company.requestCount("PurchaseOrderAddRq")).isEqualTo(1);
        assertThat(company.purchaseOrders()).singleElement().satisfies(po -> {
            assertThat(po.txnId()).isEqualTo(before.txnId());
            assertThat(po.lines()).extracting(line -> line.quantity().stripTrailingZeros().toPlainString())
                    .containsExactly("10", "8", "2");
            assertThat(po.lines().get(0).txnLineId()).isEqualTo(before.lines().get(0).txnLineId());
            assertThat(po.lines().get(1).txnLineId()).isEqualTo(before.lines().get(1).txnLineId());
            assertThat(po.lines()).extracting(line -> line.receivedQuantity().stripTrailingZeros().toPlainString())
                    .containsExactly("6", "0", "2");
        });
        assertThat(company.itemReceipts()).extracting(ItemReceipt::refNumber)
                .containsExactlyInAnyOrder("AT" + gadgetReceipt, "AT" + cableReceipt);
        assertThat(onHand("Gadget")).isEqualByComparingTo("6");
        assertThat(onHand("Cable Cat6")).isEqualByComparingTo("2");
        assertThat(onHand("widget")).isEqualByComparingTo("20");
        assertThat(ledger.transfers().get(PO_SUBMITTED)).isAfter(firstTransfer);
        assertThat(transfers.difference(autotask.transferData(List.of(PO_SUBMITTED)).get(0)).isEmpty()).isTrue();
        List<TransferAttempt> attempts = transfers.attempts(PO_SUBMITTED);
        assertThat(attempts).extracting(TransferAttempt::kind)
                .containsExactly(TransferAttempt.Kind.UPDATE, TransferAttempt.Kind.ADD);
        assertThat(attempts.get(0).status()).isEqualTo(TransferAttempt.Status.SUCCEEDED);
        assertThat(attempts.get(0).receipts()).extracting(TransferredReceipt::receivingId)
                .containsExactly(gadgetReceipt, cableReceipt);
        assertThat(transfers.states(List.of(PO_SUBMITTED)).get(PO_SUBMITTED).status())
                .isEqualTo(TransferStatus.TRANSFERRED);
    }

    @Test
    void shouldReTransferBeforeTheSyncPendingInTheSameSessionSoTheSyncCountsEveryReceipt() throws Exception {
        transfers.markReady(List.of(PO_PARTIAL, PO_FULL), Instant.now());
        assertThat(session().build().runSession().completed()).isTrue();
        // Autotask receives 3 more gadgets after the transfer: its on hand becomes 7
        long receipt = AUTOTASK.addReceiving(TransferScenario.LINE_PARTIAL_GADGET, 3, Instant.now());
        AUTOTASK.setField("InventoryItems", GADGET_STOCK_ROW, "quantityOnHand", 7);
        // the sync is armed and planned first (the receipt counts as received after the transfer) ...
        long connectorId = json(api.get("/api/connectors")).get(0).get("id").asLong();
        assertThat(api.patch("/api/connectors/" + connectorId, "{\"syncInventoryNext\":true}").statusCode())
                .isEqualTo(200);
        awaitNotSyncedPlanned();
        // ... then the PO is marked for its re-transfer
        transfers.markReady(List.of(PO_PARTIAL), Instant.now());

        SessionResult session = session().build().runSession();

        assertThat(session.completed()).as(session.toString()).isTrue();
        assertThat(company.itemReceipts()).extracting(ItemReceipt::refNumber).contains("AT" + receipt).hasSize(6);
        // QuickBooks On Hand equals Autotask's: the receipt went over once, and the sync counted it
        assertThat(onHand("Gadget")).isEqualByComparingTo("7");
        assertThat(onHand("widget")).isEqualByComparingTo("26");
        assertThat(onHand("Cable Cat6")).isEqualByComparingTo("4");
        JsonNode runs = json(api.get("/api/inventory-sync/runs"));
        assertThat(runs).hasSize(2);
        assertThat(runs.get(1).get("message").asText()).contains("Planned before purchase orders were transferred");
        JsonNode latest = runs.get(0);
        assertThat(latest.get("status").asText()).isIn("SUCCEEDED", "COMPLETED_WITH_ERRORS");
        assertThat(latest.get("counts").get("notSynced").asInt()).isZero();
        assertThat(transfers.attempts(PO_PARTIAL).get(0).kind()).isEqualTo(TransferAttempt.Kind.UPDATE);
    }

    @Test
    void shouldLeaveAReceiptQuickBooksRefusedOutOfTheSyncUntilTheReTransferSendsItOnce() throws Exception {
        // QuickBooks refuses the first item receipt of the full PO (not a lock: the PO fails, the rest goes on)
        company.injectRequestStatus("ItemReceiptAddRq", 3140, "There is an invalid reference to a transaction", 1);
        transfers.markReady(List.of(PO_FULL), Instant.now());
        assertThat(session().build().runSession().completed()).isTrue();
        assertThat(transfers.states(List.of(PO_FULL)).get(PO_FULL).status()).isEqualTo(TransferStatus.FAILED);
        assertThat(company.itemReceipts()).extracting(ItemReceipt::refNumber)
                .containsExactlyInAnyOrder("AT403", "AT404", "AT405");
        assertThat(ledger.transfers()).containsKey(PO_FULL);
        assertThat(transfers.difference(autotask.transferData(List.of(PO_FULL)).get(0)).newReceipts())
                .extracting(r -> r.id()).containsExactly(402L);

        // the complete sync leaves the refused receipt (4 widgets, received before the transfer) out
        long connectorId = json(api.get("/api/connectors")).get(0).get("id").asLong();
        armSync(connectorId);
        assertThat(session().build().runSession().completed()).isTrue();
        JsonNode first = json(api.get("/api/inventory-sync/runs")).get(0);
        assertThat(first.get("counts").get("notSynced").asInt()).isEqualTo(1);
        JsonNode notSynced = notSyncedEntries(first.get("id").asLong());
        assertThat(notSynced).hasSize(1);
        assertThat(notSynced.get(0).get("purchaseOrderId").asLong()).isEqualTo(PO_FULL);
        assertThat(notSynced.get(0).get("quantity").asLong()).isEqualTo(4);
        assertThat(notSynced.get(0).get("severity").asText()).isEqualTo("ERROR");
        assertThat(onHand("widget")).isEqualByComparingTo("22");
        assertThat(onHand("Cable Cat6")).isEqualByComparingTo("4");

        // the re-transfer sends it, once
        transfers.markReady(List.of(PO_FULL), Instant.now());
        assertThat(session().build().runSession().completed()).isTrue();
        assertThat(transfers.states(List.of(PO_FULL)).get(PO_FULL).status()).isEqualTo(TransferStatus.TRANSFERRED);
        assertThat(company.itemReceipts()).extracting(ItemReceipt::refNumber)
                .containsExactlyInAnyOrder("AT402", "AT403", "AT404", "AT405");
        assertThat(transfers.difference(autotask.transferData(List.of(PO_FULL)).get(0)).isEmpty()).isTrue();
        assertThat(onHand("widget")).isEqualByComparingTo("26");

        // the next sync: On Hand equals Autotask's, nothing left out
        armSync(connectorId);
        assertThat(session().build().runSession().completed()).isTrue();
        JsonNode second = json(api.get("/api/inventory-sync/runs")).get(0);
        assertThat(second.get("id").asLong()).isNotEqualTo(first.get("id").asLong());
        assertThat(second.get("counts").get("notSynced").asInt()).isZero();
        assertThat(onHand("widget")).isEqualByComparingTo("26");
        assertThat(onHand("Cable Cat6")).isEqualByComparingTo("4");
    }

    private void armSync(long connectorId) {
        assertThat(api.patch("/api/connectors/" + connectorId, "{\"syncInventoryNext\":true}").statusCode())
                .isEqualTo(200);
    }

    private JsonNode notSyncedEntries(long runId) {
        JsonNode entries = json(api.get("/api/inventory-sync/runs/" + runId + "/history"));
        List<JsonNode> notSynced = new java.util.ArrayList<>();
        entries.forEach(entry -> {
            if ("NOT_SYNCED".equals(entry.get("action").asText())) {
                notSynced.add(entry);
            }
        });
        return JSON.valueToTree(notSynced);
    }

    @Test
    void shouldRetryAPurchaseOrderQuickBooksHadLockedInTheNextSessionWhileTheOthersGoOn() {
        company.injectRequestStatus("PurchaseOrderAddRq", 3180, "There was an error when saving a purchase order", 1);
        transfers.markReady(List.of(PO_NEW, PO_PARTIAL), Instant.now());

        SessionResult first = session().build().runSession();

        assertThat(first.completed()).as(first.toString()).isTrue();
        Map<Long, PurchaseOrderState> afterFirst = transfers.states(List.of(PO_NEW, PO_PARTIAL));
        assertThat(afterFirst.values()).extracting(PurchaseOrderState::status)
                .containsExactlyInAnyOrder(TransferStatus.TRANSFERRED, TransferStatus.READY);
        PurchaseOrderState locked = afterFirst.values().stream()
                .filter(state -> state.status() == TransferStatus.READY).findFirst().orElseThrow();
        assertThat(locked.message()).contains("3180").contains("retried in the next session");
        assertThat(company.purchaseOrders()).hasSize(1);

        SessionResult second = session().build().runSession();

        assertThat(second.completed()).as(second.toString()).isTrue();
        assertThat(transfers.states(List.of(PO_NEW, PO_PARTIAL)).values()).extracting(PurchaseOrderState::status)
                .containsOnly(TransferStatus.TRANSFERRED);
        assertThat(company.purchaseOrders()).hasSize(2);
        assertThat(company.itemReceipts()).extracting(ItemReceipt::refNumber).containsExactly("AT401");
        assertThat(transfers.attempts(locked.purchaseOrderId())).singleElement()
                .extracting(TransferAttempt::status).isEqualTo(TransferAttempt.Status.SUCCEEDED);
    }

    /** The InventoryItems row of the gadget (the third stock row of the scenario). */
    static final long GADGET_STOCK_ROW = 50_000_002L;

    private void awaitNotSyncedPlanned() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            JsonNode runs = json(api.get("/api/inventory-sync/runs"));
            if (runs.size() > 0 && runs.get(0).get("counts").get("notSynced").asInt() > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the sync was not planned: " + api.get("/api/inventory-sync/runs").body());
    }

    private SandboxWebConnector.Builder session() {
        return TransferScenario.webConnector(port, "qb-main", company);
    }

    private BigDecimal onHand(String itemName) {
        return company.findItem(itemName).orElseThrow(() -> new AssertionError("no item " + itemName))
                .quantityOnHand();
    }

    private void awaitWriteBack(long purchaseOrderId, String expected) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!expected.equals(AUTOTASK.purchaseOrderField(purchaseOrderId, "externalPONumber"))
                && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(AUTOTASK.purchaseOrderField(purchaseOrderId, "externalPONumber")).isEqualTo(expected);
    }

    static Map<String, PurchaseOrder> byGuid(List<PurchaseOrder> purchaseOrders) {
        return purchaseOrders.stream().collect(Collectors.toMap(PurchaseOrder::externalGuid, Function.identity()));
    }

    static JsonNode json(java.net.http.HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }
}
