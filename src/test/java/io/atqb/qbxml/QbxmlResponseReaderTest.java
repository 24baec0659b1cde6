package io.atqb.qbxml;

import static io.atqb.qbxml.QbxmlFixtures.EMOJI;
import static io.atqb.qbxml.QbxmlFixtures.UNICODE_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QbxmlResponseReaderTest {

    private final QbxmlResponseReader reader = new QbxmlResponseReader();

    @Test
    void shouldReadIteratorAttributesAndItemFieldsWhenPageHasUnknownAndNestedElements() {
        List<QbxmlResponse> responses = reader.readAll(QbxmlFixtures.load("item-inventory-query-rs.xml"));

        assertThat(responses).singleElement().isInstanceOf(ItemInventoryQueryRs.class);
        ItemInventoryQueryRs page = (ItemInventoryQueryRs) responses.get(0);
        assertThat(page.requestId()).isEqualTo("inv-q-000231");
        assertThat(page.status()).isEqualTo(new QbxmlStatus(0, "Info", "Status OK"));
        assertThat(page.status().isOk()).isTrue();
        assertThat(page.iteratorId()).isEqualTo("{4f0c9a1e-2b7d-4c55-8e0f-6a9d3b21c7e4}");
        assertThat(page.iteratorRemainingCount()).isEqualTo(212);
        assertThat(page.items()).hasSize(2);

        ItemInventoryRet first = page.items().get(0);
        assertThat(first).usingRecursiveComparison().ignoringFields("quantityOnHand").isEqualTo(new ItemInventoryRet(
                "80000012-1718030000", "1717090931", "WID-100", "Widgets:WID-100", true, null,
                "2025-05-30T16:02:11-05:00"));
        assertThat(first.quantityOnHand()).isEqualByComparingTo("42.5");

        ItemInventoryRet second = page.items().get(1);
        assertThat(second.name()).isEqualTo(UNICODE_NAME + " " + EMOJI);
        assertThat(second.fullName()).isEqualTo(UNICODE_NAME + " " + EMOJI);
        assertThat(second.active()).isFalse();
        assertThat(second.quantityOnHand()).isNull();
    }

    @Test
    void shouldReportNoMatchWhenQueryFindsNothing() {
        String xml = """
                <?xml version="1.0" ?>
                <QBXML><QBXMLMsgsRs><ItemInventoryQueryRs requestID="q-7" statusCode="1" statusSeverity="Info" \
                statusMessage="A query request did not find a matching object in QuickBooks"/></QBXMLMsgsRs></QBXML>
                """;

        ItemInventoryQueryRs empty = (ItemInventoryQueryRs) reader.readAll(xml).get(0);

        assertThat(empty.status().isNoMatch()).isTrue();
        assertThat(empty.status().isOk()).isFalse();
        assertThat(empty.status().isError()).isFalse();
        assertThat(empty.items()).isEmpty();
        assertThat(empty.iteratorId()).isNull();
        assertThat(empty.iteratorRemainingCount()).isNull();
    }

    @Test
    void shouldReadErrorAndSuccessWhenBatchHasOneFailure() {
        List<QbxmlResponse> responses = reader.readAll(QbxmlFixtures.load("item-inventory-add-rs.xml"));

        assertThat(responses).hasSize(2).allMatch(ItemInventoryAddRs.class::isInstance);
        ItemInventoryAddRs failed = (ItemInventoryAddRs) responses.get(0);
        assertThat(failed.requestId()).isEqualTo("item-add-000019");
        assertThat(failed.status().code()).isEqualTo(3100);
        assertThat(failed.status().isError()).isTrue();
        assertThat(failed.status().message()).isEqualTo("The name \"WID-100\" of the list element is already in use.");
        assertThat(failed.item()).isNull();
        assertThat(failed.errorRecovery()).isNull();

        ItemInventoryAddRs added = (ItemInventoryAddRs) responses.get(1);
        assertThat(added.status().isOk()).isTrue();
        assertThat(added.item().listId()).isEqualTo("80000014-1718040000");
        assertThat(added.item().editSequence()).isEqualTo("1717254000");
        assertThat(added.item().quantityOnHand()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(added.errorRecovery()).isEqualTo(new ErrorRecovery("80000014-1718040000", null, "1717254000",
                "{3F2504E0-4F89-41D3-9A0C-0305E82C3301}"));
    }

    @Test
    void shouldReadAdjustmentLinesAndErrorRecoveryWhenAdjustmentsAreAnswered() {
        List<QbxmlResponse> responses = reader.readAll(QbxmlFixtures.load("inventory-adjustment-add-rs.xml"));

        InventoryAdjustmentAddRs saved = (InventoryAdjustmentAddRs) responses.get(0);
        assertThat(saved.requestId()).isEqualTo("adj-000007");
        assertThat(saved.errorRecovery()).isNull();
        InventoryAdjustmentRet adjustment = saved.adjustment();
        assertThat(adjustment.txnId()).isEqualTo("1A2B-1717430000");
        assertThat(adjustment.refNumber()).isEqualTo("WMS0007");
        assertThat(adjustment.memo()).isEqualTo("Count & recount <bay 3> \u2013 Café");
        assertThat(adjustment.lines()).extracting(AdjustmentLineRet::itemListId, AdjustmentLineRet::itemFullName)
                .containsExactly(tuple("80000012-1718030000", "Widgets:WID-100"),
                        tuple("80000013-1718030001", "Widgets:WID-200"));
        assertThat(adjustment.lines().get(0).quantityDifference()).isEqualByComparingTo("-2.5");
        assertThat(adjustment.lines().get(1).quantityDifference()).isEqualByComparingTo("12");

        InventoryAdjustmentAddRs failed = (InventoryAdjustmentAddRs) responses.get(1);
        assertThat(failed.status().code()).isEqualTo(3180);
        assertThat(failed.adjustment()).isNull();
        assertThat(failed.errorRecovery()).isEqualTo(new ErrorRecovery(null, "1A2E-1717430001", "1717430001", null));
    }

    @Test
    void shouldReadEveryResponseInOrderWhenMessageSetMixesTypes() {
        List<QbxmlResponse> responses = reader.readAll(QbxmlFixtures.load("mixed-rs.xml"));

        assertThat(responses).extracting(QbxmlResponse::elementName, QbxmlResponse::requestId).containsExactly(
                tuple("ItemQueryRs", "item-q-000001"),
                tuple("CustomerQueryRs", "cust-1"),
                tuple("ItemInventoryQueryRs", "inv-q-000240"),
                tuple("ItemInventoryAddRs", "item-add-000021"));
        assertThat(responses.get(1)).isEqualTo(new OtherRs("CustomerQueryRs", "cust-1",
                new QbxmlStatus(0, "Info", "Status OK")));

        ItemQueryRs items = (ItemQueryRs) responses.get(0);
        assertThat(items.status().code()).isEqualTo(500);
        assertThat(items.status().isError()).isFalse();
        assertThat(items.items()).containsExactly(
                new ItemRet("ItemInventoryRet", "80000012-1718030000", "WID-100", "Widgets:WID-100", true),
                new ItemRet("ItemNonInventoryRet", "80000020-1718030100", "WID-900", "WID-900", false),
                new ItemRet("ItemServiceRet", "80000021-1718030200", "Install", "Services:Install", null));

        ItemInventoryQueryRs lastPage = (ItemInventoryQueryRs) responses.get(2);
        assertThat(lastPage.status().isNoMatch()).isTrue();
        assertThat(lastPage.iteratorRemainingCount()).isZero();
        assertThat(responses.get(3).status().message()).isEqualTo(
                "The name \"Café\" of the list element is already in use.");
    }

    @Test
    void shouldDeliverEachResponseBeforeReadingTheRestWhenStreaming() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" ?><QBXML><QBXMLMsgsRs>");
        for (int i = 0; i < 2000; i++) {
            xml.append("<CustomerAddRs requestID=\"c-").append(i).append("\" statusCode=\"0\" statusSeverity=\"Info\">")
                    .append("<CustomerRet><Name>").append("x".repeat(40)).append("</Name></CustomerRet>")
                    .append("</CustomerAddRs>");
        }
        xml.append("<BrokenRs statusCode=\"0\"></QBXMLMsgsRs></QBXML>");
        CountingReader source = new CountingReader(new StringReader(xml.toString()));
        List<String> seen = new ArrayList<>();
        List<Long> charsReadAtCallback = new ArrayList<>();

        assertThatThrownBy(() -> reader.read(source, response -> {
            seen.add(response.requestId());
            charsReadAtCallback.add(source.count);
        })).isInstanceOf(QbxmlParseException.class).hasMessageContaining("not well-formed");

        assertThat(seen).hasSize(2000).startsWith("c-0", "c-1", "c-2").endsWith("c-1999");
        assertThat(charsReadAtCallback.get(0)).isLessThan(xml.length() / 4);
    }

    @Test
    void shouldTolerateLeadingWhitespaceAndByteOrderMarkWhenReading() {
        String xml = "\uFEFF \n<?xml version=\"1.0\" ?><QBXML><QBXMLMsgsRs>"
                + "<ItemQueryRs requestID=\"q\" statusCode=\"1\" statusSeverity=\"Info\"/></QBXMLMsgsRs></QBXML>";

        assertThat(reader.readAll(xml)).singleElement().isInstanceOf(ItemQueryRs.class);
    }

    @Test
    void shouldRefuseWhenDocumentDeclaresADoctype() {
        String xml = """
                <?xml version="1.0" ?>
                <!DOCTYPE QBXML [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <QBXML><QBXMLMsgsRs><ItemQueryRs requestID="&lol2;" statusCode="0"/></QBXMLMsgsRs></QBXML>
                """;

        assertThatThrownBy(() -> reader.readAll(xml))
                .isInstanceOf(QbxmlParseException.class)
                .hasMessage("qbXML response refused: DOCTYPE declarations are not allowed");
    }

    @Test
    void shouldRefuseWhenDocumentReferencesAnExternalEntity() {
        String xml = """
                <?xml version="1.0" ?>
                <!DOCTYPE QBXML [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <QBXML><QBXMLMsgsRs><ItemQueryRs requestID="r" statusCode="0" statusMessage="&secret;"/>\
                </QBXMLMsgsRs></QBXML>
                """;
        List<QbxmlResponse> delivered = new ArrayList<>();

        assertThatThrownBy(() -> reader.read(new StringReader(xml), delivered::add))
                .isInstanceOf(QbxmlParseException.class)
                .hasMessage("qbXML response refused: DOCTYPE declarations are not allowed");
        assertThat(delivered).isEmpty();
    }

    @Test
    void shouldRefuseWhenAnUndeclaredEntityIsReferenced() {
        String xml = "<QBXML><QBXMLMsgsRs><ItemQueryRs requestID=\"r\" statusCode=\"0\">&secret;</ItemQueryRs>"
                + "</QBXMLMsgsRs></QBXML>";

        assertThatThrownBy(() -> reader.readAll(xml))
                .isInstanceOf(QbxmlParseException.class)
                .hasMessageContaining("\"secret\" was referenced, but not declared");
    }

    @Test
    void shouldRefuseWhenXmlIsMalformed() {
        assertThatThrownBy(() -> reader.readAll("<QBXML><QBXMLMsgsRs><ItemQueryRs statusCode=\"0\"></QBXML>"))
                .isInstanceOf(QbxmlParseException.class)
                .hasMessageStartingWith("qbXML response is not well-formed XML:");
        assertThatThrownBy(() -> reader.readAll("Object reference not set to an instance of an object."))
                .isInstanceOf(QbxmlParseException.class)
                .hasMessageStartingWith("qbXML response is not well-formed XML:");
        assertThatThrownBy(() -> reader.readAll(""))
                .isInstanceOf(QbxmlParseException.class)
                .hasMessage("qbXML response is empty");
    }

    @Test
    void shouldRefuseWhenRootIsNotQbxml() {
        assertThatThrownBy(() -> reader.readAll("<?xml version=\"1.0\" ?><html><body/></html>"))
                .isInstanceOf(QbxmlParseException.class)
                .hasMessage("qbXML response must have root <QBXML> but has <html>");
    }

    @Test
    void shouldRefuseWhenStatusCodeIsMissingOrNotANumber() {
        assertThatThrownBy(() -> reader.readAll(
                "<QBXML><QBXMLMsgsRs><ItemQueryRs requestID=\"r-1\"/></QBXMLMsgsRs></QBXML>"))
                .isInstanceOf(QbxmlParseException.class)
                .hasMessage("<ItemQueryRs requestID=\"r-1\"> has no statusCode");
        assertThatThrownBy(() -> reader.readAll(
                "<QBXML><QBXMLMsgsRs><ItemQueryRs statusCode=\"OK\"/></QBXMLMsgsRs></QBXML>"))
                .isInstanceOf(QbxmlParseException.class)
                .hasMessage("ItemQueryRs@statusCode is not an integer: 'OK'");
    }

    /** Counts characters the parser has pulled, to show responses are delivered before the end is read. */
    private static final class CountingReader extends FilterReader {
        long count;

        CountingReader(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }
    }
}
