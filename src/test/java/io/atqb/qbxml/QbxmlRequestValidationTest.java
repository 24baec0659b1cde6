package io.atqb.qbxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class QbxmlRequestValidationTest {

    @Test
    void shouldRejectWhenRequestIdIsLongerThan50Characters() {
        String fifty = "r".repeat(50);

        assertThat(ItemQueryRq.byFullNames(fifty, List.of("A")).requestId()).hasSize(50);
        assertThatThrownBy(() -> ItemQueryRq.byFullNames(fifty + "r", List.of("A")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ItemQueryRq.requestId must be at most 50 characters (qbXML limit) but has 51");
    }

    @Test
    void shouldCountCodePointsWhenCheckingLimits() {
        String thirtyOneEmoji = "\uD83D\uDCE6".repeat(31);

        assertThat(new ItemInventoryAddRq("r", thirtyOneEmoji, null, null, null, null, null).name())
                .isEqualTo(thirtyOneEmoji);
    }

    @Test
    void shouldRejectWhenItemNameBreaksQbxmlRules() {
        assertThatThrownBy(() -> new ItemInventoryAddRq("r", "N".repeat(32), null, null, null, null, null))
                .hasMessage("ItemInventoryAddRq.name must be at most 31 characters (qbXML limit) but has 32");
        assertThatThrownBy(() -> new ItemInventoryAddRq("r", "Widgets:W-1", null, null, null, null, null))
                .hasMessageContaining("must not contain ':'");
        assertThatThrownBy(() -> new ItemInventoryAddRq("r", " ", null, null, null, null, null))
                .hasMessage("ItemInventoryAddRq.name is required");
        assertThatThrownBy(() -> new ItemInventoryAddRq("r", "bell\u0007", null, null, null, null, null))
                .hasMessage("ItemInventoryAddRq.name contains a character XML cannot carry: U+0007");
    }

    @Test
    void shouldRejectWhenFullNamesOrDescriptionsAreTooLong() {
        assertThatThrownBy(() -> ItemRef.fullName("F".repeat(160)))
                .hasMessageContaining("ItemRef.fullName must be at most 159");
        assertThatThrownBy(() -> ItemInventoryQueryRq.byFullNames("r", List.of("ok", "F".repeat(160)), List.of()))
                .hasMessageContaining("ItemInventoryQueryRq.fullNames[1] must be at most 159");
        assertThatThrownBy(() -> new ItemInventoryAddRq("r", "N", "D".repeat(4096), null, null, null, null))
                .hasMessageContaining("ItemInventoryAddRq.salesDesc must be at most 4095");
        assertThatThrownBy(() -> ItemInventoryQueryRq.start("r", 10, null, List.of("I".repeat(51))))
                .hasMessageContaining("includeRetElements[0] must be at most 50");
    }

    @Test
    void shouldRejectWhenAdjustmentFieldsBreakQbxmlRules() {
        List<AdjustmentLine> lines = List.of(AdjustmentLine.ofNewQuantity(ItemRef.listId("8000-1"), BigDecimal.ONE));

        assertThatThrownBy(() -> new InventoryAdjustmentAddRq("r", "Shrinkage", null, "123456789012", null, lines))
                .hasMessage("InventoryAdjustmentAddRq.refNumber must be at most 11 characters (qbXML limit) but has 12");
        assertThatThrownBy(() -> new InventoryAdjustmentAddRq("r", "Shrinkage", null, null, "M".repeat(4096), lines))
                .hasMessageContaining("InventoryAdjustmentAddRq.memo must be at most 4095");
        assertThatThrownBy(() -> new InventoryAdjustmentAddRq("r", null, null, null, null, lines))
                .hasMessage("InventoryAdjustmentAddRq.account is required");
        assertThatThrownBy(() -> new InventoryAdjustmentAddRq("r", "Shrinkage", null, null, null, List.of()))
                .hasMessage("InventoryAdjustmentAddRq needs at least one line");
    }

    @Test
    void shouldRejectWhenLineOrRefDoesNotHaveExactlyOneChoice() {
        ItemRef item = ItemRef.listId("8000-1");

        assertThatThrownBy(() -> new AdjustmentLine(item, BigDecimal.ONE, BigDecimal.ONE))
                .hasMessageContaining("exactly one of newQuantity or quantityDifference");
        assertThatThrownBy(() -> new AdjustmentLine(item, null, null))
                .hasMessageContaining("exactly one of newQuantity or quantityDifference");
        assertThatThrownBy(() -> new ItemRef("8000-1", "Widgets:W-1"))
                .hasMessage("ItemRef needs exactly one of listId or fullName");
        assertThatThrownBy(() -> new ItemRef(null, null))
                .hasMessage("ItemRef needs exactly one of listId or fullName");
    }

    @Test
    void shouldRejectWhenIteratorAttributesDoNotFit() {
        assertThatThrownBy(() -> new ItemInventoryQueryRq("r", IteratorMode.CONTINUE, null, 100, null,
                null, null, null))
                .hasMessage("ItemInventoryQueryRq iterator CONTINUE needs the iteratorId returned by the START response");
        assertThatThrownBy(() -> new ItemInventoryQueryRq("r", IteratorMode.START, "{id}", 100, null,
                null, null, null))
                .hasMessageContaining("iteratorId is only for iterator CONTINUE or STOP");
        assertThatThrownBy(() -> new ItemInventoryQueryRq("r", null, "{id}", null, null, null, null, null))
                .hasMessageContaining("iteratorId is only for iterator CONTINUE or STOP");
        assertThatThrownBy(() -> new ItemInventoryQueryRq("r", IteratorMode.START, null, null, null,
                null, null, null))
                .hasMessage("ItemInventoryQueryRq iterator START needs maxReturned (the page size)");
        assertThatThrownBy(() -> ItemInventoryQueryRq.start("r", 0, null, null))
                .hasMessage("ItemInventoryQueryRq.maxReturned must be at least 1 but was 0");
        assertThat(ItemInventoryQueryRq.stop("r", "{id}").iterator()).isEqualTo(IteratorMode.STOP);
    }

    @Test
    void shouldRejectWhenQueryMixesFilterChoices() {
        assertThatThrownBy(() -> new ItemInventoryQueryRq("r", null, null, null, null,
                List.of("8000-1"), List.of("W-1"), null))
                .hasMessageContaining("either listIds or fullNames, not both");
        assertThatThrownBy(() -> new ItemInventoryQueryRq("r", null, null, 10, ActiveStatus.ALL,
                List.of("8000-1"), null, null))
                .hasMessageContaining("cannot be combined with listIds or fullNames");
        assertThatThrownBy(() -> new ItemInventoryQueryRq("r", IteratorMode.START, null, 10, null,
                null, List.of("W-1"), null))
                .hasMessageContaining("a query by listIds or fullNames has none");
        assertThatThrownBy(() -> new ItemQueryRq("r", List.of(), List.of()))
                .hasMessage("ItemQueryRq needs either listIds or fullNames (exactly one of them)");
    }

    @Test
    void shouldKeepEverythingElseWhenRequestIdIsReplaced() {
        ItemInventoryQueryRq query = ItemInventoryQueryRq.start(null, 25, ActiveStatus.ALL, List.of("ListID"));

        ItemInventoryQueryRq assigned = query.withRequestId("q-1");

        assertThat(assigned.requestId()).isEqualTo("q-1");
        assertThat(assigned).usingRecursiveComparison().ignoringFields("requestId").isEqualTo(query);
        assertThatThrownBy(() -> query.withRequestId(" "))
                .hasMessageContaining("requestId must not be blank");
    }
}
