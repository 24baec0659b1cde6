package io.atqb.sandbox.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.qbxml.ItemReceiptAddRs;
import io.atqb.qbxml.ItemReceiptLineAdd;
import io.atqb.qbxml.PurchaseOrderLineMod;
import io.atqb.qbxml.PurchaseOrderLineRet;
import io.atqb.qbxml.PurchaseOrderModRq;
import io.atqb.qbxml.PurchaseOrderModRs;
import io.atqb.qbxml.PurchaseOrderQueryRq;
import io.atqb.qbxml.PurchaseOrderQueryRs;
import io.atqb.qbxml.PurchaseOrderRet;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PurchaseOrderMod: TxnID + current EditSequence, header-only changes, the listed lines replacing the line set
 * ({@code -1} adds one), and a received line never deleted or reduced below what was received.
 */
class SandboxCompanyFilePurchaseOrderModTest {

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

    private PurchaseOrderRet current() {
        PurchaseOrderQueryRs found = fixture.sendOne(PurchaseOrderQueryRq.byTxnIds(null, List.of(po.txnId())));
        return found.purchaseOrders().get(0);
    }

    private PurchaseOrderModRs mod(String editSequence, String vendorMsg, PurchaseOrderLineMod... lines) {
        return fixture.sendOne(new PurchaseOrderModRq(null, po.txnId(), editSequence, vendorMsg, List.of(lines)));
    }

    private void receiveWidgets(String quantity) {
        ItemReceiptAddRs receipt = fixture.sendOne(fixture.receipt("AT" + quantity,
                ItemReceiptLineAdd.linked(po.txnId(), widgetLine, new BigDecimal(quantity), null)));
        assertThat(receipt.status().isOk()).as("receipt %s", receipt.status()).isTrue();
    }

    @Test
    void shouldChangeOnlyTheHeaderAndKeepEveryLineWhenNoLineIsListed() {
        PurchaseOrderModRs modded = mod(po.editSequence(), "New vendor message");

        assertThat(modded.status().isOk()).isTrue();
        assertThat(modded.purchaseOrder().editSequence()).isNotEqualTo(po.editSequence());
        assertThat(modded.purchaseOrder().lines()).extracting(PurchaseOrderLineRet::txnLineId)
                .containsExactly(widgetLine, gadgetLine);
        assertThat(fixture.stored(po.txnId()).vendorMsg()).isEqualTo("New vendor message");
    }

    @Test
    void shouldRefuseAStaleEditSequenceWith3200AndChangeNothing() {
        mod(po.editSequence(), "first");

        PurchaseOrderModRs stale = mod(po.editSequence(), "second");

        assertThat(stale.status().code()).isEqualTo(3200);
        assertThat(stale.status().message()).contains(po.editSequence());
        assertThat(fixture.stored(po.txnId()).vendorMsg()).isEqualTo("first");
    }

    @Test
    void shouldRefuseTheEditSequenceAQuickBooksUserMadeStale() {
        company.editPurchaseOrder(po.txnId());

        assertThat(mod(po.editSequence(), "x").status().code()).isEqualTo(3200);
        assertThat(mod(current().editSequence(), "x").status().isOk()).isTrue();
    }

    @Test
    void shouldRefuseAnUnknownTxnIdOrTxnLineIdWith3120() {
        PurchaseOrderModRs unknownTxn = fixture.sendOne(new PurchaseOrderModRq(null, "FF-1", "1", null, List.of()));
        PurchaseOrderModRs unknownLine = mod(po.editSequence(), null, PurchaseOrderLineMod.keep(widgetLine),
                PurchaseOrderLineMod.keep("FF-2"));

        assertThat(unknownTxn.status().code()).isEqualTo(3120);
        assertThat(unknownLine.status().code()).isEqualTo(3120);
        assertThat(unknownLine.status().message()).contains("FF-2");
        assertThat(fixture.stored(po.txnId()).lines()).hasSize(2);
    }

