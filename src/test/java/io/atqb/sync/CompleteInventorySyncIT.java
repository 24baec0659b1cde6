package io.atqb.sync;

import static io.atqb.sync.FaultChecks.onHand;
import static io.atqb.sync.SyncScenario.history;
import static io.atqb.sync.SyncScenario.json;
import static io.atqb.sync.SyncScenario.latestRun;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.atqb.AdminApi;
import io.atqb.AutotaskDouble;
import io.atqb.ServiceTest;
import io.atqb.TestClock;
import io.atqb.qbwc.QbwcProperties;
import io.atqb.sandbox.autotask.SandboxAutotask;
import io.atqb.sandbox.autotask.SandboxFault;
import io.atqb.sandbox.quickbooks.Item;
import io.atqb.sandbox.quickbooks.ItemType;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import io.atqb.sandbox.webconnector.SessionResult;
import io.atqb.sandbox.webconnector.StopReason;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The complete inventory sync end to end, over real HTTP and SOAP on loopback: the simulated Autotask, the
 * Web Connector double and the in-memory QuickBooks company. The service's clock is a {@link TestClock} that stands
 * still until a test moves it, so an abandoned ticket expires when the test says so, not after a sleep.
 * Each scenario test gets a fresh service and database; the rules of one complete sync
 * ({@link EveryRuleOfOneCompleteSync}) are checked one test per rule against a single sync on one shared service.
 */
