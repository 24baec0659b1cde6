package io.atqb.sandbox.quickbooks;

import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.attr;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.el;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.message;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.refById;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atqb.qbxml.ItemReceiptAddRq;
import io.atqb.qbxml.ItemReceiptAddRs;
import io.atqb.qbxml.ItemReceiptLineAdd;
import io.atqb.qbxml.ItemReceiptLineRet;
import io.atqb.qbxml.ItemReceiptQueryRq;
import io.atqb.qbxml.ItemReceiptQueryRs;
import io.atqb.qbxml.PurchaseOrderQueryRq;
import io.atqb.qbxml.PurchaseOrderQueryRs;
import io.atqb.qbxml.PurchaseOrderRet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ItemReceiptAdd: linked lines raise On Hand and the PO line's ReceivedQuantity up to the open quantity; unlinked
 * lines change On Hand by their quantity, negative included; one bad line refuses the whole receipt.
 */
class SandboxCompanyFileItemReceiptTest {

    private final PurchasingFixture fixture = new PurchasingFixture();
    private final SandboxCompanyFile company = fixture.company;
    private PurchaseOrderRet po;
    private String widgetLine;
    private String gadgetLine;

    @BeforeEach
    void addPurchaseOrder() {
        po = fixture.addPurchaseOrder("PO-1001");
        widgetLine = po.lines().get(0).txnLineId();
        gadgetLine = po.lines().get(1).txnLineId();
    }

    private ItemReceiptLineAdd widgets(String quantity) {
        return ItemReceiptLineAdd.linked(po.txnId(), widgetLine, new BigDecimal(quantity), null);
    }

    private ItemReceiptAddRs receive(String refNumber, ItemReceiptLineAdd... lines) {
        return fixture.sendOne(fixture.receipt(refNumber, lines));
    }

    private PurchaseOrderRet queried() {
        PurchaseOrderQueryRs found = fixture.sendOne(PurchaseOrderQueryRq.byTxnIds(null, List.of(po.txnId())));
        return found.purchaseOrders().get(0);
    }

    private QbxmlTestResponse sendRaw(QbxmlTestMessages.Node request) {
        return QbxmlTestResponse.parse(company.process(message(request)));
    }

    @Test
    void shouldRaiseOnHandAndReceivedQuantityForAPartialLinkedReceipt() {
        ItemReceiptAddRs added = receive("AT1", widgets("2"));

        assertThat(added.status().isOk()).isTrue();
        assertThat(added.receipt().refNumber()).isEqualTo("AT1");
        assertThat(added.receipt().lines()).singleElement().satisfies(line -> {
            assertThat(line.itemListId()).isEqualTo(fixture.widgetId);
            assertThat(line.quantity()).isEqualByComparingTo("2");
        });
        assertThat(fixture.onHand("WID-100")).isEqualByComparingTo("12");
        PurchaseOrderRet after = queried();
        assertThat(after.lines().get(0).receivedQuantity()).isEqualByComparingTo("2");
        assertThat(after.fullyReceived()).isFalse();
        ItemReceiptLine stored = company.itemReceipts().get(0).lines().get(0);
        assertThat(stored.linkedTxnId()).isEqualTo(po.txnId());
        assertThat(stored.linkedTxnLineId()).isEqualTo(widgetLine);
        assertThat(stored.cost()).isEqualByComparingTo("2.5");
    }

    @Test
    void shouldMarkThePurchaseOrderFullyReceivedOnlyWhenEveryLineIs() {
        receive("AT1", widgets("5"));
        boolean afterWidgets = queried().fullyReceived();

        receive("AT2", ItemReceiptLineAdd.linked(po.txnId(), gadgetLine, new BigDecimal("3"), null));

        assertThat(afterWidgets).isFalse();
        assertThat(queried().fullyReceived()).isTrue();
        assertThat(fixture.onHand("GADGET-1")).isEqualByComparingTo("3");
    }

    @Test
    void shouldAcceptExactlyTheOpenQuantityAndRefuseOneMoreWith3210() {
        receive("AT1", widgets("3"));

        ItemReceiptAddRs over = receive("AT2", widgets("2.00001"));
        ItemReceiptAddRs exact = receive("AT3", widgets("2"));

        assertThat(over.status().code()).isEqualTo(3210);
        assertThat(over.status().message()).contains("Only 2 remain open");
        assertThat(exact.status().isOk()).isTrue();
        assertThat(fixture.onHand("WID-100")).isEqualByComparingTo("15");
        assertThat(company.itemReceipts()).extracting(ItemReceipt::refNumber).containsExactly("AT1", "AT3");
    }

    @Test
    void shouldCountEarlierLinesOfTheSameReceiptAgainstTheOpenQuantity() {
        ItemReceiptAddRs twice = receive("AT1", widgets("3"), widgets("3"));

        assertThat(twice.status().code()).isEqualTo(3210);
        assertThat(fixture.onHand("WID-100")).isEqualByComparingTo("10");
        assertThat(queried().lines().get(0).receivedQuantity()).isEqualByComparingTo("0");
    }

