package io.atqb.qbxml;

import static io.atqb.qbxml.PurchasingRequestJsonTest.GUID;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The purchase-transfer requests leave in qbXML 13.0 schema order, with QuickBooks' number formats. */
class PurchasingWriterTest {

    private final QbxmlWriter writer = new QbxmlWriter();

    private String write(QbxmlRequest request) {
        String xml = writer.write(QbxmlVersion.V13_0, OnError.CONTINUE_ON_ERROR, List.of(request));
        int start = xml.indexOf("<QBXMLMsgsRq onError=\"continueOnError\">") + 39;
        return xml.substring(start, xml.indexOf("</QBXMLMsgsRq>"));
    }

    @Test
    void shouldWriteVendorQueryWithEachFullName() {
        assertThat(write(new VendorQueryRq("v1", List.of("Acme", "Café & Co"))))
                .isEqualTo("<VendorQueryRq requestID=\"v1\"><FullName>Acme</FullName>"
                        + "<FullName>Caf&#233; &amp; Co</FullName></VendorQueryRq>");
    }

    @Test
    void shouldWriteVendorAddWithItsName() {
        assertThat(write(new VendorAddRq("v2", "Acme Supply")))
                .isEqualTo("<VendorAddRq requestID=\"v2\"><VendorAdd><Name>Acme Supply</Name></VendorAdd>"
                        + "</VendorAddRq>");
    }

    @Test
    void shouldWritePurchaseOrderAddInSchemaOrderWithLinesLast() {
        PurchaseOrderAddRq add = new PurchaseOrderAddRq("p1", "80000001-1", LocalDate.of(2026, 5, 4), "PO-1001",
                new Address("Main Office", "1 Road", "Suite 2", "Springfield", "IL", "62701", "US"), "Autotask PO 7",
                "Leave at the back door", GUID,
                List.of(new PurchaseOrderLineAdd("80000002-1", "Widget", new BigDecimal("3.000"),
                                new BigDecimal("12.5"), "ATPOI-77"),
                        new PurchaseOrderLineAdd("80000003-1", null, new BigDecimal("1.25"), new BigDecimal("0.12345"),
                                null)));

        assertThat(write(add)).isEqualTo("<PurchaseOrderAddRq requestID=\"p1\"><PurchaseOrderAdd>"
                + "<VendorRef><ListID>80000001-1</ListID></VendorRef>"
                + "<TxnDate>2026-05-04</TxnDate><RefNumber>PO-1001</RefNumber>"
                + "<ShipAddress><Addr1>Main Office</Addr1><Addr2>1 Road</Addr2><Addr3>Suite 2</Addr3>"
                + "<City>Springfield</City><State>IL</State><PostalCode>62701</PostalCode><Country>US</Country>"
                + "</ShipAddress><Memo>Autotask PO 7</Memo><VendorMsg>Leave at the back door</VendorMsg>"
                + "<ExternalGUID>" + GUID + "</ExternalGUID>"
                + "<PurchaseOrderLineAdd><ItemRef><ListID>80000002-1</ListID></ItemRef><Desc>Widget</Desc>"
                + "<Quantity>3</Quantity><Rate>12.50</Rate><Other1>ATPOI-77</Other1></PurchaseOrderLineAdd>"
                + "<PurchaseOrderLineAdd><ItemRef><ListID>80000003-1</ListID></ItemRef>"
                + "<Quantity>1.25</Quantity><Rate>0.12345</Rate></PurchaseOrderLineAdd>"
                + "</PurchaseOrderAdd></PurchaseOrderAddRq>");
    }

    @Test
    void shouldLeaveOutOptionalHeaderFieldsAndAnEmptyAddress() {
        PurchaseOrderAddRq add = new PurchaseOrderAddRq("p2", "80000001-1", null, null,
                new Address(null, null, null, null, null, null, null), null, null, null,
                List.of(new PurchaseOrderLineAdd("80000002-1", null, null, null, null)));

        assertThat(write(add)).isEqualTo("<PurchaseOrderAddRq requestID=\"p2\"><PurchaseOrderAdd>"
                + "<VendorRef><ListID>80000001-1</ListID></VendorRef>"
                + "<PurchaseOrderLineAdd><ItemRef><ListID>80000002-1</ListID></ItemRef></PurchaseOrderLineAdd>"
                + "</PurchaseOrderAdd></PurchaseOrderAddRq>");
    }

    @Test
    void shouldWriteAnAddressThatHasOnlyItsLastField() {
        for (Address address : List.of(new Address(null, null, null, null, null, null, "US"),
                new Address(null, null, "Suite 2", null, null, null, null))) {
            PurchaseOrderAddRq add = new PurchaseOrderAddRq("p3", "80-V", null, null, address, null, null, null,
                    List.of(new PurchaseOrderLineAdd("80-1", null, null, null, null)));

            assertThat(write(add)).as("%s", address).contains("<ShipAddress>").contains("</ShipAddress>");
        }
    }

