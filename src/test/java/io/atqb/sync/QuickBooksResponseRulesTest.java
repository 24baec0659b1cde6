package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.qbxml.AdjustmentLine;
import io.atqb.qbxml.InventoryAdjustmentAddRq;
import io.atqb.qbxml.InventoryAdjustmentAddRs;
import io.atqb.qbxml.ItemInventoryAddRs;
import io.atqb.qbxml.ItemInventoryQueryRq;
import io.atqb.qbxml.ItemInventoryQueryRs;
import io.atqb.qbxml.ItemInventoryRet;
import io.atqb.qbxml.ItemQueryRq;
import io.atqb.qbxml.ItemRef;
import io.atqb.qbxml.ItemQueryRs;
import io.atqb.qbxml.ItemRet;
import io.atqb.qbxml.QbxmlStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The write-side rules, each at its edges, on plain values (no Spring, no database). */
class QuickBooksResponseRulesTest {

    static final QbxmlStatus OK = new QbxmlStatus(0, "Info", "Status OK");
    static final String ACCOUNT = "Inventory Adjustments";

    final QuickBooksResponseRules rules =
            new QuickBooksResponseRules(new QuickBooksRequests(new InventorySyncProperties("", "UTC", 1000, 100)));

    static QbxmlStatus error(int code, String message) {
        return new QbxmlStatus(code, "Error", message);
    }

    static SyncItem creating(long target) {
        return ReconciliationTest.product(1, "Widget & Gadget Kit", target).withState(ItemState.NEEDS_CREATE)
                .creating();
    }

    static ItemInventoryAddRs added(String quantityOnHand) {
        return new ItemInventoryAddRs("1", OK, inventoryPart("L-NEW", "Widget & Gadget Kit", quantityOnHand), null);
    }

    static ItemInventoryRet inventoryPart(String listId, String name, String quantityOnHand) {
        return new ItemInventoryRet(listId, "E1", name, name, true,
                quantityOnHand == null ? null : new BigDecimal(quantityOnHand), null);
    }

    // --- ItemInventoryAdd answered ---

    @ParameterizedTest(name = "QuickBooks count {0}, target {1}")
    @CsvSource({"5, 5", "5.00000, 5", "0, 0"})
    void shouldFinishTheProductAsCreatedWhenTheNewItemsCountEqualsTheTarget(String count, long target) {
        ResponseOutcome outcome = rules.created(creating(target), added(count));

        SyncItem item = outcome.items().get(0);
        assertThat(item.state()).isEqualTo(ItemState.DONE);
        assertThat(item.outcome()).isEqualTo("CREATED");
        assertThat(item.listId()).isEqualTo("L-NEW");
        assertThat(item.message()).isEqualTo("Created in QuickBooks as \"Widget & Gadget Kit\"");
        assertThat(outcome.links()).isEqualTo(Map.of(1L, "L-NEW"));
        assertThat(outcome.followUps()).isEmpty();
    }

    @ParameterizedTest(name = "QuickBooks count {0}, target {1}")
    @CsvSource({"4, 5", "6, 5", "4.99999, 5", "1, 0", "-1, 0", "-3, 2"})
    void shouldAdjustTheNewItemWhenItsCountDiffersFromTheTarget(String count, long target) {
        ResponseOutcome outcome = rules.created(creating(target), added(count));

        SyncItem item = outcome.items().get(0);
        assertThat(item.state()).isEqualTo(ItemState.NEEDS_ADJUST);
        assertThat(item.listId()).isEqualTo("L-NEW");
        assertThat(item.outcome()).isNull();
        assertThat(outcome.links()).isEqualTo(Map.of(1L, "L-NEW"));
    }

    @Test
    void shouldTakeANewItemWithoutACountAsZero() {
        assertThat(rules.created(creating(0), added(null)).items().get(0).outcome()).isEqualTo("CREATED");
        assertThat(rules.created(creating(1), added(null)).items().get(0).state()).isEqualTo(ItemState.NEEDS_ADJUST);
    }