    @Test
    void shouldRefuseANegativeLinkedQuantityWith3210() {
        receive("AT1", widgets("2"));

        ItemReceiptAddRs negative = receive("AT2", widgets("-1"));

        assertThat(negative.status().code()).isEqualTo(3210);
        assertThat(negative.status().message()).contains("negative");
        assertThat(fixture.onHand("WID-100")).isEqualByComparingTo("12");
    }

    @Test
    void shouldLowerOnHandForANegativeUnlinkedLineAndLeaveThePurchaseOrderAlone() {
        receive("AT1", widgets("2"));

        ItemReceiptAddRs cancelled = receive("AT2",
                ItemReceiptLineAdd.unlinked(fixture.widgetId, new BigDecimal("-2"), null));

        assertThat(cancelled.status().isOk()).isTrue();
        assertThat(fixture.onHand("WID-100")).isEqualByComparingTo("10");
        assertThat(queried().lines().get(0).receivedQuantity()).isEqualByComparingTo("2");
        assertThat(company.itemReceipts().get(1).lines().get(0).isLinked()).isFalse();
    }

    @Test
    void shouldRefuseANegativeCostOnAnInventoryLineWith3210() {
        ItemReceiptAddRs negativeCost = receive("AT1",
                ItemReceiptLineAdd.unlinked(fixture.widgetId, BigDecimal.ONE, new BigDecimal("-2.50")));
        ItemReceiptAddRs zeroCost = receive("AT2", ItemReceiptLineAdd.unlinked(fixture.widgetId, BigDecimal.ONE,
                BigDecimal.ZERO));

        assertThat(negativeCost.status().code()).isEqualTo(3210);
        assertThat(negativeCost.status().message()).contains("negative cost");
        assertThat(zeroCost.status().isOk()).isTrue();
        assertThat(fixture.onHand("WID-100")).isEqualByComparingTo("11");
    }

    @Test
    void shouldReceiveASurplusOnAnUnlinkedLineNextToTheLinkedOne() {
        ItemReceiptAddRs received = receive("AT1", widgets("5"),
                ItemReceiptLineAdd.unlinked(fixture.widgetId, new BigDecimal("1"), new BigDecimal("2.5")));

        assertThat(received.status().isOk()).isTrue();
        assertThat(fixture.onHand("WID-100")).isEqualByComparingTo("16");
        assertThat(queried().lines().get(0).receivedQuantity()).isEqualByComparingTo("5");
    }

    @Test
    void shouldReceiveANonInventoryItemWithoutAnyOnHand() {
        String freight = company.addNonInventoryItem("Freight");

        ItemReceiptAddRs received = receive("AT1",
                ItemReceiptLineAdd.unlinked(freight, BigDecimal.ONE, BigDecimal.TEN));

        assertThat(received.status().isOk()).isTrue();
        assertThat(company.findItem("Freight").orElseThrow().quantityOnHand()).isNull();
        assertThat(company.itemReceipts()).singleElement()
                .satisfies(receipt -> assertThat(receipt.totalAmount()).isEqualByComparingTo("10"));
    }

    @Test
    void shouldRefuseAnItemRefNextToLinkToTxnWith3210() {
        QbxmlTestResponse response = sendRaw(el("ItemReceiptAddRq", attr("requestID", "r1"),
                el("ItemReceiptAdd", refById("VendorRef", fixture.vendorId),
                        el("ItemLineAdd", refById("ItemRef", fixture.widgetId), el("Quantity", "1"),
                                el("LinkToTxn", el("TxnID", po.txnId()), el("TxnLineID", widgetLine))))));

        assertThat(response.statusCode(0)).isEqualTo("3210");
        assertThat(response.response(0).getAttribute("statusMessage")).contains("ItemRef");
        assertThat(company.itemReceipts()).isEmpty();
    }

    @Test
    void shouldRefuseAnUnknownPurchaseOrderOrLineWith3120() {
        ItemReceiptAddRs unknownPo = receive("AT1",
                ItemReceiptLineAdd.linked("FF-1", widgetLine, BigDecimal.ONE, null));
        ItemReceiptAddRs unknownLine = receive("AT2", widgets("1"),
                ItemReceiptLineAdd.linked(po.txnId(), "FF-2", BigDecimal.ONE, null));

        assertThat(unknownPo.status().code()).isEqualTo(3120);
        assertThat(unknownLine.status().code()).isEqualTo(3120);
        assertThat(unknownLine.status().message()).contains("FF-2");
        assertThat(fixture.onHand("WID-100")).isEqualByComparingTo("10");
    }

    @Test
    void shouldRefuseAnUnknownVendorOrItemWith3140() {
        ItemReceiptAddRs unknownVendor = fixture.sendOne(new ItemReceiptAddRq(null, "80000099-1", null, null, null,
                null, List.of(ItemReceiptLineAdd.unlinked(fixture.widgetId, BigDecimal.ONE, null))));
        ItemReceiptAddRs unknownItem = receive("AT1",
                ItemReceiptLineAdd.unlinked("80000099-1", BigDecimal.ONE, null));

        assertThat(unknownVendor.status().code()).isEqualTo(3140);
        assertThat(unknownItem.status().code()).isEqualTo(3140);
        assertThat(company.itemReceipts()).isEmpty();
    }