    @Test
    void shouldDeleteUnlistedLinesChangeListedOnesAndAddMinusOneLines() {
        PurchaseOrderModRs modded = mod(po.editSequence(), null,
                new PurchaseOrderLineMod(widgetLine, null, null, new BigDecimal("7"), null, null),
                PurchaseOrderLineMod.newLine(fixture.gadgetId, "Extra gadgets", new BigDecimal("2"), BigDecimal.ONE,
                        "ATPOI-3"));

        assertThat(modded.status().isOk()).isTrue();
        List<PurchaseOrderLine> lines = fixture.stored(po.txnId()).lines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).txnLineId()).isEqualTo(widgetLine);
        assertThat(lines.get(0).quantity()).isEqualByComparingTo("7");
        assertThat(lines.get(0).rate()).isEqualByComparingTo("2.5");
        assertThat(lines.get(0).other1()).isEqualTo("ATPOI-1");
        assertThat(lines.get(1).txnLineId()).isNotIn(widgetLine, gadgetLine, "-1");
        assertThat(lines.get(1).other1()).isEqualTo("ATPOI-3");
        assertThat(lines).extracting(PurchaseOrderLine::txnLineId).doesNotContain(gadgetLine);
    }

    @Test
    void shouldRefuseToDeleteAReceivedLineWith3210() {
        receiveWidgets("1");

        PurchaseOrderModRs dropped = mod(current().editSequence(), null, PurchaseOrderLineMod.keep(gadgetLine));

        assertThat(dropped.status().code()).isEqualTo(3210);
        assertThat(dropped.status().message()).contains(widgetLine, "received");
        assertThat(fixture.stored(po.txnId()).lines()).hasSize(2);
    }

    @Test
    void shouldDeleteAnUnreceivedLineOfAPartlyReceivedOrder() {
        receiveWidgets("1");

        PurchaseOrderModRs modded = mod(current().editSequence(), null, PurchaseOrderLineMod.keep(widgetLine));

        assertThat(modded.status().isOk()).isTrue();
        assertThat(fixture.stored(po.txnId()).lines()).extracting(PurchaseOrderLine::txnLineId)
                .containsExactly(widgetLine);
        assertThat(fixture.stored(po.txnId()).lines().get(0).receivedQuantity()).isEqualByComparingTo("1");
    }

    @Test
    void shouldAcceptAQuantityEqualToTheReceivedQuantityAndRefuseOneBelowWith3210() {
        receiveWidgets("3");
        String editSequence = current().editSequence();

        PurchaseOrderModRs below = mod(editSequence, null,
                new PurchaseOrderLineMod(widgetLine, null, null, new BigDecimal("2.99999"), null, null),
                PurchaseOrderLineMod.keep(gadgetLine));
        PurchaseOrderModRs equal = mod(editSequence, null,
                new PurchaseOrderLineMod(widgetLine, null, null, new BigDecimal("3"), null, null),
                PurchaseOrderLineMod.keep(gadgetLine));

        assertThat(below.status().code()).isEqualTo(3210);
        assertThat(equal.status().isOk()).isTrue();
        PurchaseOrderLine widget = fixture.stored(po.txnId()).line(widgetLine).orElseThrow();
        assertThat(widget.quantity()).isEqualByComparingTo("3");
        assertThat(widget.isDone()).isTrue();
    }

    @Test
    void shouldRefuseGivingAReceivedLineAnotherItem() {
        receiveWidgets("1");

        PurchaseOrderModRs modded = mod(current().editSequence(), null,
                new PurchaseOrderLineMod(widgetLine, fixture.gadgetId, null, null, null, null),
                PurchaseOrderLineMod.keep(gadgetLine));

        assertThat(modded.status().code()).isEqualTo(3210);
    }

    @Test
    void shouldGiveThePurchaseOrderANewEditSequenceWhenAReceiptLinksToIt() {
        receiveWidgets("1");

        assertThat(mod(po.editSequence(), "x").status().code()).isEqualTo(3200);
    }

    @Test
    void shouldAnswerAnInjectedLockForTheNextModAndThenCarryItOut() {
        company.injectRequestStatus("PurchaseOrderModRq", 3175, "The object is in use by another user.", 1);

        PurchaseOrderModRs locked = mod(po.editSequence(), "x");
        PurchaseOrderModRs retried = mod(po.editSequence(), "x");

        assertThat(locked.status().code()).isEqualTo(3175);
        assertThat(retried.status().isOk()).isTrue();
    }
}