    @Test
    void shouldAskWhatHoldsTheNameWhenAnAddIsRefusedWith3100() {
        ResponseOutcome outcome = rules.created(creating(5), new ItemInventoryAddRs("1",
                error(3100, "The name \"Widget & Gadget Kit\" of the list element is already in use."), null, null));

        assertThat(outcome.items()).singleElement().satisfies(item -> {
            assertThat(item.state()).isEqualTo(ItemState.INSPECTING);
            assertThat(item.listId()).isNull();
        });
        assertThat(outcome.followUps()).singleElement().isInstanceOfSatisfying(ItemQueryRq.class,
                query -> assertThat(query.fullNames()).containsExactly("Widget & Gadget Kit"));
        assertThat(outcome.links()).isEmpty();
    }

    @ParameterizedTest(name = "status {0}")
    @ValueSource(ints = {3170, 3175, 3176, 3180})
    void shouldRetryTheProductInTheNextSessionWhenQuickBooksIsBusyOrLocked(int code) {
        ResponseOutcome outcome = rules.created(creating(5), new ItemInventoryAddRs("1",
                error(code, "Object is in use by another user"), null, null));

        SyncItem item = outcome.items().get(0);
        assertThat(item.state()).isEqualTo(ItemState.RETRY);
        assertThat(item.outcome()).isNull();
        assertThat(item.message()).isEqualTo("QuickBooks refused to create the item (QuickBooks status " + code
                + ": Object is in use by another user); retried in the next session");
        assertThat(outcome.followUps()).isEmpty();
    }

    @ParameterizedTest(name = "status {0}")
    @ValueSource(ints = {3099, 3101, 3140, 3169, 3171, 3174, 3177, 3179, 3181, 3200})
    void shouldFailTheProductWithQuickBooksWordsWhenTheRefusalIsNotABusyOne(int code) {
        ResponseOutcome outcome = rules.created(creating(5), new ItemInventoryAddRs("1",
                error(code, "There is an invalid reference to QuickBooks Account \"Sales\""), null, null));

        SyncItem item = outcome.items().get(0);
        assertThat(item.state()).isEqualTo(ItemState.DONE);
        assertThat(item.outcome()).isEqualTo("FAILED");
        assertThat(item.message()).isEqualTo("QuickBooks refused to create the item: QuickBooks status " + code
                + ": There is an invalid reference to QuickBooks Account \"Sales\"");
        assertThat(outcome.followUps()).isEmpty();
        assertThat(outcome.links()).isEmpty();
    }

    @Test
    void shouldFailTheProductWhenAnAcceptedAddReturnsNoItem() {
        ResponseOutcome outcome = rules.created(creating(5), new ItemInventoryAddRs("1", OK, null, null));

        assertThat(outcome.items().get(0).outcome()).isEqualTo("FAILED");
        assertThat(outcome.links()).isEmpty();
    }

    // --- after a 3100: what holds the name ---

