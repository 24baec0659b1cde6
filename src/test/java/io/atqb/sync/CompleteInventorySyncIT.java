package io.atqb.sync;

import static io.atqb.sync.SyncScenario.history;
import static io.atqb.sync.SyncScenario.json;
import static io.atqb.sync.SyncScenario.latestRun;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.atqb.AdminApi;
import io.atqb.ServiceTest;
import io.atqb.sandbox.autotask.SandboxAutotask;
import io.atqb.sandbox.autotask.SandboxFault;
import io.atqb.sandbox.quickbooks.Item;
import io.atqb.sandbox.quickbooks.ItemType;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import io.atqb.sandbox.webconnector.SessionResult;
import io.atqb.sandbox.webconnector.StopReason;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The complete inventory sync end to end, over real HTTP and SOAP on loopback: the simulated Autotask, the
 * Web Connector double and the in-memory QuickBooks company. Each test gets a fresh service and database.
 */
@ServiceTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@TestPropertySource(properties = {
        "atqb.sync.inventory.max-returned=4",
        "atqb.sync.inventory.adjustment-lines-per-request=3",
        "atqb.qbwc.max-requests-per-message=5",
        "atqb.qbwc.session-timeout=2s",
        "autotask.retry.backoff-base=10ms",
        "autotask.retry.backoff-max=50ms"})
class CompleteInventorySyncIT {

    static final AutotaskDouble DOUBLE = new AutotaskDouble();
    static final SandboxAutotask AUTOTASK = DOUBLE.autotask;

