package io.atqb.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.autotask.AutotaskPurchaseOrder;
import io.atqb.autotask.AutotaskPurchaseOrderLine;
import io.atqb.autotask.AutotaskReceipt;
import io.atqb.autotask.PurchaseOrderDetail;
import io.atqb.autotask.PurchaseOrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The transfer's planning rules at their edges: origin keys, lengths, and the difference since the last transfer. */
class TransferPlanningTest {

    private static final Instant T = Instant.parse("2026-06-01T12:00:00Z");

    @Test
    void shouldDeriveTheSameBracedUpperCaseGuidForTheSameOriginAndDifferentOnesOtherwise() {
        String po = TransferPlanning.purchaseOrderGuid(42);

        assertThat(po).matches("\\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}}");
        assertThat(TransferPlanning.purchaseOrderGuid(42)).isEqualTo(po);
        assertThat(TransferPlanning.receiptGuid(42)).isNotEqualTo(po);
        assertThat(TransferPlanning.purchaseOrderGuid(43)).isNotEqualTo(po);
    }

    @Test
    void shouldCutThePoNumberToElevenAndFallBackToTheIdWhenThereIsNone() {
        assertThat(TransferPlanning.purchaseOrderRefNumber(7, "12345678901")).isEqualTo("12345678901");
        assertThat(TransferPlanning.purchaseOrderRefNumber(7, "123456789012")).isEqualTo("12345678901");
        assertThat(TransferPlanning.purchaseOrderRefNumber(7, "  ")).isEqualTo("7");
        assertThat(TransferPlanning.purchaseOrderRefNumber(7, null)).isEqualTo("7");
        assertThat(TransferPlanning.receiptRefNumber(123456789012345678L)).hasSizeLessThanOrEqualTo(20);
    }

    @Test
    void shouldCutTheVendorNameToFortyOneAndTheMemoToNinetyNine() {
        assertThat(TransferPlanning.vendorName("v".repeat(41))).hasSize(41);
        assertThat(TransferPlanning.vendorName(" " + "v".repeat(42))).hasSize(41);
        assertThat(TransferPlanning.vendorMessage("m".repeat(99))).hasSize(99);
        assertThat(TransferPlanning.vendorMessage("m".repeat(100))).hasSize(99);
        assertThat(TransferPlanning.vendorMessage(" ")).isNull();
    }

    @Test
    void shouldReadTheLineKeyBackAndIgnoreOtherTexts() {
        assertThat(TransferPlanning.lineOfKey(TransferPlanning.lineKey(991))).isEqualTo(991L);
        assertThat(TransferPlanning.lineOfKey("ATPOI-x")).isNull();
        assertThat(TransferPlanning.lineOfKey("other")).isNull();
        assertThat(TransferPlanning.lineOfKey(null)).isNull();
    }

    @Test
    void shouldCallEverythingNewWhenNothingWasSent() {
        PurchaseOrderDetail po = detail(List.of(line(1, 5, "2.50")), List.of(receipt(11, 1, 2)));

        TransferDifference difference = TransferPlanning.difference(po, List.of(), List.of());

        assertThat(difference.newLines()).extracting(AutotaskPurchaseOrderLine::id).containsExactly(1L);
        assertThat(difference.newReceipts()).extracting(AutotaskReceipt::id).containsExactly(11L);
        assertThat(difference.changedLines()).isEmpty();
        assertThat(difference.isEmpty()).isFalse();
    }

    @Test
    void shouldSeeNoDifferenceWhenLinesAndReceiptsAreAsSentComparingCostsAsNumbers() {
        PurchaseOrderDetail po = detail(List.of(line(1, 5, "2.50")), List.of(receipt(11, 1, 2)));

        TransferDifference difference = TransferPlanning.difference(po,
                List.of(sent(1, 5, "2.5000")), List.of(sentReceipt(11, "SENT")));

        assertThat(difference.isEmpty()).isTrue();
    }

    @Test
    void shouldSeeAChangedQuantityAChangedCostANewLineAndAReceiptNotYetConfirmed() {
        PurchaseOrderDetail po = detail(List.of(line(1, 6, "2.50"), line(2, 1, "3.01"), line(3, 1, "1")),
                List.of(receipt(11, 1, 2), receipt(12, 1, 1)));

        TransferDifference difference = TransferPlanning.difference(po,
                List.of(sent(1, 5, "2.50"), sent(2, 1, "3.00")),
                List.of(sentReceipt(11, "SENT"), sentReceipt(12, "SENDING")));

        assertThat(difference.changedLines()).extracting(AutotaskPurchaseOrderLine::id).containsExactly(1L, 2L);
        assertThat(difference.newLines()).extracting(AutotaskPurchaseOrderLine::id).containsExactly(3L);
        assertThat(difference.newReceipts()).extracting(AutotaskReceipt::id).containsExactly(12L);
    }

    static PurchaseOrderDetail detail(List<AutotaskPurchaseOrderLine> lines, List<AutotaskReceipt> receipts) {
        AutotaskPurchaseOrder header = new AutotaskPurchaseOrder(100, "PO-100", PurchaseOrderStatus.SUBMITTED, 5,
                "Vendor", T, T, null, null, null);
        return new PurchaseOrderDetail(header, null, lines, receipts, Map.of());
    }

    static AutotaskPurchaseOrderLine line(long id, int quantity, String cost) {
        return new AutotaskPurchaseOrderLine(id, 100, 1000 + id, null, quantity, new BigDecimal(cost), null);
    }

    static AutotaskReceipt receipt(long id, long lineId, int quantity) {
        return new AutotaskReceipt(id, lineId, quantity, T);
    }

    private static TransferStateRepository.StoredLine sent(long id, int quantity, String cost) {
        return new TransferStateRepository.StoredLine(id, 100, 1000 + id, quantity, new BigDecimal(cost), "L" + id);
    }

    private static TransferStateRepository.StoredReceipt sentReceipt(long id, String status) {
        return new TransferStateRepository.StoredReceipt(id, 100, 1, 1001, 1, status, 1L, "T" + id);
    }
}