    @Test
    void shouldLinkAndReadAgainTheInventoryPartThatHoldsTheName() {
        SyncItem inspecting = creating(5).withState(ItemState.INSPECTING);

        ResponseOutcome outcome = rules.nameInspected(inspecting, new ItemQueryRs("2", OK, List.of(
                new ItemRet("ItemInventoryRet", "L-HELD", "widget & gadget kit", "widget & gadget kit", true))));

        assertThat(outcome.items()).singleElement().satisfies(item -> {
            assertThat(item.state()).isEqualTo(ItemState.INSPECTING);
            assertThat(item.listId()).isEqualTo("L-HELD");
        });
        assertThat(outcome.followUps()).singleElement().isInstanceOfSatisfying(ItemInventoryQueryRq.class,
                query -> assertThat(query.listIds()).containsExactly("L-HELD"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ItemNonInventoryRet, non-inventory item",
        "ItemServiceRet, service item",
        "ItemOtherChargeRet, other charge item",
        "ItemInventoryAssemblyRet, inventory assembly",
        "ItemGroupRet, item of another type (ItemGroupRet)"})
    void shouldFailTheProductNamingTheKindOfItemThatHoldsTheName(String itemType, String kind) {
        ResponseOutcome outcome = rules.nameInspected(creating(5).withState(ItemState.INSPECTING),
                new ItemQueryRs("2", OK, List.of(new ItemRet(itemType, "L-X", "Widget & Gadget Kit",
                        "Widget & Gadget Kit", true))));

        SyncItem item = outcome.items().get(0);
        assertThat(item.outcome()).isEqualTo("FAILED");
        assertThat(item.listId()).isNull();
        assertThat(item.message()).startsWith("QuickBooks already has a " + kind + " named \"Widget & Gadget Kit\";")
                .contains("rename it or make it an inventory part");
        assertThat(outcome.followUps()).isEmpty();
    }

    @Test
    void shouldFailTheProductWhenNoItemHoldsTheNameQuickBooksSaidWasInUse() {
        ResponseOutcome outcome = rules.nameInspected(creating(5).withState(ItemState.INSPECTING),
                new ItemQueryRs("2", new QbxmlStatus(1, "Info", "no match"), List.of()));

        SyncItem item = outcome.items().get(0);
        assertThat(item.outcome()).isEqualTo("FAILED");
        assertThat(item.message()).isEqualTo(
                "QuickBooks says the name \"Widget & Gadget Kit\" is in use but has no item of that name");
        assertThat(outcome.followUps()).isEmpty();
    }

    // --- the linked holder read again ---

    @Test
    void shouldFinishALinkedHolderWhoseCountEqualsTheTarget() {
        SyncItem linked = creating(5).linked("L-HELD", null).withState(ItemState.INSPECTING);

        ResponseOutcome outcome = rules.refreshed(linked, "L-HELD", new ItemInventoryQueryRs("3", OK, null, null,
                List.of(inventoryPart("L-HELD", "widget & gadget kit", "5"))));

        SyncItem item = outcome.items().get(0);
        assertThat(item.state()).isEqualTo(ItemState.DONE);
        assertThat(item.outcome()).isEqualTo("CREATED");
        assertThat(item.qbBefore()).isEqualByComparingTo("5");
        assertThat(outcome.links()).isEqualTo(Map.of(1L, "L-HELD"));
        assertThat(outcome.refreshed()).isEqualTo(new QuickBooksItem("L-HELD", "widget & gadget kit",
                new BigDecimal("5"), true));
    }

    @ParameterizedTest(name = "QuickBooks count {0}, target 5")
    @ValueSource(strings = {"4", "6", "0", "-2"})
    void shouldAdjustALinkedHolderWhoseCountDiffers(String count) {
        SyncItem linked = creating(5).linked("L-HELD", null).withState(ItemState.INSPECTING);

        ResponseOutcome outcome = rules.refreshed(linked, "L-HELD", new ItemInventoryQueryRs("3", OK, null, null,
                List.of(inventoryPart("L-HELD", "Widget & Gadget Kit", count))));

        SyncItem item = outcome.items().get(0);
        assertThat(item.state()).isEqualTo(ItemState.NEEDS_ADJUST);
        assertThat(item.qbBefore()).isEqualByComparingTo(count);
        assertThat(outcome.links()).isEqualTo(Map.of(1L, "L-HELD"));
    }

    @Test
    void shouldRetryOrFailALinkedHolderQuickBooksCouldNotRead() {
        SyncItem linked = creating(5).linked("L-HELD", null).withState(ItemState.INSPECTING);

        SyncItem busy = rules.refreshed(linked, "L-HELD", new ItemInventoryQueryRs("3", error(3176, "locked"),
                null, null, List.of())).items().get(0);
        SyncItem gone = rules.refreshed(linked, "L-HELD", new ItemInventoryQueryRs("3", error(500, "not found"),
                null, null, List.of())).items().get(0);
        SyncItem empty = rules.refreshed(linked, "L-HELD", new ItemInventoryQueryRs("3", OK, null, null, List.of()))
                .items().get(0);

        assertThat(busy.state()).isEqualTo(ItemState.RETRY);
        assertThat(gone.outcome()).isEqualTo("FAILED");
        assertThat(gone.message()).isEqualTo("QuickBooks could not read the item \"Widget & Gadget Kit\":"
                + " QuickBooks status 500: not found");
        assertThat(empty.outcome()).isEqualTo("FAILED");
    }

    // --- InventoryAdjustmentAdd answered ---

    static List<SyncItem> adjusting(int lines) {
        List<SyncItem> items = new ArrayList<>();
        for (int i = 1; i <= lines; i++) {
            items.add(ReconciliationTest.product(i, "Item " + i, 10 + i).linked("L" + i, BigDecimal.ONE).adjusting());
        }
        return items;
    }

    static InventoryAdjustmentAddRq adjustment(List<SyncItem> items) {
        return new InventoryAdjustmentAddRq("4", ACCOUNT, null, "ATQB7", "memo", items.stream()
                .map(item -> AdjustmentLine.ofNewQuantity(ItemRef.listId(item.listId()), item.targetQuantity()))
                .toList());
    }

    static InventoryAdjustmentAddRs refused(int code) {
        return new InventoryAdjustmentAddRs("4", error(code, "There is an invalid reference to QuickBooks Item"),
                null, null);
    }

    static List<List<String>> listIdsPerRequest(ResponseOutcome outcome) {
        return outcome.followUps().stream()
                .map(request -> ((InventoryAdjustmentAddRq) request).lines().stream()
                        .map(line -> line.item().listId()).toList())
                .toList();
    }

    @Test
    void shouldFinishEveryLineAsAdjustedWhenTheAdjustmentIsAccepted() {
        List<SyncItem> items = adjusting(2);

        ResponseOutcome outcome = rules.adjusted(items, adjustment(items),
                new InventoryAdjustmentAddRs("4", OK, null, null));

        assertThat(outcome.items()).extracting(SyncItem::outcome).containsExactly("ADJUSTED", "ADJUSTED");
        assertThat(outcome.followUps()).isEmpty();
    }

    @Test
    void shouldSendARefusedAdjustmentOfTwoLinesAgainAsTwoSingleLines() {
        List<SyncItem> items = adjusting(2);

        ResponseOutcome outcome = rules.adjusted(items, adjustment(items), refused(3140));

        assertThat(outcome.items()).isEmpty();
        assertThat(listIdsPerRequest(outcome)).containsExactly(List.of("L1"), List.of("L2"));
        assertThat(outcome.followUps()).allSatisfy(request -> {
            InventoryAdjustmentAddRq half = (InventoryAdjustmentAddRq) request;
            assertThat(half.account()).isEqualTo(ACCOUNT);
            assertThat(half.refNumber()).isEqualTo("ATQB7");
        });
        assertThat(((InventoryAdjustmentAddRq) outcome.followUps().get(1)).lines().get(0).newQuantity())
                .isEqualByComparingTo("12");
    }

    @Test
    void shouldSplitARefusedAdjustmentOfThreeLinesIntoOneAndTwo() {
        List<SyncItem> items = adjusting(3);

        ResponseOutcome outcome = rules.adjusted(items, adjustment(items), refused(3140));

        assertThat(outcome.items()).isEmpty();
        assertThat(listIdsPerRequest(outcome)).containsExactly(List.of("L1"), List.of("L2", "L3"));
    }

    @Test
    void shouldFailTheItemOfARefusedSingleLineAdjustmentWithQuickBooksWords() {
        List<SyncItem> items = adjusting(1);

        ResponseOutcome outcome = rules.adjusted(items, adjustment(items), refused(3140));

        assertThat(outcome.followUps()).isEmpty();
        assertThat(outcome.items()).singleElement().satisfies(item -> {
            assertThat(item.outcome()).isEqualTo("FAILED");
            assertThat(item.message()).isEqualTo("QuickBooks refused the inventory adjustment: QuickBooks status"
                    + " 3140: There is an invalid reference to QuickBooks Item");
        });
    }

    @ParameterizedTest(name = "status {0}")
    @ValueSource(ints = {3170, 3175, 3176, 3180})
    void shouldRetryEveryLineWithoutSplittingWhenQuickBooksIsBusyOrLocked(int code) {
        List<SyncItem> items = adjusting(3);

        ResponseOutcome outcome = rules.adjusted(items, adjustment(items), refused(code));

        assertThat(outcome.followUps()).isEmpty();
        assertThat(outcome.items()).hasSize(3).allSatisfy(item -> assertThat(item.state()).isEqualTo(ItemState.RETRY));
    }
}