    @LocalServerPort
    int port;
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
        AUTOTASK.replaceTenant(SyncScenario.tenant());
        api = new AdminApi(port);
        company = SyncScenario.company();
    }

    @Test
    void shouldMakeQuickBooksOnHandEqualAutotaskByEveryRule() {
        long connectorId = SyncScenario.armDefaultConnector(api, "qb-main");

        SessionResult session = SyncScenario.webConnector(port, "qb-main", company).build().runSession();

        assertThat(session.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(session.closeMessage())
                .isEqualTo("Inventory sync: 2 adjusted, 4 created, 1 unchanged, 3 not synced, 3 failed");
        // sums over all locations, the inactive one too, less receipts after the transfer (never the ones before)
        assertThat(onHand("Widget & Gadget Kit")).isEqualByComparingTo("26");
        // matched without regard to case, QuickBooks' own spelling kept
        assertThat(company.findItem("Cable <Cat6> 3m").orElseThrow().name()).isEqualTo("cable <cat6> 3m");
        assertThat(onHand("cable <cat6> 3m")).isEqualByComparingTo("160");
        assertThat(onHand("Monitor 27\" 4K")).isEqualByComparingTo("8");
        // created with the connector's accounts and their count set
        Item shelf = company.findItem("O'Brien's Shelf").orElseThrow();
        assertThat(shelf.type()).isEqualTo(ItemType.INVENTORY);
        assertThat(shelf.quantityOnHand()).isEqualByComparingTo("5");
        assertThat(shelf.incomeAccount()).isEqualTo("Autotask Other");
        assertThat(shelf.cogsAccount()).isEqualTo("Cost of Goods Sold");
        assertThat(shelf.assetAccount()).isEqualTo("Inventory Asset");
        // 7 on hand, less +5 and -2 received after the transfer
        assertThat(onHand("Café Größe L ☕")).isEqualByComparingTo("4");
        assertThat(onHand(SyncScenario.EXACT_31_NAME)).isEqualByComparingTo("10");
        assertThat(onHand("Uninterruptible Power Supply 15")).isEqualByComparingTo("5");
        // colliding names: nothing written for either product
        assertThat(company.findItem("Dell Latitude 5540 Laptop i7 16")).isEmpty();
        // the non-inventory item keeps its name and kind; QuickBooks-only items are untouched
        assertThat(company.findItem("Toner 12A").orElseThrow().type()).isEqualTo(ItemType.NON_INVENTORY);
        assertThat(onHand("Office Chair")).isEqualByComparingTo("4");
        assertThat(onHand("Old Stock (inactive)")).isEqualByComparingTo("2");
        assertThat(company.findItem("Installation Service")).isEmpty();
        // counts are set with NewQuantity, on the adjustment account, naming the run
        long runId = latestRun(api).get("id").asLong();
        assertThat(company.adjustments()).isNotEmpty().allSatisfy(adjustment -> {
            assertThat(adjustment.accountFullName()).isEqualTo("Inventory Adjustment");
            assertThat(adjustment.refNumber()).isEqualTo("ATQB" + runId);
            assertThat(adjustment.memo()).contains("run " + runId);
            assertThat(adjustment.lines()).allSatisfy(line -> assertThat(line.requestedNewQuantity()).isNotNull());
        });

        JsonNode run = latestRun(api);
        assertThat(run.get("status").asText()).isEqualTo("COMPLETED_WITH_ERRORS");
        assertThat(run.get("trigger").asText()).isEqualTo("ADMIN_API");
        assertThat(run.get("counts").toString())
                .isEqualTo("{\"adjusted\":2,\"created\":4,\"unchanged\":1,\"notSynced\":3,\"failed\":3}");
        JsonNode connector = json(api.get("/api/connectors/" + connectorId));
        assertThat(connector.get("syncInventoryNext").asBoolean()).isFalse();
        assertThat(connector.get("lastInventorySync").isNull()).isFalse();

        Map<Long, JsonNode> outcomes = outcomesByProduct(runId);
        JsonNode kit = outcomes.get(SyncScenario.KIT);
        assertThat(kit.get("action").asText()).isEqualTo("ADJUSTED");
        assertThat(kit.get("severity").asText()).isEqualTo("INFO");
        assertThat(kit.get("autotaskOnHand").asLong()).isEqualTo(30);
        assertThat(kit.get("quickbooksBefore").decimalValue()).isEqualByComparingTo("20");
        assertThat(kit.get("quickbooksAfter").decimalValue()).isEqualByComparingTo("26");
        assertThat(kit.get("quickbooksListId").asText()).isEqualTo(company.findItem("Widget & Gadget Kit").orElseThrow().listId());
        assertThat(kit.get("locations").toString()).contains("\"locationName\":\"Closed Depot\",\"onHand\":2")
                .contains("\"locationName\":\"Main Warehouse\",\"onHand\":25").contains("\"onHand\":3");
        assertThat(outcomes.get(SyncScenario.CABLE).get("action").asText()).isEqualTo("ADJUSTED");
        assertThat(outcomes.get(SyncScenario.MONITOR).get("action").asText()).isEqualTo("UNCHANGED");
        assertThat(outcomes.get(SyncScenario.SHELF).get("action").asText()).isEqualTo("CREATED");
        assertThat(outcomes.get(SyncScenario.SHELF).get("quickbooksAfter").decimalValue()).isEqualByComparingTo("5");
        assertThat(outcomes.get(SyncScenario.LONG_NAME).get("itemName").asText()).isEqualTo(SyncScenario.LONG_NAME_FULL);
        assertThat(outcomes.get(SyncScenario.LAPTOP_A).get("action").asText()).isEqualTo("FAILED");
        assertThat(outcomes.get(SyncScenario.LAPTOP_B).get("message").asText()).contains("31 characters");
        assertThat(outcomes.get(SyncScenario.TONER).get("message").asText()).contains("non-inventory item");
        assertThat(outcomes).doesNotContainKey(SyncScenario.SERVICE);
        List<JsonNode> notSynced = history(api, runId).stream()
                .filter(e -> e.get("action").asText().equals("NOT_SYNCED")).toList();
        assertThat(notSynced).extracting(e -> e.get("quantity").asLong()).containsExactlyInAnyOrder(4L, 5L, -2L);
        assertThat(notSynced).allSatisfy(e -> {
            assertThat(e.get("severity").asText()).isEqualTo("ERROR");
            assertThat(e.get("purchaseOrderId").asLong()).isEqualTo(SyncScenario.TRANSFERRED_PO);
            assertThat(e.get("message").asText()).contains("PO-1001");
        });
        JsonNode resync = json(api.get("/api/purchase-orders?needsResync=true"));
        assertThat(resync).hasSize(1);
        assertThat(resync.get(0).get("receivedSinceTransfer")).hasSize(3);
    }

    @Test
    void shouldWriteNothingOnASecondRunRightAfterTheFirst() {
        long connectorId = SyncScenario.armDefaultConnector(api, "qb-main");
        SyncScenario.webConnector(port, "qb-main", company).build().runSession();
        int adjustments = company.adjustments().size();
        int items = company.items().size();

        api.patch("/api/connectors/" + connectorId, "{\"syncInventoryNext\":true}");
        SessionResult second = SyncScenario.webConnector(port, "qb-main", company).build().runSession();

        assertThat(second.closeMessage())
                .isEqualTo("Inventory sync: 0 adjusted, 0 created, 7 unchanged, 3 not synced, 3 failed");
        assertThat(company.adjustments()).hasSize(adjustments);
        assertThat(company.items()).hasSize(items);
        // only the product blocked by the non-inventory item is tried again, and QuickBooks refuses it (3100)
        assertThat(company.requestCount("ItemInventoryAddRq")).isEqualTo(6);
        long runId = latestRun(api).get("id").asLong();
        assertThat(outcomesByProduct(runId).values()).allSatisfy(entry ->
                assertThat(entry.get("action").asText()).isIn("UNCHANGED", "FAILED"));
    }

    @Test
    void shouldConvergeExactlyWhenASessionDropsHalfWayAndResumes() throws Exception {
        SyncScenario.armDefaultConnector(api, "qb-main");

        SessionResult dropped = SyncScenario.webConnector(port, "qb-main", company).dropAfterMessages(3)
                .build().runSession();
        assertThat(dropped.dropped()).isTrue();
        Thread.sleep(2100); // the abandoned ticket expires (session-timeout 2s in this test)
        SessionResult resumed = SyncScenario.webConnector(port, "qb-main", company).build().runSession();

        assertThat(resumed.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(resumed.closeMessage())
                .isEqualTo("Inventory sync: 2 adjusted, 4 created, 1 unchanged, 3 not synced, 3 failed");
        assertQuickBooksSynced();
        // the items created before the drop are found and linked, not created again
        assertThat(company.requestCount("ItemInventoryAddRq")).isEqualTo(6);
        assertThat(company.items()).filteredOn(i -> i.name().equals("O'Brien's Shelf")).hasSize(1);
    }

    @Test
    void shouldNotApplyAnythingTwiceWhenTheResponseToTheAdjustmentsIsLost() throws Exception {
        SyncScenario.armDefaultConnector(api, "qb-main");

        // QuickBooks posts the adjustments (message 5) but QBWC vanishes before returning the response
        SyncScenario.webConnector(port, "qb-main", company).dropBeforeResponseToMessage(5).build().runSession();
        int posted = company.adjustments().size();
        Thread.sleep(2100);
        SessionResult resumed = SyncScenario.webConnector(port, "qb-main", company).build().runSession();

        assertThat(posted).isPositive();
        assertThat(resumed.closeMessage())
                .isEqualTo("Inventory sync: 2 adjusted, 4 created, 1 unchanged, 3 not synced, 3 failed");
        assertThat(company.adjustments()).hasSize(posted);
        assertQuickBooksSynced();
        JsonNode run = latestRun(api);
        assertThat(run.get("status").asText()).isEqualTo("COMPLETED_WITH_ERRORS");
    }

    @Test
    void shouldResumeTheRunInTheNextSessionAfterAnHresult() {
        SyncScenario.armDefaultConnector(api, "qb-main");

        SessionResult failed = SyncScenario.webConnector(port, "qb-main", company)
                .hresultOnMessage(3, "0x80040400", "QuickBooks found an error when parsing the provided XML text stream.")
                .build().runSession();
        JsonNode failedRun = latestRun(api);
        SessionResult resumed = SyncScenario.webConnector(port, "qb-main", company).build().runSession();

        assertThat(failed.stopReason()).isEqualTo(StopReason.NEGATIVE_PROGRESS);
        assertThat(failed.closeMessage()).contains("0x80040400");
        assertThat(failedRun.get("status").asText()).isEqualTo("FAILED");
        assertThat(failedRun.get("message").asText()).contains("resumes at the next QuickBooks poll");
        assertThat(resumed.closeMessage())
                .isEqualTo("Inventory sync: 2 adjusted, 4 created, 1 unchanged, 3 not synced, 3 failed");
        assertThat(latestRun(api).get("id").asLong()).isEqualTo(failedRun.get("id").asLong());
        assertQuickBooksSynced();
    }

    @Test
    void shouldRetryLockedItemsInTheNextSession() {
        long connectorId = SyncScenario.armDefaultConnector(api, "qb-main");
        company.injectStatus("Widget & Gadget Kit", 3175, "Object \"Widget & Gadget Kit\" is in use by another user", 1);

        SessionResult first = SyncScenario.webConnector(port, "qb-main", company).build().runSession();
        JsonNode connectorAfterFirst = json(api.get("/api/connectors/" + connectorId));
        SessionResult second = SyncScenario.webConnector(port, "qb-main", company).build().runSession();

        assertThat(first.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(first.closeMessage()).contains("not finished").contains("next session");
        assertThat(connectorAfterFirst.get("syncInventoryNext").asBoolean()).isTrue();
        assertThat(second.authenticateAnswer()).isEqualTo("C:\\QB\\main.qbw");
        assertThat(second.closeMessage())
                .isEqualTo("Inventory sync: 2 adjusted, 4 created, 1 unchanged, 3 not synced, 3 failed");
        assertQuickBooksSynced();
        assertThat(json(api.get("/api/connectors/" + connectorId)).get("syncInventoryNext").asBoolean()).isFalse();
    }

    @Test
    void shouldFailOnlyTheItemQuickBooksRefusesInAManyLineAdjustment() {
        SyncScenario.armDefaultConnector(api, "qb-main");
        company.injectStatus("Widget & Gadget Kit", 3140, "There is an invalid reference to QuickBooks Item", 10);

        SessionResult session = SyncScenario.webConnector(port, "qb-main", company).build().runSession();

        assertThat(session.closeMessage())
                .isEqualTo("Inventory sync: 1 adjusted, 4 created, 1 unchanged, 3 not synced, 4 failed");
        assertThat(onHand("Widget & Gadget Kit")).isEqualByComparingTo("20");
        assertThat(onHand("cable <cat6> 3m")).isEqualByComparingTo("160");
        assertThat(onHand("O'Brien's Shelf")).isEqualByComparingTo("5");
        JsonNode kit = outcomesByProduct(latestRun(api).get("id").asLong()).get(SyncScenario.KIT);
        assertThat(kit.get("action").asText()).isEqualTo("FAILED");
        assertThat(kit.get("message").asText()).contains("3140").contains("invalid reference");
        assertThat(kit.get("quickbooksAfter").decimalValue()).isEqualByComparingTo("20");
    }

    @Test
    void shouldFailTheRunKeepTheFlagAndLeaveQuickBooksAloneWhenAutotaskFails() {
        long connectorId = SyncScenario.armDefaultConnector(api, "qb-main");
        AUTOTASK.injectFault(SandboxFault.error(500, "Invalid filter: permission denied").forEntity("Products").times(50));
        SessionResult failed = SyncScenario.webConnector(port, "qb-main", company).build().runSession();
        JsonNode failedRun = latestRun(api);

        assertThat(failed.stopReason()).isEqualTo(StopReason.LAST_ERROR);
        assertThat(failed.lastError().orElseThrow()).contains("Autotask");
        assertThat(failedRun.get("status").asText()).isEqualTo("FAILED");
        assertThat(failedRun.get("message").asText()).contains("Products").contains("QuickBooks was not changed");
        assertThat(company.adjustments()).isEmpty();
        assertThat(company.requestCount("ItemInventoryAddRq")).isZero();
        assertThat(json(api.get("/api/connectors/" + connectorId)).get("syncInventoryNext").asBoolean()).isTrue();

        AUTOTASK.clearFaults();
        SessionResult retried = SyncScenario.webConnector(port, "qb-main", company).build().runSession();
        assertThat(retried.closeMessage())
                .isEqualTo("Inventory sync: 2 adjusted, 4 created, 1 unchanged, 3 not synced, 3 failed");
        assertThat(latestRun(api).get("id").asLong()).isGreaterThan(failedRun.get("id").asLong());
        assertThat(latestRun(api).get("trigger").asText()).isEqualTo("ARMED_FLAG");
    }

    @Test
    void shouldAnswerNoOpWhileTheSnapshotIsStillLoading() {
        AUTOTASK.injectFault(SandboxFault.slow(Duration.ofMillis(1500)).forEntity("Products").times(1));
        SyncScenario.armDefaultConnector(api, "qb-main");

        SessionResult session = SyncScenario.webConnector(port, "qb-main", company).build().runSession();

        assertThat(session.noOps()).isPositive();
        assertThat(session.lastErrors()).contains("NoOp");
        assertThat(session.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(session.closeMessage()).startsWith("Inventory sync: 2 adjusted");
    }

    private void assertQuickBooksSynced() {
        assertThat(onHand("Widget & Gadget Kit")).isEqualByComparingTo("26");
        assertThat(onHand("cable <cat6> 3m")).isEqualByComparingTo("160");
        assertThat(onHand("Monitor 27\" 4K")).isEqualByComparingTo("8");
        assertThat(onHand("O'Brien's Shelf")).isEqualByComparingTo("5");
        assertThat(onHand("Café Größe L ☕")).isEqualByComparingTo("4");
        assertThat(onHand(SyncScenario.EXACT_31_NAME)).isEqualByComparingTo("10");
        assertThat(onHand("Uninterruptible Power Supply 15")).isEqualByComparingTo("5");
        assertThat(onHand("Office Chair")).isEqualByComparingTo("4");
        assertThat(company.items().stream().filter(i -> i.type() == ItemType.INVENTORY)).hasSize(9);
    }

    private BigDecimal onHand(String name) {
        return company.findItem(name).orElseThrow(() -> new AssertionError("QuickBooks has no item " + name))
                .quantityOnHand();
    }

    private Map<Long, JsonNode> outcomesByProduct(long runId) {
        return history(api, runId).stream()
                .filter(e -> !e.get("action").asText().equals("NOT_SYNCED"))
                .collect(Collectors.toMap(e -> e.get("autotaskProductId").asLong(), Function.identity()));
    }

}
