package io.atqb.sandbox.quickbooks;

import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.attr;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.el;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.message;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.refById;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.atqb.qbxml.ItemReceiptAddRs;
import io.atqb.qbxml.ItemReceiptLineAdd;
import io.atqb.qbxml.OnError;
import io.atqb.qbxml.PurchaseOrderAddRq;
import io.atqb.qbxml.PurchaseOrderAddRs;
import io.atqb.qbxml.PurchaseOrderLineAdd;
import io.atqb.qbxml.PurchaseOrderLineRet;
import io.atqb.qbxml.PurchaseOrderQueryRq;
import io.atqb.qbxml.PurchaseOrderQueryRs;
import io.atqb.qbxml.PurchaseOrderRet;
import io.atqb.qbxml.QbxmlResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PurchaseOrderAdd and PurchaseOrderQuery: schema order, lengths, references, what is kept and returned. */
class SandboxCompanyFilePurchaseOrderTest {

    private final PurchasingFixture fixture = new PurchasingFixture();
    private final SandboxCompanyFile company = fixture.company;

    private QbxmlTestResponse sendRaw(QbxmlTestMessages.Node request) {
        return QbxmlTestResponse.parse(company.process(message(request)));
    }

    /** A raw PurchaseOrderAddRq for the fixture vendor with one widget line and the given header fields. */
    private QbxmlTestMessages.Node rawAdd(Object... headerAfterVendor) {
        Object[] content = new Object[headerAfterVendor.length + 2];
        content[0] = refById("VendorRef", fixture.vendorId);
        System.arraycopy(headerAfterVendor, 0, content, 1, headerAfterVendor.length);
        content[content.length - 1] = el("PurchaseOrderLineAdd", refById("ItemRef", fixture.widgetId),
                el("Quantity", "1"));
        return el("PurchaseOrderAddRq", attr("requestID", "p1"), el("PurchaseOrderAdd", content));
    }

