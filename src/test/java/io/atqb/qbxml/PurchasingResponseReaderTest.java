package io.atqb.qbxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Vendor, purchase-order and item-receipt responses as QuickBooks writes them, with elements the model skips. */
class PurchasingResponseReaderTest {

    private final QbxmlResponseReader reader = new QbxmlResponseReader();

    private static String messageSet(String responses) {
        return "<?xml version=\"1.0\" ?>\n<QBXML>\n<QBXMLMsgsRs>\n" + responses + "</QBXMLMsgsRs>\n</QBXML>\n";
    }

    @Test
    void shouldReadVendorQueryAndAddResponses() {
        List<QbxmlResponse> responses = reader.readAll(messageSet("""
                <VendorQueryRs requestID="v1" statusCode="0" statusSeverity="Info" statusMessage="Status OK">
                  <VendorRet><ListID>80000005-1718030000</ListID><TimeCreated>2026-05-04T10:00:00-05:00</TimeCreated>
                    <EditSequence>1718030000</EditSequence><Name>Acme Supply</Name><IsActive>false</IsActive>
                    <VendorAddress><Addr1>1 Road</Addr1></VendorAddress><Balance>0.00</Balance></VendorRet>
                </VendorQueryRs>
                <VendorQueryRs requestID="v2" statusCode="1" statusSeverity="Info"
                  statusMessage="A query request did not find a matching object in QuickBooks" />
                <VendorAddRs requestID="v3" statusCode="0" statusSeverity="Info" statusMessage="Status OK">
                  <VendorRet><ListID>80000006-1718030001</ListID><EditSequence>1718030001</EditSequence>
                    <Name>Bolt &amp; Nut</Name><IsActive>true</IsActive></VendorRet>
                </VendorAddRs>
                <VendorAddRs requestID="v4" statusCode="3100" statusSeverity="Error"
                  statusMessage="The name &quot;Contoso&quot; of the list element is already in use." />
                """));

        assertThat(responses).hasSize(4);
        assertThat(((VendorQueryRs) responses.get(0)).vendors()).containsExactly(
                new VendorRet("80000005-1718030000", "1718030000", "Acme Supply", false));
        VendorQueryRs none = (VendorQueryRs) responses.get(1);
        assertThat(none.status().isNoMatch()).isTrue();
        assertThat(none.vendors()).isEmpty();
        assertThat(((VendorAddRs) responses.get(2)).vendor())
                .isEqualTo(new VendorRet("80000006-1718030001", "1718030001", "Bolt & Nut", true));
        VendorAddRs refused = (VendorAddRs) responses.get(3);
        assertThat(refused.status()).isEqualTo(new QbxmlStatus(3100, "Error",
                "The name \"Contoso\" of the list element is already in use."));
        assertThat(refused.vendor()).isNull();
        assertThat(refused.elementName()).isEqualTo("VendorAddRs");
    }

    @Test
    void shouldReadAPurchaseOrderWithLinesReceivedQuantitiesAndGroupLines() {
        List<QbxmlResponse> responses = reader.readAll(messageSet("""
                <PurchaseOrderAddRs requestID="p1" statusCode="0" statusSeverity="Info" statusMessage="Status OK">
                  <PurchaseOrderRet>
                    <TxnID>1A-1718030000</TxnID><TimeCreated>2026-05-04T10:00:00-05:00</TimeCreated>
                    <EditSequence>1718030002</EditSequence><TxnNumber>7</TxnNumber>
                    <VendorRef><ListID>80000005-1718030000</ListID><FullName>Acme Supply</FullName></VendorRef>
                    <TxnDate>2026-05-04</TxnDate><RefNumber>PO-1001</RefNumber>
                    <ShipAddress><Addr1>Main</Addr1></ShipAddress>
                    <ShipAddressBlock><Addr1>Main</Addr1></ShipAddressBlock>
                    <TotalAmount>37.50</TotalAmount><IsManuallyClosed>false</IsManuallyClosed>
                    <IsFullyReceived>true</IsFullyReceived><VendorMsg>hi</VendorMsg>
                    <ExternalGUID>{3F2504E0-4F89-41D3-9A0C-0305E82C3301}</ExternalGUID>
                    <LinkedTxn><TxnID>2A-1</TxnID><TxnType>ItemReceipt</TxnType></LinkedTxn>
                    <PurchaseOrderLineRet>
                      <TxnLineID>1B-1718030000</TxnLineID>
                      <ItemRef><ListID>80000002-1</ListID><FullName>Widgets:WID-100</FullName></ItemRef>
                      <Desc>Widget</Desc><Quantity>3</Quantity><Rate>12.50</Rate><Amount>37.50</Amount>
                      <ReceivedQuantity>3</ReceivedQuantity><UnbilledQuantity>3</UnbilledQuantity>
                      <IsBilled>false</IsBilled><IsManuallyClosed>false</IsManuallyClosed><Other1>ATPOI-77</Other1>
                    </PurchaseOrderLineRet>
                    <PurchaseOrderLineGroupRet><TxnLineID>1C-1</TxnLineID>
                      <ItemGroupRef><FullName>Kit</FullName></ItemGroupRef>
                      <PurchaseOrderLineRet><TxnLineID>1D-1</TxnLineID><ItemRef><ListID>80000003-1</ListID></ItemRef>
                        <Quantity>0.5</Quantity><IsManuallyClosed>true</IsManuallyClosed></PurchaseOrderLineRet>
                    </PurchaseOrderLineGroupRet>
                  </PurchaseOrderRet>
                </PurchaseOrderAddRs>
                """));

        PurchaseOrderAddRs add = (PurchaseOrderAddRs) responses.get(0);
        PurchaseOrderRet po = add.purchaseOrder();
        assertThat(po).usingRecursiveComparison().ignoringFields("lines").isEqualTo(new PurchaseOrderRet(
                "1A-1718030000", "1718030002", "80000005-1718030000", "Acme Supply", "PO-1001",
                "{3F2504E0-4F89-41D3-9A0C-0305E82C3301}", true, false, List.of()));
        assertThat(po.lines()).hasSize(2);
        PurchaseOrderLineRet first = po.lines().get(0);
        assertThat(first.txnLineId()).isEqualTo("1B-1718030000");
        assertThat(first.itemListId()).isEqualTo("80000002-1");
        assertThat(first.itemFullName()).isEqualTo("Widgets:WID-100");
        assertThat(first.desc()).isEqualTo("Widget");
        assertThat(first.quantity()).isEqualByComparingTo("3");
        assertThat(first.rate()).isEqualByComparingTo("12.5");
        assertThat(first.receivedQuantity()).isEqualByComparingTo("3");
        assertThat(first.manuallyClosed()).isFalse();
        assertThat(first.other1()).isEqualTo("ATPOI-77");
        PurchaseOrderLineRet grouped = po.lines().get(1);
        assertThat(grouped.txnLineId()).isEqualTo("1D-1");
        assertThat(grouped.receivedQuantity()).isNull();
        assertThat(grouped.manuallyClosed()).isTrue();
    }