    @Test
    void shouldRefuseLinkingAPurchaseOrderOfAnotherVendor() {
        String otherVendor = company.addVendor("Other Vendor");

        ItemReceiptAddRs response = fixture.sendOne(new ItemReceiptAddRq(null, otherVendor, null, null, null, null,
                List.of(widgets("1"))));

        assertThat(response.status().code()).isEqualTo(3210);
        assertThat(response.status().message()).contains("Acme Supply");
    }

    @Test
    void shouldAcceptATwentyCharacterRefNumberAndRefuseTwentyOneWith3070() {
        QbxmlTestResponse twenty = sendRaw(rawReceipt("A".repeat(20)));
        QbxmlTestResponse twentyOne = sendRaw(rawReceipt("B".repeat(21)));

        assertThat(twenty.statusCode(0)).isEqualTo("0");
        assertThat(twentyOne.statusCode(0)).isEqualTo("3070");
        assertThat(company.itemReceipts()).extracting(ItemReceipt::refNumber).containsExactly("A".repeat(20));
    }

    private QbxmlTestMessages.Node rawReceipt(String refNumber) {
        return el("ItemReceiptAddRq", attr("requestID", "r1"), el("ItemReceiptAdd",
                refById("VendorRef", fixture.vendorId), el("RefNumber", refNumber),
                el("ItemLineAdd", refById("ItemRef", fixture.gadgetId), el("Quantity", "1"))));
    }

    @Test
    void shouldFailTheMessageWithoutAVendorOrWithLinkToTxnBeforeTheQuantity() {
        String noVendor = message(el("ItemReceiptAddRq", attr("requestID", "r1"), el("ItemReceiptAdd",
                el("ItemLineAdd", refById("ItemRef", fixture.gadgetId), el("Quantity", "1")))));
        String linkFirst = message(el("ItemReceiptAddRq", attr("requestID", "r1"), el("ItemReceiptAdd",
                refById("VendorRef", fixture.vendorId),
                el("ItemLineAdd", el("LinkToTxn", el("TxnID", po.txnId()), el("TxnLineID", widgetLine)),
                        el("Quantity", "1")))));

        assertThatThrownBy(() -> company.process(noVendor))
                .isInstanceOf(QbxmlParseFailure.class);
        assertThatThrownBy(() -> company.process(linkFirst))
                .isInstanceOf(QbxmlParseFailure.class);
        assertThat(company.itemReceipts()).isEmpty();
    }

    @Test
    void shouldAnswerAnInjectedLockOnTheReceivedItemAndPostNothing() {
        company.injectStatus("WID-100", 3175, "The object is in use by another user.", 1);

        ItemReceiptAddRs locked = receive("AT1", widgets("1"));
        ItemReceiptAddRs retried = receive("AT1", widgets("1"));

        assertThat(locked.status().code()).isEqualTo(3175);
        assertThat(retried.status().isOk()).isTrue();
        assertThat(fixture.onHand("WID-100")).isEqualByComparingTo("11");
    }

    @Test
    void shouldAnswerAnInjectedStatusForTheNextItemReceiptAdds() {
        company.injectRequestStatus("ItemReceiptAddRq", 3180, "There was an error when saving.", 2);

        assertThat(receive("AT1", widgets("1")).status().code()).isEqualTo(3180);
        assertThat(receive("AT1", widgets("1")).status().code()).isEqualTo(3180);
        assertThat(receive("AT1", widgets("1")).status().isOk()).isTrue();
        assertThat(company.itemReceipts()).hasSize(1);
    }

    @Test
    void shouldFindReceiptsByRefNumberWithTheirLinesOnlyWhenAsked() {
        fixture.sendOne(new ItemReceiptAddRq(null, fixture.vendorId, LocalDate.of(2026, 5, 6), "AT77", null,
                PurchasingFixture.GUID, List.of(widgets("1"))));

        ItemReceiptQueryRs withLines = fixture.sendOne(new ItemReceiptQueryRq(null, List.of("at77"), true));
        ItemReceiptQueryRs withoutLines = fixture.sendOne(new ItemReceiptQueryRq(null, List.of("AT77"), false));
        ItemReceiptQueryRs none = fixture.sendOne(new ItemReceiptQueryRq(null, List.of("AT78"), true));

        assertThat(withLines.receipts()).singleElement().satisfies(receipt -> {
            assertThat(receipt.externalGuid()).isEqualTo(PurchasingFixture.GUID);
            assertThat(receipt.vendorListId()).isEqualTo(fixture.vendorId);
            assertThat(receipt.lines()).extracting(ItemReceiptLineRet::itemListId).containsExactly(fixture.widgetId);
        });
        assertThat(withoutLines.receipts().get(0).lines()).isEmpty();
        assertThat(none.status().isNoMatch()).isTrue();
    }
}
