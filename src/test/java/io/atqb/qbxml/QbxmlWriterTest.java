package io.atqb.qbxml;

import static io.atqb.qbxml.QbxmlFixtures.EMOJI;
import static io.atqb.qbxml.QbxmlFixtures.UNICODE_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/**
 * Golden-file tests. The fixtures under {@code qbxml/*-rq.xml} are indented for reading; both sides are compared
 * after removing whitespace between tags ({@code >\s+<} becomes {@code ><}). The writer itself emits no
 * whitespace between tags, which {@link #shouldStartWithTheXmlDeclarationWhenWriting()} pins separately.
 */
class QbxmlWriterTest {

    private static final List<String> SYNC_FIELDS = List.of(
            "ListID", "EditSequence", "Name", "FullName", "IsActive", "QuantityOnHand", "TimeModified");

    private final QbxmlWriter writer = new QbxmlWriter();

    @Test
    void shouldMatchGoldenFileWhenStartingAnInventoryIterator() {
        String xml = writer.write(QbxmlVersion.V13_0, OnError.STOP_ON_ERROR,
                List.of(ItemInventoryQueryRq.start("inv-q-000231", 100, ActiveStatus.ALL, SYNC_FIELDS)));

        assertMatchesGoldenFile(xml, "item-inventory-query-start-rq.xml");
    }

    @Test
    void shouldMatchGoldenFileWhenContinuingAnInventoryIterator() {
        String xml = writer.write(new QbxmlVersion(12, 0), OnError.CONTINUE_ON_ERROR,
                List.of(ItemInventoryQueryRq.cont("inv-q-000232", "{4f0c9a1e-2b7d-4c55-8e0f-6a9d3b21c7e4}", 100,
                        ActiveStatus.ACTIVE_ONLY, List.of("ListID", "QuantityOnHand"))));

        assertMatchesGoldenFile(xml, "item-inventory-query-continue-rq.xml");
    }

    @Test
    void shouldMatchGoldenFileWhenAddingItemsWithAwkwardText() {
        ItemInventoryAddRq awkward = new ItemInventoryAddRq("item-add-&<>\"'é", UNICODE_NAME + " " + EMOJI,
                "Bolts & nuts <M8> \"zinc\" O'Brien's " + EMOJI, "Sales:Product Sales",
                "Bought by the box & counted by the piece", "Cost of Goods Sold", "Inventory Asset");
        ItemInventoryAddRq minimal = new ItemInventoryAddRq("item-add-000020", "WID-100", null, null, null, null,
                "Inventory Asset");

        String xml = writer.write(QbxmlVersion.V13_0, OnError.CONTINUE_ON_ERROR, List.of(awkward, minimal));

        assertMatchesGoldenFile(xml, "item-inventory-add-rq.xml");
    }

    @Test
    void shouldMatchGoldenFileWhenAdjustingSeveralLinesToNewQuantities() {
        InventoryAdjustmentAddRq adjustment = new InventoryAdjustmentAddRq("adj-000007", "Inventory Shrinkage",
                LocalDate.of(2025, 6, 3), "WMS0007",
                "Count & recount <bay 3> \"north\" O'Brien \u2013 Café ✓ " + EMOJI,
                List.of(
                        AdjustmentLine.ofNewQuantity(ItemRef.listId("80000012-1718030000"), new BigDecimal("40.00000")),
                        AdjustmentLine.ofNewQuantity(ItemRef.fullName("Widgets:" + UNICODE_NAME),
                                new BigDecimal("0.000")),
                        AdjustmentLine.ofNewQuantity(ItemRef.fullName("Widgets:WID-200"), new BigDecimal("2.50")),
                        AdjustmentLine.ofNewQuantity(ItemRef.listId("80000013-1718030001"), new BigDecimal("1.2E+3"))));

        String xml = writer.write(QbxmlVersion.V13_0, OnError.STOP_ON_ERROR, List.of(adjustment));

        assertMatchesGoldenFile(xml, "inventory-adjustment-add-rq.xml");
    }

    @Test
    void shouldMatchGoldenFileWhenQueryingItemsOfAnyType() {
        String xml = writer.write(QbxmlVersion.V13_0, OnError.CONTINUE_ON_ERROR, List.of(
                ItemQueryRq.byFullNames("item-q-000001", List.of("Widgets:WID-100", UNICODE_NAME)),
                ItemQueryRq.byListIds("item-q-000002", List.of("80000012-1718030000"))));

        assertMatchesGoldenFile(xml, "item-query-rq.xml");
    }