    @Test
    void shouldWritePurchaseOrderModWithKeptChangedAndNewLines() {
        PurchaseOrderModRq mod = new PurchaseOrderModRq("m1", "1A-17", "1718030000", "New memo",
                List.of(PurchaseOrderLineMod.keep("1B-17"),
                        new PurchaseOrderLineMod("1C-17", null, null, new BigDecimal("8"), new BigDecimal("2"), null),
                        PurchaseOrderLineMod.newLine("80000002-1", "Widget", BigDecimal.ONE, new BigDecimal("9.99"),
                                "ATPOI-8")));

        assertThat(write(mod)).isEqualTo("<PurchaseOrderModRq requestID=\"m1\"><PurchaseOrderMod>"
                + "<TxnID>1A-17</TxnID><EditSequence>1718030000</EditSequence><VendorMsg>New memo</VendorMsg>"
                + "<PurchaseOrderLineMod><TxnLineID>1B-17</TxnLineID></PurchaseOrderLineMod>"
                + "<PurchaseOrderLineMod><TxnLineID>1C-17</TxnLineID><Quantity>8</Quantity><Rate>2.00</Rate>"
                + "</PurchaseOrderLineMod>"
                + "<PurchaseOrderLineMod><TxnLineID>-1</TxnLineID><ItemRef><ListID>80000002-1</ListID></ItemRef>"
                + "<Desc>Widget</Desc><Quantity>1</Quantity><Rate>9.99</Rate><Other1>ATPOI-8</Other1>"
                + "</PurchaseOrderLineMod></PurchaseOrderMod></PurchaseOrderModRq>");
    }

    @Test
    void shouldWriteAHeaderOnlyModWithoutAnyLine() {
        assertThat(write(new PurchaseOrderModRq("m2", "1A-17", "5", null, List.of())))
                .isEqualTo("<PurchaseOrderModRq requestID=\"m2\"><PurchaseOrderMod><TxnID>1A-17</TxnID>"
                        + "<EditSequence>5</EditSequence></PurchaseOrderMod></PurchaseOrderModRq>");
    }

    @Test
    void shouldWritePurchaseOrderQueryByTxnIdOrRefNumberWithItsFlagsAfterTheIds() {
        assertThat(write(new PurchaseOrderQueryRq("q1", List.of("1A-17", "2A-17"), List.of(), true, true)))
                .isEqualTo("<PurchaseOrderQueryRq requestID=\"q1\"><TxnID>1A-17</TxnID><TxnID>2A-17</TxnID>"
                        + "<IncludeLineItems>true</IncludeLineItems><IncludeLinkedTxns>true</IncludeLinkedTxns>"
                        + "</PurchaseOrderQueryRq>");
        assertThat(write(new PurchaseOrderQueryRq("q2", List.of(), List.of("PO-1001"), false, false)))
                .isEqualTo("<PurchaseOrderQueryRq requestID=\"q2\"><RefNumber>PO-1001</RefNumber>"
                        + "</PurchaseOrderQueryRq>");
    }

    @Test
    void shouldWriteItemReceiptWithLinkedLinesWithoutItemRefAndUnlinkedLinesWithIt() {
        ItemReceiptAddRq add = new ItemReceiptAddRq("r1", "80000001-1", LocalDate.of(2026, 5, 6), "AT123456",
                "Autotask receipt 123456", GUID,
                List.of(ItemReceiptLineAdd.linked("1A-17", "1B-17", new BigDecimal("2"), new BigDecimal("12.5")),
                        ItemReceiptLineAdd.unlinked("80000002-1", new BigDecimal("-1"), null)));

        assertThat(write(add)).isEqualTo("<ItemReceiptAddRq requestID=\"r1\"><ItemReceiptAdd>"
                + "<VendorRef><ListID>80000001-1</ListID></VendorRef><TxnDate>2026-05-06</TxnDate>"
                + "<RefNumber>AT123456</RefNumber><Memo>Autotask receipt 123456</Memo>"
                + "<ExternalGUID>" + GUID + "</ExternalGUID>"
                + "<ItemLineAdd><Quantity>2</Quantity><Cost>12.50</Cost>"
                + "<LinkToTxn><TxnID>1A-17</TxnID><TxnLineID>1B-17</TxnLineID></LinkToTxn></ItemLineAdd>"
                + "<ItemLineAdd><ItemRef><ListID>80000002-1</ListID></ItemRef><Quantity>-1</Quantity></ItemLineAdd>"
                + "</ItemReceiptAdd></ItemReceiptAddRq>");
    }

    @Test
    void shouldWriteItemReceiptQueryByRefNumber() {
        assertThat(write(new ItemReceiptQueryRq("q3", List.of("AT1", "AT2"), true)))
                .isEqualTo("<ItemReceiptQueryRq requestID=\"q3\"><RefNumber>AT1</RefNumber><RefNumber>AT2</RefNumber>"
                        + "<IncludeLineItems>true</IncludeLineItems></ItemReceiptQueryRq>");
    }

    @Test
    void shouldWriteQuantitiesPlainAndPricesWithTwoToFiveDecimals() {
        assertThat(QbxmlNumbers.format(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(QbxmlNumbers.format(new BigDecimal("2.50000"))).isEqualTo("2.5");
        assertThat(PurchasingWriter.price(new BigDecimal("1E+2"))).isEqualTo("100.00");
        assertThat(PurchasingWriter.price(new BigDecimal("7.10000"))).isEqualTo("7.10");
        assertThat(PurchasingWriter.price(new BigDecimal("7.12345"))).isEqualTo("7.12345");
    }
}