@ServiceTest
@Import(TestClock.Config.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@TestPropertySource(properties = {
        "atqb.sync.inventory.max-returned=4",
        "atqb.sync.inventory.adjustment-lines-per-request=3",
        "atqb.qbwc.max-requests-per-message=5",
        "autotask.retry.backoff-base=10ms",
        "autotask.retry.backoff-max=50ms"})
class CompleteInventorySyncIT {

    static final AutotaskDouble DOUBLE = new AutotaskDouble(SyncScenario.tenant());
    static final SandboxAutotask AUTOTASK = DOUBLE.autotask;

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    QbwcProperties qbwc;
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

    /**
     * One complete sync of the scenario tenant into the scenario company on one service, run once; each test checks
     * one rule of it (CONTRACT section 6).
     */
    @Nested
    @DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
    class EveryRuleOfOneCompleteSync {

        /** The one sync every test of this class looks at, run before the first of them. */
        private static OneSync sync;

        @LocalServerPort
        int port;
        AdminApi api;
        SandboxCompanyFile company;
        long connectorId;
        SessionResult session;
        long runId;

        /**
         * Runs the sync before the first test, with the outer {@code setUp}'s fresh Autotask double. Not in a
         * {@code @BeforeAll} of a per-class instance: the Camel routes (the QBWC endpoint among them) are started just
         * before each test method, and a per-class instance would keep them from starting at all.
         */
        @BeforeEach
        void runOneCompleteSyncOnce() {
            if (sync == null) {
                AdminApi admin = new AdminApi(port);
                SandboxCompanyFile quickbooks = SyncScenario.company();
                long connector = SyncScenario.armDefaultConnector(admin, "qb-main");
                SessionResult result = SyncScenario.webConnector(port, "qb-main", quickbooks).build().runSession();
                sync = new OneSync(admin, quickbooks, connector, result, latestRun(admin).get("id").asLong());
            }
            api = sync.api();
            company = sync.company();
            connectorId = sync.connectorId();
            session = sync.session();
            runId = sync.runId();
        }

        @AfterAll
        static void forgetTheSync() {
            sync = null;
        }

        @Test
        void shouldCompleteTheSessionAndSummariseEveryOutcomeInCloseConnection() {
            assertThat(session.stopReason()).isEqualTo(StopReason.COMPLETED);
            assertThat(session.closeMessage())
                    .isEqualTo("Inventory sync: 2 adjusted, 4 created, 1 unchanged, 3 not synced, 3 failed");
        }

        @Test
        void shouldSumOnHandOverAllLocationsTheInactiveOneToo() {
            // 30 over three locations, less the receipt after the transfer (never the ones before)
            assertThat(onHand(company, "Widget & Gadget Kit")).isEqualByComparingTo("26");
            JsonNode kit = outcomesByProduct(api, runId).get(SyncScenario.KIT);
            assertThat(kit.get("autotaskOnHand").asLong()).isEqualTo(30);
            assertThat(kit.get("locations").toString()).contains("\"locationName\":\"Closed Depot\",\"onHand\":2")
                    .contains("\"locationName\":\"Main Warehouse\",\"onHand\":25").contains("\"onHand\":3");
        }

        @Test
        void shouldLeaveReceiptsAfterTheTransferOutOfTheCountAndRecordEachAsNotSynced() {
            // 7 on hand, less +5 and -2 received after the transfer
            assertThat(onHand(company, "Café Größe L ☕")).isEqualByComparingTo("4");
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
        void shouldMatchItemsWithoutRegardToCaseAndKeepQuickBooksSpelling() {
            assertThat(company.findItem("Cable <Cat6> 3m").orElseThrow().name()).isEqualTo("cable <cat6> 3m");
            assertThat(onHand(company, "cable <cat6> 3m")).isEqualByComparingTo("160");
            assertThat(outcomesByProduct(api, runId).get(SyncScenario.CABLE).get("action").asText())
                    .isEqualTo("ADJUSTED");
        }

        @Test
        void shouldCutNamesLongerThanThirtyOneCharacters() {
            assertThat(onHand(company, SyncScenario.EXACT_31_NAME)).isEqualByComparingTo("10");
            assertThat(onHand(company, "Uninterruptible Power Supply 15")).isEqualByComparingTo("5");
            assertThat(outcomesByProduct(api, runId).get(SyncScenario.LONG_NAME).get("itemName").asText())
                    .isEqualTo(SyncScenario.LONG_NAME_FULL);
        }

        @Test
        void shouldFailEveryProductWhoseCutNameCollidesAndWriteNothingForThem() {
            assertThat(company.findItem("Dell Latitude 5540 Laptop i7 16")).isEmpty();
            Map<Long, JsonNode> outcomes = outcomesByProduct(api, runId);
            assertThat(outcomes.get(SyncScenario.LAPTOP_A).get("action").asText()).isEqualTo("FAILED");
            assertThat(outcomes.get(SyncScenario.LAPTOP_B).get("message").asText()).contains("31 characters");
        }

        @Test
        void shouldFailAProductWhoseNameANonInventoryItemHolds() {
            // the non-inventory item keeps its name and kind
            assertThat(company.findItem("Toner 12A").orElseThrow().type()).isEqualTo(ItemType.NON_INVENTORY);
            assertThat(outcomesByProduct(api, runId).get(SyncScenario.TONER).get("message").asText())
                    .contains("non-inventory item");
        }

        @Test
        void shouldCreateAMissingItemWithTheConnectorsAccountsAndItsCount() {
            Item shelf = company.findItem("O'Brien's Shelf").orElseThrow();
            assertThat(shelf.type()).isEqualTo(ItemType.INVENTORY);
            assertThat(shelf.quantityOnHand()).isEqualByComparingTo("5");
            assertThat(shelf.incomeAccount()).isEqualTo("Autotask Other");
            assertThat(shelf.cogsAccount()).isEqualTo("Cost of Goods Sold");
            assertThat(shelf.assetAccount()).isEqualTo("Inventory Asset");
            JsonNode outcome = outcomesByProduct(api, runId).get(SyncScenario.SHELF);
            assertThat(outcome.get("action").asText()).isEqualTo("CREATED");
            assertThat(outcome.get("quickbooksAfter").decimalValue()).isEqualByComparingTo("5");
        }

        @Test
        void shouldSetCountsThatDifferWithNewQuantityOnTheAdjustmentAccountAndLeaveEqualOnesUnchanged() {
            assertThat(onHand(company, "Monitor 27\" 4K")).isEqualByComparingTo("8");
            // counts are set with NewQuantity, on the adjustment account, naming the run
            assertThat(company.adjustments()).isNotEmpty().allSatisfy(adjustment -> {
                assertThat(adjustment.accountFullName()).isEqualTo("Inventory Adjustment");
                assertThat(adjustment.refNumber()).isEqualTo("ATQB" + runId);
                assertThat(adjustment.memo()).contains("run " + runId);
                assertThat(adjustment.lines()).allSatisfy(line -> assertThat(line.requestedNewQuantity()).isNotNull());
            });
            Map<Long, JsonNode> outcomes = outcomesByProduct(api, runId);
            JsonNode kit = outcomes.get(SyncScenario.KIT);
            assertThat(kit.get("action").asText()).isEqualTo("ADJUSTED");
            assertThat(kit.get("severity").asText()).isEqualTo("INFO");
            assertThat(kit.get("quickbooksBefore").decimalValue()).isEqualByComparingTo("20");
            assertThat(kit.get("quickbooksAfter").decimalValue()).isEqualByComparingTo("26");
            assertThat(kit.get("quickbooksListId").asText())
                    .isEqualTo(company.findItem("Widget & Gadget Kit").orElseThrow().listId());
            assertThat(outcomes.get(SyncScenario.MONITOR).get("action").asText()).isEqualTo("UNCHANGED");
        }

        @Test
        void shouldLeaveQuickBooksItemsWithoutAnAutotaskProductAlone() {
            assertThat(onHand(company, "Office Chair")).isEqualByComparingTo("4");
            assertThat(onHand(company, "Old Stock (inactive)")).isEqualByComparingTo("2");
        }

        @Test
        void shouldNeverSyncAProductWithoutInventoryRows() {
            assertThat(company.findItem("Installation Service")).isEmpty();
            assertThat(outcomesByProduct(api, runId)).doesNotContainKey(SyncScenario.SERVICE);
        }

        @Test
        void shouldFinishTheRunWithItsCountsClearTheFlagAndStampTheLastSync() {
            JsonNode run = latestRun(api);
            assertThat(run.get("status").asText()).isEqualTo("COMPLETED_WITH_ERRORS");
            assertThat(run.get("trigger").asText()).isEqualTo("ADMIN_API");
            assertThat(run.get("counts").toString())
                    .isEqualTo("{\"adjusted\":2,\"created\":4,\"unchanged\":1,\"notSynced\":3,\"failed\":3}");
            JsonNode connector = json(api.get("/api/connectors/" + connectorId));
            assertThat(connector.get("syncInventoryNext").asBoolean()).isFalse();
            assertThat(connector.get("lastInventorySync").isNull()).isFalse();
        }
    }

    private record OneSync(AdminApi api, SandboxCompanyFile company, long connectorId, SessionResult session,
                           long runId) {
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
        assertThat(outcomesByProduct(api, runId).values()).allSatisfy(entry ->
                assertThat(entry.get("action").asText()).isIn("UNCHANGED", "FAILED"));
    }

    @Test
    void shouldConvergeExactlyWhenASessionDropsHalfWayAndResumes() {
        SyncScenario.armDefaultConnector(api, "qb-main");

        SessionResult dropped = SyncScenario.webConnector(port, "qb-main", company).dropAfterMessages(3)
                .build().runSession();
        assertThat(dropped.dropped()).isTrue();
        abandonedTicketExpires();
        SessionResult resumed = SyncScenario.webConnector(port, "qb-main", company).build().runSession();

        assertThat(resumed.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(resumed.closeMessage())
                .isEqualTo("Inventory sync: 2 adjusted, 4 created, 1 unchanged, 3 not synced, 3 failed");
        FaultChecks.assertScenarioOnHand(company);
        // the items created before the drop are found and linked, not created again
        assertThat(company.requestCount("ItemInventoryAddRq")).isEqualTo(6);
        assertThat(company.items()).filteredOn(i -> i.name().equals("O'Brien's Shelf")).hasSize(1);
    }

    @Test
    void shouldNotApplyAnythingTwiceWhenTheResponseToTheAdjustmentsIsLost() {
        SyncScenario.armDefaultConnector(api, "qb-main");

        // QuickBooks posts the adjustments (message 5) but QBWC vanishes before returning the response
        SyncScenario.webConnector(port, "qb-main", company).dropBeforeResponseToMessage(5).build().runSession();
        int posted = company.adjustments().size();
        abandonedTicketExpires();
        SessionResult resumed = SyncScenario.webConnector(port, "qb-main", company).build().runSession();

        assertThat(posted).isPositive();
        assertThat(resumed.closeMessage())
                .isEqualTo("Inventory sync: 2 adjusted, 4 created, 1 unchanged, 3 not synced, 3 failed");
        assertThat(company.adjustments()).hasSize(posted);
        FaultChecks.assertScenarioOnHand(company);
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
        FaultChecks.assertScenarioOnHand(company);
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
        FaultChecks.assertScenarioOnHand(company);
        assertThat(json(api.get("/api/connectors/" + connectorId)).get("syncInventoryNext").asBoolean()).isFalse();
    }

    @Test
    void shouldFailOnlyTheItemQuickBooksRefusesInAManyLineAdjustment() {
        SyncScenario.armDefaultConnector(api, "qb-main");
        company.injectStatus("Widget & Gadget Kit", 3140, "There is an invalid reference to QuickBooks Item", 10);

        SessionResult session = SyncScenario.webConnector(port, "qb-main", company).build().runSession();

        assertThat(session.closeMessage())
                .isEqualTo("Inventory sync: 1 adjusted, 4 created, 1 unchanged, 3 not synced, 4 failed");
        assertThat(onHand(company, "Widget & Gadget Kit")).isEqualByComparingTo("20");
        assertThat(onHand(company, "cable <cat6> 3m")).isEqualByComparingTo("160");
        assertThat(onHand(company, "O'Brien's Shelf")).isEqualByComparingTo("5");
        JsonNode kit = outcomesByProduct(api, latestRun(api).get("id").asLong()).get(SyncScenario.KIT);
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

    /** Moves the service's clock past the session timeout (and so past any shorter take-over window). */
    private void abandonedTicketExpires() {
        clock.advance(qbwc.sessionTimeout().plusSeconds(1));
    }

    private static Map<Long, JsonNode> outcomesByProduct(AdminApi api, long runId) {
        return history(api, runId).stream()
                .filter(e -> !e.get("action").asText().equals("NOT_SYNCED"))
                .collect(Collectors.toMap(e -> e.get("autotaskProductId").asLong(), Function.identity()));
    }
}
