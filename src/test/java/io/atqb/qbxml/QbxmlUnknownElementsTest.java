package io.atqb.qbxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Elements the reader does not know are skipped whole, wherever they appear, even when they wrap elements with
 * known names: what follows them is still read, and what they hold is never taken for data.
 */
class QbxmlUnknownElementsTest {

    private static final String UNKNOWN = "<Unknown><Inner><Name>not me</Name><ListID>not me</ListID></Inner></Unknown>";

    private final QbxmlResponseReader reader = new QbxmlResponseReader();

    private static String message(String responses) {
        return "<?xml version=\"1.0\" ?><QBXML>" + UNKNOWN + "<QBXMLMsgsRs>" + UNKNOWN + responses
                + "</QBXMLMsgsRs>" + UNKNOWN + "</QBXML>";
    }

    @Test
    void shouldSkipUnknownElementsAroundAndInsideAnInventoryQueryAnswer() {
        List<QbxmlResponse> responses = reader.readAll(message(
                "<ItemInventoryQueryRs requestID=\"q1\" statusCode=\"0\">" + UNKNOWN
                        + "<ItemInventoryRet><ListID>80-1</ListID><Name>WID-100</Name></ItemInventoryRet>"
                        + "</ItemInventoryQueryRs>"));

        ItemInventoryQueryRs page = (ItemInventoryQueryRs) responses.get(0);
        assertThat(responses).hasSize(1);
        assertThat(page.items()).extracting(ItemInventoryRet::listId).containsExactly("80-1");
    }

    @Test
    void shouldSkipElementsOfAnItemQueryAnswerThatAreNoRet() {
        List<QbxmlResponse> responses = reader.readAll(message(
                "<ItemQueryRs requestID=\"q2\" statusCode=\"0\">" + UNKNOWN
                        + "<ItemServiceRet><ListID>90-1</ListID><Name>Labour</Name></ItemServiceRet></ItemQueryRs>"));

        assertThat(((ItemQueryRs) responses.get(0)).items()).hasSize(1);
    }

    @Test
    void shouldSkipUnknownElementsInAnItemAddAnswerAndItsErrorRecovery() {
        List<QbxmlResponse> responses = reader.readAll(message(
                "<ItemInventoryAddRs requestID=\"a1\" statusCode=\"3100\" statusSeverity=\"Error\">" + UNKNOWN
                        + "<ErrorRecovery>" + UNKNOWN + "<ListID>80-7</ListID></ErrorRecovery>"
                        + "</ItemInventoryAddRs>"));

        ItemInventoryAddRs add = (ItemInventoryAddRs) responses.get(0);
        assertThat(add.errorRecovery().listId()).isEqualTo("80-7");
        assertThat(add.item()).isNull();
    }

    @Test
    void shouldSkipUnknownElementsInAnAdjustmentAnswerAndItsLines() {
        List<QbxmlResponse> responses = reader.readAll(message(
                "<InventoryAdjustmentAddRs requestID=\"j1\" statusCode=\"0\">" + UNKNOWN
                        + "<InventoryAdjustmentRet><TxnID>T-1</TxnID><InventoryAdjustmentLineRet>" + UNKNOWN
                        + "<ItemRef>" + UNKNOWN + "<ListID>80-1</ListID></ItemRef>"
                        + "<QuantityDifference>-2</QuantityDifference></InventoryAdjustmentLineRet>"
                        + "</InventoryAdjustmentRet></InventoryAdjustmentAddRs>"
                        + "<ItemInventoryAddRs requestID=\"a2\" statusCode=\"0\"/>"));

        InventoryAdjustmentAddRs adjustment = (InventoryAdjustmentAddRs) responses.get(0);
        assertThat(responses).hasSize(2);
        assertThat(adjustment.elementName()).isEqualTo("InventoryAdjustmentAddRs");
        assertThat(adjustment.adjustment().lines()).singleElement().satisfies(line -> {
            assertThat(line.itemListId()).isEqualTo("80-1");
            assertThat(line.quantityDifference()).isEqualByComparingTo("-2");
        });
    }

    @Test
    void shouldSkipUnknownElementsOfTheHostAnswer() {
        HostInfo host = reader.readHostResponse(message(
                "<HostQueryRs requestID=\"0\" statusCode=\"0\">" + UNKNOWN + "<HostRet>"
                        + "<ProductName>QuickBooks Pro</ProductName><SupportedQBXMLVersion>13.0</SupportedQBXMLVersion>"
                        + "</HostRet></HostQueryRs>"));

        assertThat(host.productName()).isEqualTo("QuickBooks Pro");
        assertThat(host.highestSupported()).isEqualTo(QbxmlVersion.V13_0);
    }
}