    @Test
    void shouldReadModErrorsWithErrorRecoveryAndQueriesWithSeveralOrders() {
        List<QbxmlResponse> responses = reader.readAll(messageSet("""
                <PurchaseOrderModRs requestID="m1" statusCode="3200" statusSeverity="Error"
                  statusMessage="The provided edit sequence &quot;1&quot; is out-of-date." />
                <PurchaseOrderModRs requestID="m2" statusCode="0" statusSeverity="Info" statusMessage="Status OK">
                  <PurchaseOrderRet><TxnID>1A-1</TxnID><EditSequence>9</EditSequence></PurchaseOrderRet>
                </PurchaseOrderModRs>
                <PurchaseOrderAddRs requestID="p2" statusCode="3180" statusSeverity="Error"
                  statusMessage="There was an error when saving a purchase order transaction.">
                  <ErrorRecovery><TxnID>1A-9</TxnID><ExternalGUID>{3F2504E0-4F89-41D3-9A0C-0305E82C3301}</ExternalGUID>
                  </ErrorRecovery>
                </PurchaseOrderAddRs>
                <PurchaseOrderQueryRs requestID="q1" statusCode="0" statusSeverity="Info" statusMessage="Status OK">
                  <PurchaseOrderRet><TxnID>1A-1</TxnID><RefNumber>PO-1</RefNumber></PurchaseOrderRet>
                  <PurchaseOrderRet><TxnID>1A-2</TxnID><RefNumber>PO-1</RefNumber></PurchaseOrderRet>
                </PurchaseOrderQueryRs>
                """));

        PurchaseOrderModRs stale = (PurchaseOrderModRs) responses.get(0);
        assertThat(stale.status().code()).isEqualTo(3200);
        assertThat(stale.status().isError()).isTrue();
        assertThat(stale.purchaseOrder()).isNull();
        assertThat(((PurchaseOrderModRs) responses.get(1)).purchaseOrder().editSequence()).isEqualTo("9");
        PurchaseOrderAddRs failed = (PurchaseOrderAddRs) responses.get(2);
        assertThat(failed.errorRecovery()).isEqualTo(
                new ErrorRecovery(null, "1A-9", null, "{3F2504E0-4F89-41D3-9A0C-0305E82C3301}"));
        assertThat(((PurchaseOrderQueryRs) responses.get(3)).purchaseOrders())
                .extracting(PurchaseOrderRet::txnId).containsExactly("1A-1", "1A-2");
    }

