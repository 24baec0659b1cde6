package io.atqb.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.autotask.AutotaskPurchaseOrder;
import io.atqb.autotask.AutotaskPurchaseOrderLine;
import io.atqb.autotask.AutotaskReceipt;
import io.atqb.autotask.PurchaseOrderDetail;
import io.atqb.autotask.PurchaseOrderStatus;
import io.atqb.autotask.ShipTo;
import io.atqb.qbxml.ItemReceiptAddRq;
import io.atqb.qbxml.ItemReceiptLineAdd;
import io.atqb.qbxml.PurchaseOrderAddRq;
import io.atqb.qbxml.PurchaseOrderLineMod;
import io.atqb.qbxml.PurchaseOrderLineRet;
import io.atqb.qbxml.PurchaseOrderModRq;
import io.atqb.qbxml.PurchaseOrderRet;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The qbXML a purchase order becomes, at the edges of the linking and line rules. */
class TransferRequestsTest {

    private static final Instant RECEIVED = Instant.parse("2026-06-02T23:30:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-06-05");
    private static final Map<Long, String> ITEMS = Map.of(501L, "ITEM-501", 502L, "ITEM-502");

    @Test
    void shouldWriteThePurchaseOrderWithItsKeysCutMemoAndShipToAddress() {
        PurchaseOrderDetail po = detail("PO-2026-000123", "m".repeat(120),
                List.of(line(1, 501, 4, "12.123456")), List.of());

        PurchaseOrderAddRq add = TransferRequests.purchaseOrderAdd(po, "V-1", ITEMS, TODAY);

        assertThat(add.refNumber()).isEqualTo("PO-2026-000");
        assertThat(add.vendorMsg()).hasSize(99);
        assertThat(add.externalGuid()).isEqualTo(TransferPlanning.purchaseOrderGuid(100));
        assertThat(add.shipAddress().addr1()).isEqualTo("Main Warehouse");
        assertThat(add.shipAddress().city()).isEqualTo("Springfield");
        assertThat(add.lines()).singleElement().satisfies(line -> {
            assertThat(line.itemListId()).isEqualTo("ITEM-501");
            assertThat(line.quantity()).isEqualByComparingTo("4");
            assertThat(line.rate()).isEqualByComparingTo("12.12346");
            assertThat(line.other1()).isEqualTo("ATPOI-1");
        });
    }

    @Test
    void shouldLinkUpToTheOpenQuantityAndSendTheSurplusUnlinked() {
        PurchaseOrderDetail po = detail("PO-1", null, List.of(line(1, 501, 5, "2")),
                List.of(receipt(11, 1, 3), receipt(12, 1, 4)));
        PurchaseOrderRet qb = ret(qbLine("L1", 1, "5", "1"));

        List<ItemReceiptAddRq> adds = TransferRequests.itemReceipts(po, qb, "V-1", ITEMS, po.receipts(), TODAY);

        assertThat(adds).hasSize(2);
        assertThat(adds.get(0).lines()).containsExactly(
                new ItemReceiptLineAdd(null, new BigDecimal("3"), new BigDecimal("2"), "TXN-PO", "L1"));
        // one unit was open after the first receipt: 1 linked, 3 surplus
        assertThat(adds.get(1).lines()).containsExactly(
                new ItemReceiptLineAdd(null, new BigDecimal("1"), new BigDecimal("2"), "TXN-PO", "L1"),
                new ItemReceiptLineAdd("ITEM-501", new BigDecimal("3"), new BigDecimal("2"), null, null));
        assertThat(adds.get(1).refNumber()).isEqualTo("AT12");
        assertThat(adds.get(1).externalGuid()).isEqualTo(TransferPlanning.receiptGuid(12));
        assertThat(adds.get(1).txnDate()).isEqualTo(LocalDate.parse("2026-06-02"));
    }

    @Test
    void shouldSendACancelledReceiptAsAnUnlinkedNegativeLineAndLeaveOutAnEmptyOne() {
        PurchaseOrderDetail po = detail("PO-1", null, List.of(line(1, 501, 5, "2")),
                List.of(receipt(11, 1, -2), receipt(12, 1, 0)));
        PurchaseOrderRet qb = ret(qbLine("L1", 1, "5", "5"));

        List<ItemReceiptAddRq> adds = TransferRequests.itemReceipts(po, qb, "V-1", ITEMS, po.receipts(), TODAY);

        assertThat(adds).singleElement().satisfies(add -> assertThat(add.lines()).containsExactly(
                new ItemReceiptLineAdd("ITEM-501", new BigDecimal("-2"), new BigDecimal("2"), null, null)));
    }

