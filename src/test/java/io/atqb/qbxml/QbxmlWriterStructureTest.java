package io.atqb.qbxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several requests in one message set stay siblings, and identity queries carry their ListIDs and FullNames. */
class QbxmlWriterStructureTest {

    private final QbxmlWriter writer = new QbxmlWriter();

    @Test
    void shouldWriteEachIdentityQueryAsItsOwnSiblingWithItsIdsAndNames() {
        String xml = writer.write(QbxmlVersion.V13_0, OnError.CONTINUE_ON_ERROR, List.of(
                ItemInventoryQueryRq.byListIds("q1", List.of("80-1", "80-2"), List.of("ListID")),
                ItemInventoryQueryRq.byFullNames("q2", List.of("Widgets:WID-100"), List.of())));

        assertThat(xml).contains("<QBXMLMsgsRq onError=\"continueOnError\">"
                + "<ItemInventoryQueryRq requestID=\"q1\"><ListID>80-1</ListID><ListID>80-2</ListID>"
                + "<IncludeRetElement>ListID</IncludeRetElement></ItemInventoryQueryRq>"
                + "<ItemInventoryQueryRq requestID=\"q2\"><FullName>Widgets:WID-100</FullName></ItemInventoryQueryRq>"
                + "</QBXMLMsgsRq></QBXML>");
    }

    @Test
    void shouldCloseEachAdjustmentBeforeTheNextOne() {
        InventoryAdjustmentAddRq first = new InventoryAdjustmentAddRq("j1", "Inventory Adjustments",
                LocalDate.of(2026, 3, 10), null, null,
                List.of(AdjustmentLine.ofNewQuantity(ItemRef.listId("80-1"), BigDecimal.ZERO)));
        InventoryAdjustmentAddRq second = first.withRequestId("j2");

        String xml = writer.write(QbxmlVersion.V13_0, OnError.CONTINUE_ON_ERROR, List.of(first, second));

        assertThat(xml).contains("</InventoryAdjustmentAdd></InventoryAdjustmentAddRq>"
                + "<InventoryAdjustmentAddRq requestID=\"j2\"><InventoryAdjustmentAdd>");
        assertThat(xml).endsWith("</InventoryAdjustmentAdd></InventoryAdjustmentAddRq></QBXMLMsgsRq></QBXML>");
    }

    @Test
    void shouldGiveAnItemAddANewRequestIdAndKeepEverythingElse() {
        ItemInventoryAddRq add = new ItemInventoryAddRq(null, "WID-100", "Widget", "Sales", null, null, "Asset");

        ItemInventoryAddRq numbered = add.withRequestId("a7");

        assertThat(numbered).isEqualTo(new ItemInventoryAddRq("a7", "WID-100", "Widget", "Sales", null, null, "Asset"));
    }
}