    @Test
    void shouldReadItemReceiptAddAndQueryResponses() {
        List<QbxmlResponse> responses = reader.readAll(messageSet("""
                <ItemReceiptAddRs requestID="r1" statusCode="0" statusSeverity="Info" statusMessage="Status OK">
                  <ItemReceiptRet><TxnID>2A-1</TxnID><TimeCreated>2026-05-06T10:00:00-05:00</TimeCreated>
                    <EditSequence>1718030005</EditSequence><TxnNumber>8</TxnNumber>
                    <VendorRef><ListID>80000005-1</ListID><FullName>Acme Supply</FullName></VendorRef>
                    <APAccountRef><FullName>Accounts Payable</FullName></APAccountRef>
                    <TxnDate>2026-05-06</TxnDate><TotalAmount>25.00</TotalAmount><RefNumber>AT123456</RefNumber>
                    <ExternalGUID>{9B2E7C41-6D0A-4F3B-8E21-7A5C4D3B2F19}</ExternalGUID>
                    <ItemLineRet><TxnLineID>2B-1</TxnLineID><ItemRef><ListID>80000002-1</ListID></ItemRef>
                      <Quantity>2</Quantity><Cost>12.50</Cost><Amount>25.00</Amount></ItemLineRet>
                    <ItemLineRet><TxnLineID>2C-1</TxnLineID><ItemRef><ListID>80000003-1</ListID></ItemRef>
                      <Quantity>-1</Quantity></ItemLineRet>
                  </ItemReceiptRet>
                </ItemReceiptAddRs>
                <ItemReceiptAddRs requestID="r2" statusCode="3120" statusSeverity="Error"
                  statusMessage="Object &quot;1B-9&quot; specified in the request cannot be found." />
                <ItemReceiptQueryRs requestID="q2" statusCode="1" statusSeverity="Info"
                  statusMessage="A query request did not find a matching object in QuickBooks" />
                """));

        ItemReceiptRet receipt = ((ItemReceiptAddRs) responses.get(0)).receipt();
        assertThat(receipt).usingRecursiveComparison().ignoringFields("lines").isEqualTo(new ItemReceiptRet(
                "2A-1", "1718030005", "80000005-1", "AT123456", "{9B2E7C41-6D0A-4F3B-8E21-7A5C4D3B2F19}", List.of()));
        assertThat(receipt.lines()).extracting(ItemReceiptLineRet::txnLineId, ItemReceiptLineRet::itemListId)
                .containsExactly(tuple("2B-1", "80000002-1"),
                        tuple("2C-1", "80000003-1"));
        assertThat(receipt.lines().get(1).quantity()).isEqualByComparingTo("-1");
        ItemReceiptAddRs notFound = (ItemReceiptAddRs) responses.get(1);
        assertThat(notFound.status().code()).isEqualTo(3120);
        assertThat(notFound.receipt()).isNull();
        ItemReceiptQueryRs none = (ItemReceiptQueryRs) responses.get(2);
        assertThat(none.status().isNoMatch()).isTrue();
        assertThat(none.receipts()).isEmpty();
    }

    @Test
    void shouldKeepTheErrorRecoveryOfEveryAddAndModAndAManuallyClosedHeader() {
        String recovery = "<ErrorRecovery><ListID>80-9</ListID><TxnID>1A-9</TxnID><EditSequence>77</EditSequence>"
                + "</ErrorRecovery>";
        List<QbxmlResponse> responses = reader.readAll(messageSet(
                "<VendorAddRs requestID=\"a\" statusCode=\"3180\" statusSeverity=\"Error\" statusMessage=\"x\">"
                        + recovery + "</VendorAddRs>"
                + "<ItemReceiptAddRs requestID=\"b\" statusCode=\"3180\" statusSeverity=\"Error\" statusMessage=\"x\">"
                        + recovery + "</ItemReceiptAddRs>"
                + "<PurchaseOrderModRs requestID=\"c\" statusCode=\"3180\" statusSeverity=\"Error\" "
                        + "statusMessage=\"x\">" + recovery + "</PurchaseOrderModRs>"
                + "<PurchaseOrderQueryRs requestID=\"d\" statusCode=\"0\" statusSeverity=\"Info\" statusMessage=\"OK\">"
                        + "<PurchaseOrderRet><TxnID>1A-1</TxnID><IsManuallyClosed>true</IsManuallyClosed>"
                        + "<IsFullyReceived>false</IsFullyReceived></PurchaseOrderRet></PurchaseOrderQueryRs>"));

        ErrorRecovery expected = new ErrorRecovery("80-9", "1A-9", "77", null);
        assertThat(((VendorAddRs) responses.get(0)).errorRecovery()).isEqualTo(expected);
        assertThat(((ItemReceiptAddRs) responses.get(1)).errorRecovery()).isEqualTo(expected);
        assertThat(((PurchaseOrderModRs) responses.get(2)).errorRecovery()).isEqualTo(expected);
        PurchaseOrderRet closed = ((PurchaseOrderQueryRs) responses.get(3)).purchaseOrders().get(0);
        assertThat(closed.manuallyClosed()).isTrue();
        assertThat(closed.fullyReceived()).isFalse();
        assertThat(responses).extracting(QbxmlResponse::elementName).containsExactly("VendorAddRs",
                "ItemReceiptAddRs", "PurchaseOrderModRs", "PurchaseOrderQueryRs");
    }
}