    @Test
    void shouldAddAPurchaseOrderWithItsLinesWithoutChangingOnHand() {
        PurchaseOrderAddRs added = fixture.sendOne(fixture.purchaseOrder("PO-1001"));

        assertThat(added.status().isOk()).isTrue();
        PurchaseOrderRet po = added.purchaseOrder();
        assertThat(po.txnId()).isNotBlank();
        assertThat(po.vendorListId()).isEqualTo(fixture.vendorId);
        assertThat(po.vendorFullName()).isEqualTo("Acme Supply");
        assertThat(po.refNumber()).isEqualTo("PO-1001");
        assertThat(po.externalGuid()).isEqualTo(PurchasingFixture.GUID);
        assertThat(po.fullyReceived()).isFalse();
        assertThat(po.lines()).extracting(PurchaseOrderLineRet::itemListId, PurchaseOrderLineRet::other1)
                .containsExactly(tuple(fixture.widgetId, "ATPOI-1"),
                        tuple(fixture.gadgetId, "ATPOI-2"));
        assertThat(po.lines()).allSatisfy(line -> {
            assertThat(line.txnLineId()).isNotBlank();
            assertThat(line.receivedQuantity()).isEqualByComparingTo("0");
        });
        assertThat(po.lines().get(0).rate()).isEqualByComparingTo("2.5");
        assertThat(fixture.onHand("WID-100")).isEqualByComparingTo("10");
        assertThat(fixture.stored(po.txnId()).vendorMsg()).isEqualTo("Please deliver to the back door");
        assertThat(fixture.stored(po.txnId()).txnDate()).isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @Test
    void shouldAcceptAnElevenCharacterRefNumberAndRefuseTwelveWith3070() {
        QbxmlTestResponse eleven = sendRaw(rawAdd(el("RefNumber", "12345678901")));
        QbxmlTestResponse twelve = sendRaw(rawAdd(el("RefNumber", "123456789012")));

        assertThat(eleven.statusCode(0)).isEqualTo("0");
        assertThat(twelve.statusCode(0)).isEqualTo("3070");
        assertThat(twelve.response(0).getAttribute("statusMessage")).contains("RefNumber");
        assertThat(company.purchaseOrders()).extracting(PurchaseOrder::refNumber).containsExactly("12345678901");
    }

    @Test
    void shouldAcceptANinetyNineCharacterVendorMessageAndRefuseOneHundredWith3070() {
        assertThat(sendRaw(rawAdd(el("VendorMsg", "m".repeat(99)))).statusCode(0)).isEqualTo("0");
        assertThat(sendRaw(rawAdd(el("VendorMsg", "m".repeat(100)))).statusCode(0)).isEqualTo("3070");
        assertThat(company.purchaseOrders()).hasSize(1);
    }

    @Test
    void shouldAcceptATwentyNineCharacterLineOther1AndRefuseThirtyWith3070() {
        PurchaseOrderAddRs ok = fixture.sendOne(new PurchaseOrderAddRq(null, fixture.vendorId, null, null, null,
                null, null, null, List.of(new PurchaseOrderLineAdd(fixture.widgetId, null, BigDecimal.ONE, null,
                        "o".repeat(29)))));
        QbxmlTestResponse tooLong = sendRaw(el("PurchaseOrderAddRq", attr("requestID", "p2"), el("PurchaseOrderAdd",
                refById("VendorRef", fixture.vendorId),
                el("PurchaseOrderLineAdd", refById("ItemRef", fixture.widgetId), el("Other1", "o".repeat(30))))));

        assertThat(ok.status().isOk()).isTrue();
        assertThat(tooLong.statusCode(0)).isEqualTo("3070");
    }

    @Test
    void shouldRefuseAnUnknownVendorOrItemWith3140AndKeepNothing() {
        PurchaseOrderAddRs unknownVendor = fixture.sendOne(new PurchaseOrderAddRq(null, "80000099-1", null, null,
                null, null, null, null, List.of(new PurchaseOrderLineAdd(fixture.widgetId, null, null, null, null))));
        PurchaseOrderAddRs unknownItem = fixture.sendOne(new PurchaseOrderAddRq(null, fixture.vendorId, null, null,
                null, null, null, null, List.of(new PurchaseOrderLineAdd(fixture.widgetId, null, null, null, null),
                        new PurchaseOrderLineAdd("80000099-1", null, null, null, null))));

        assertThat(unknownVendor.status().code()).isEqualTo(3140);
        assertThat(unknownVendor.status().message()).contains("Vendor", "80000099-1");
        assertThat(unknownItem.status().code()).isEqualTo(3140);
        assertThat(unknownItem.status().message()).contains("Item");
        assertThat(company.purchaseOrders()).isEmpty();
    }

    @Test
    void shouldRefuseAnExternalGuidThatIsNotAGuidWith3000() {
        QbxmlTestResponse response = sendRaw(rawAdd(el("ExternalGUID", "ATPO-17")));

        assertThat(response.statusCode(0)).isEqualTo("3000");
        assertThat(company.purchaseOrders()).isEmpty();
    }

    @Test
    void shouldFailTheMessageWhenHeaderElementsAreOutOfSchemaOrder() {
        String vendorMsgBeforeMemo = message(rawAdd(el("VendorMsg", "hi"), el("Memo", "memo")));

        assertThatThrownBy(() -> company.process(vendorMsgBeforeMemo)).isInstanceOfSatisfying(
                QbxmlParseFailure.class, failure -> assertThat(failure.reason()).contains("<PurchaseOrderAdd>"));
        assertThat(company.purchaseOrders()).isEmpty();
    }

    @Test
    void shouldFailTheMessageWhenAPurchaseOrderHasNoLineOrALineCarriesReceivedQuantity() {
        String noLine = message(el("PurchaseOrderAddRq", attr("requestID", "p1"),
                el("PurchaseOrderAdd", refById("VendorRef", fixture.vendorId))));
        String retOnlyElement = message(el("PurchaseOrderAddRq", attr("requestID", "p1"),
                el("PurchaseOrderAdd", refById("VendorRef", fixture.vendorId),
                        el("PurchaseOrderLineAdd", refById("ItemRef", fixture.widgetId), el("Quantity", "1"),
                                el("ReceivedQuantity", "1")))));

        assertThatThrownBy(() -> company.process(noLine)).isInstanceOf(QbxmlParseFailure.class);
        assertThatThrownBy(() -> company.process(retOnlyElement)).isInstanceOf(QbxmlParseFailure.class);
    }

    @Test
    void shouldReturnLinesOnlyWhenAQueryAsksForThem() {
        PurchaseOrderRet po = fixture.addPurchaseOrder("PO-1001");

        PurchaseOrderQueryRs withLines = fixture.sendOne(PurchaseOrderQueryRq.byTxnIds(null, List.of(po.txnId())));
        PurchaseOrderQueryRs withoutLines = fixture.sendOne(new PurchaseOrderQueryRq(null, List.of(po.txnId()),
                List.of(), false, false));

        assertThat(withLines.purchaseOrders()).singleElement().satisfies(found -> {
            assertThat(found.editSequence()).isEqualTo(po.editSequence());
            assertThat(found.lines()).hasSize(2);
        });
        assertThat(withoutLines.purchaseOrders()).singleElement()
                .satisfies(found -> assertThat(found.lines()).isEmpty());
    }

    @Test
    void shouldFindPurchaseOrdersByRefNumberWithoutRegardToCaseAndSayNoMatchOtherwise() {
        PurchaseOrderRet first = fixture.addPurchaseOrder("PO-1001");
        PurchaseOrderRet second = fixture.addPurchaseOrder("po-1001");
        fixture.addPurchaseOrder("PO-1002");

        PurchaseOrderQueryRs byRef = fixture.sendOne(PurchaseOrderQueryRq.byRefNumbers(null, List.of("PO-1001")));
        PurchaseOrderQueryRs none = fixture.sendOne(PurchaseOrderQueryRq.byRefNumbers(null, List.of("PO-9")));
        PurchaseOrderQueryRs unknownTxn = fixture.sendOne(PurchaseOrderQueryRq.byTxnIds(null, List.of("FF-1")));

        assertThat(byRef.purchaseOrders()).extracting(PurchaseOrderRet::txnId)
                .containsExactly(first.txnId(), second.txnId());
        assertThat(none.status().isNoMatch()).isTrue();
        assertThat(unknownTxn.status().isNoMatch()).isTrue();
    }

    @Test
    void shouldListTheLinkedReceiptsOnlyWithIncludeLinkedTxns() {
        PurchaseOrderRet po = fixture.addPurchaseOrder("PO-1001");
        ItemReceiptAddRs receipt = fixture.sendOne(fixture.receipt("AT1", ItemReceiptLineAdd.linked(po.txnId(),
                po.lines().get(0).txnLineId(), BigDecimal.ONE, null)));

        QbxmlTestResponse linked = sendRaw(el("PurchaseOrderQueryRq", attr("requestID", "q1"),
                el("TxnID", po.txnId()), el("IncludeLinkedTxns", "true")));
        QbxmlTestResponse plain = sendRaw(el("PurchaseOrderQueryRq", attr("requestID", "q2"),
                el("TxnID", po.txnId())));

        assertThat(linked.texts("//PurchaseOrderRet/LinkedTxn/TxnID")).containsExactly(receipt.receipt().txnId());
        assertThat(linked.text("//PurchaseOrderRet/LinkedTxn/TxnType")).isEqualTo("ItemReceipt");
        assertThat(plain.texts("//PurchaseOrderRet/LinkedTxn")).isEmpty();
        assertThat(plain.texts("//PurchaseOrderLineRet")).isEmpty();
    }

    @Test
    void shouldAnswerAnInjectedLockForTheNextPurchaseOrderAddOnly() {
        company.injectRequestStatus("PurchaseOrderAdd", 3180, "There was an error when saving a Purchase Order.", 1);

        PurchaseOrderAddRs locked = fixture.sendOne(fixture.purchaseOrder("PO-1"));
        PurchaseOrderAddRs next = fixture.sendOne(fixture.purchaseOrder("PO-1"));

        assertThat(locked.status().code()).isEqualTo(3180);
        assertThat(locked.status().isError()).isTrue();
        assertThat(next.status().isOk()).isTrue();
        assertThat(company.purchaseOrders()).hasSize(1);
        assertThat(company.requestCount("PurchaseOrderAddRq")).isEqualTo(2);
    }

    @Test
    void shouldNotRunRequestsAfterARefusedOneUnderStopOnError() {
        PurchaseOrderAddRq refused = new PurchaseOrderAddRq(null, "80000099-1", null, null, null, null, null, null,
                List.of(new PurchaseOrderLineAdd(fixture.widgetId, null, null, null, null)));

        List<QbxmlResponse> responses = fixture.send(OnError.STOP_ON_ERROR, refused, fixture.purchaseOrder("PO-2"));

        assertThat(responses).hasSize(1);
        assertThat(company.purchaseOrders()).isEmpty();
    }
}