    @Test
    void shouldSendEverythingUnlinkedWhenTheLineIsFullyReceivedInQuickBooks() {
        PurchaseOrderDetail po = detail("PO-1", null, List.of(line(1, 501, 5, "2")), List.of(receipt(11, 1, 2)));
        PurchaseOrderRet qb = ret(qbLine("L1", 1, "5", "5"));

        List<ItemReceiptAddRq> adds = TransferRequests.itemReceipts(po, qb, "V-1", ITEMS, po.receipts(), TODAY);

        assertThat(adds.get(0).lines()).containsExactly(
                new ItemReceiptLineAdd("ITEM-501", new BigDecimal("2"), new BigDecimal("2"), null, null));
    }

    @Test
    void shouldNotModifyAPurchaseOrderWhoseLinesAreAsAutotaskHasThem() {
        PurchaseOrderDetail po = detail("PO-1", null, List.of(line(1, 501, 5, "2.5")), List.of());

        Optional<PurchaseOrderModRq> mod = TransferRequests.purchaseOrderMod(po, ret(qbLine("L1", 1, "5", "0",
                "2.50")), ITEMS);

        assertThat(mod).isEmpty();
    }

    @Test
    void shouldKeepEveryLineRaiseAChangedOneNeverBelowItsReceivedQuantityAndAddNewOnes() {
        PurchaseOrderDetail po = detail("PO-1", null,
                List.of(line(1, 501, 2, "2"), line(2, 502, 3, "1")), List.of());
        PurchaseOrderRet qb = ret(qbLine("L1", 1, "5", "4"), new PurchaseOrderLineRet("LX", "OTHER", "Other", null,
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO, false, null));

        PurchaseOrderModRq mod = TransferRequests.purchaseOrderMod(po, qb, ITEMS).orElseThrow();

        assertThat(mod.txnId()).isEqualTo("TXN-PO");
        assertThat(mod.editSequence()).isEqualTo("E1");
        assertThat(mod.lines()).containsExactly(
                new PurchaseOrderLineMod("L1", null, null, new BigDecimal("4"), new BigDecimal("2"), null),
                PurchaseOrderLineMod.keep("LX"),
                PurchaseOrderLineMod.newLine("ITEM-502", null, new BigDecimal("3"), new BigDecimal("1"), "ATPOI-2"));
    }

    static PurchaseOrderDetail detail(String number, String memo, List<AutotaskPurchaseOrderLine> lines,
                                      List<AutotaskReceipt> receipts) {
        AutotaskPurchaseOrder header = new AutotaskPurchaseOrder(100, number, PurchaseOrderStatus.SUBMITTED, 5,
                "Vendor", RECEIVED, RECEIVED, null, memo,
                new ShipTo("Main Warehouse", "1 Road", null, "Springfield", "IL", "62701"));
        return new PurchaseOrderDetail(header, null, lines, receipts, Map.of());
    }

    static AutotaskPurchaseOrderLine line(long id, long product, int quantity, String cost) {
        return new AutotaskPurchaseOrderLine(id, 100, product, null, quantity, new BigDecimal(cost), null);
    }

    static AutotaskReceipt receipt(long id, long lineId, int quantity) {
        return new AutotaskReceipt(id, lineId, quantity, RECEIVED);
    }

    static PurchaseOrderLineRet qbLine(String txnLineId, long origin, String quantity, String received) {
        return qbLine(txnLineId, origin, quantity, received, "2");
    }

    static PurchaseOrderLineRet qbLine(String txnLineId, long origin, String quantity, String received, String rate) {
        return new PurchaseOrderLineRet(txnLineId, "ITEM", "Item", null, new BigDecimal(quantity), new BigDecimal(rate),
                new BigDecimal(received), false, TransferPlanning.lineKey(origin));
    }

    static PurchaseOrderRet ret(PurchaseOrderLineRet... lines) {
        return new PurchaseOrderRet("TXN-PO", "E1", "V-1", "Vendor", "PO-1", TransferPlanning.purchaseOrderGuid(100),
                false, false, List.of(lines));
    }
}