    @Test
    void shouldStartWithTheXmlDeclarationWhenWriting() {
        String xml = writer.write(QbxmlVersion.V13_0, OnError.STOP_ON_ERROR,
                List.of(ItemQueryRq.byFullNames("q-1", List.of("A"))));

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><?qbxml version=\"13.0\"?>"
                + "<QBXML><QBXMLMsgsRq onError=\"stopOnError\"><ItemQueryRq requestID=\"q-1\">");
        assertThat(xml).endsWith("</ItemQueryRq></QBXMLMsgsRq></QBXML>");
    }

    @Test
    void shouldWriteOnlyAsciiWhenTextHasSupplementaryCharacters() {
        String xml = writer.write(QbxmlVersion.V13_0, OnError.STOP_ON_ERROR, List.of(
                new ItemInventoryAddRq("r-1", "Ü" + EMOJI + "\uD834\uDD1E", "日本", null, null, null, null)));

        assertThat(xml.chars()).allMatch(c -> c <= 0x7F);
        assertThat(xml).contains("<Name>&#220;&#128230;&#119070;</Name>", "<SalesDesc>&#26085;&#26412;</SalesDesc>");
    }

    @Test
    void shouldWriteQuantityDifferenceAsPlainDecimalWhenLineAdjustsByDifference() {
        String xml = writer.write(QbxmlVersion.V13_0, OnError.STOP_ON_ERROR, List.of(new InventoryAdjustmentAddRq(
                "adj-1", "Shrinkage", null, null, null,
                List.of(AdjustmentLine.ofDifference(ItemRef.listId("8000-1"), new BigDecimal("-3.000"))))));

        assertThat(xml).contains("<InventoryAdjustmentAdd><AccountRef><FullName>Shrinkage</FullName></AccountRef>"
                + "<InventoryAdjustmentLineAdd><ItemRef><ListID>8000-1</ListID></ItemRef>"
                + "<QuantityAdjustment><QuantityDifference>-3</QuantityDifference></QuantityAdjustment>");
        assertThat(xml).doesNotContain("TxnDate", "RefNumber", "Memo", "NewQuantity");
    }

    @Test
    void shouldParseBackWithTheSecureParserWhenWritten() throws Exception {
        String memo = "a & b < c > \"d\" 'e' " + UNICODE_NAME + " " + EMOJI;
        String xml = writer.write(QbxmlVersion.V13_0, OnError.STOP_ON_ERROR, List.of(
                new InventoryAdjustmentAddRq("adj-9", "Shrinkage", LocalDate.of(2025, 1, 31), "R-1", memo,
                        List.of(AdjustmentLine.ofNewQuantity(ItemRef.fullName(UNICODE_NAME), BigDecimal.TEN)))));

        List<String> elementOrder = new ArrayList<>();
        String parsedMemo = null;
        String parsedItem = null;
        XMLStreamReader reader = SecureXml.createReader(new StringReader(xml));
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                elementOrder.add(reader.getLocalName());
                if ("Memo".equals(reader.getLocalName())) {
                    parsedMemo = reader.getElementText();
                } else if ("FullName".equals(reader.getLocalName())) {
                    parsedItem = reader.getElementText();
                }
            }
        }

        assertThat(parsedMemo).isEqualTo(memo);
        assertThat(parsedItem).isEqualTo(UNICODE_NAME);
        assertThat(elementOrder).containsExactly("QBXML", "QBXMLMsgsRq", "InventoryAdjustmentAddRq",
                "InventoryAdjustmentAdd", "AccountRef", "FullName", "TxnDate", "RefNumber", "Memo",
                "InventoryAdjustmentLineAdd", "ItemRef", "FullName", "QuantityAdjustment", "NewQuantity");
    }

    @Test
    void shouldWriteTheSameTextWhenWritingToAWriter() throws Exception {
        List<ItemQueryRq> requests = List.of(ItemQueryRq.byFullNames("q-1", List.of(UNICODE_NAME)));
        StringWriter out = new StringWriter();

        writer.write(QbxmlVersion.V13_0, OnError.STOP_ON_ERROR, requests, out);

        assertThat(out.toString()).isEqualTo(writer.write(QbxmlVersion.V13_0, OnError.STOP_ON_ERROR, requests));
    }

    @Test
    void shouldRefuseWhenARequestHasNoRequestId() {
        List<ItemQueryRq> requests = List.of(ItemQueryRq.byFullNames(null, List.of("A")));

        assertThatThrownBy(() -> writer.write(QbxmlVersion.V13_0, OnError.STOP_ON_ERROR, requests))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ItemQueryRq has no requestId");
    }

    @Test
    void shouldRefuseWhenThereAreNoRequests() {
        assertThatThrownBy(() -> writer.write(QbxmlVersion.V13_0, OnError.STOP_ON_ERROR, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one request");
    }

    private static void assertMatchesGoldenFile(String actual, String fixture) {
        assertThat(normalise(actual)).isEqualTo(normalise(QbxmlFixtures.load(fixture)));
    }

    private static String normalise(String xml) {
        return xml.strip().replaceAll(">\\s+<", "><");
    }
}
