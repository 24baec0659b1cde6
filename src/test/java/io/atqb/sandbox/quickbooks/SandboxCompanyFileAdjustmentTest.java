package io.atqb.sandbox.quickbooks;

import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.adjustmentAdd;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.attr;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.differenceLine;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.el;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.message;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.newQuantityLine;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.ref;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.refById;
import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.TestClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxCompanyFileAdjustmentTest {

    private final TestClock clock = new TestClock(Instant.parse("2025-06-03T15:15:02Z"), ZoneOffset.ofHours(-5));
    private SandboxCompanyFile company;
    private String gadgetListId;

    @BeforeEach
    void seed() {
        company = SandboxCompanyFile.withStandardAccounts("Acme Test Co", clock);
        company.addInventoryItem("WID-100", new BigDecimal("42"), true);
        gadgetListId = company.addInventoryItem("GADGET-1", new BigDecimal("5"), true);
        company.addNonInventoryItem("Freight");
    }

    private QbxmlTestResponse send(QbxmlTestMessages.Node request) {
        return QbxmlTestResponse.parse(company.process(message(request)));
    }

    private BigDecimal onHand(String name) {
        return company.findItem(name).orElseThrow().quantityOnHand();
    }

    @Test
    void shouldSetOnHandAndStoreTheDifferenceForNewQuantity() {
        QbxmlTestResponse response = send(adjustmentAdd("adj-1", newQuantityLine("WID-100", "40")));

        assertThat(response.response(0).getTagName()).isEqualTo("InventoryAdjustmentAddRs");
        assertThat(response.statusCode(0)).isEqualTo("0");
        assertThat(response.text("//InventoryAdjustmentLineRet/QuantityDifference")).isEqualTo("-2");
        assertThat(response.text("//InventoryAdjustmentLineRet/ItemRef/FullName")).isEqualTo("WID-100");
        assertThat(onHand("WID-100")).isEqualByComparingTo("40");
        AdjustmentLine line = company.adjustments().get(0).lines().get(0);
        assertThat(line.quantityDifference()).isEqualByComparingTo("-2");
        assertThat(line.requestedNewQuantity()).isEqualByComparingTo("40");
    }

    @Test
    void shouldAddTheDifferenceForQuantityDifference() {
        send(adjustmentAdd("adj-2", differenceLine("WID-100", "-3")));

        assertThat(onHand("WID-100")).isEqualByComparingTo("39");
        AdjustmentLine line = company.adjustments().get(0).lines().get(0);
        assertThat(line.quantityDifference()).isEqualByComparingTo("-3");
        assertThat(line.requestedNewQuantity()).isNull();
    }

    @Test
    void shouldMakeAReplayedNewQuantityHarmlessButDoubleCountAReplayedDifference() {
        send(adjustmentAdd("a", newQuantityLine("WID-100", "50")));
        send(adjustmentAdd("a-replay", newQuantityLine("WID-100", "50")));
        send(adjustmentAdd("b", differenceLine("GADGET-1", "2")));
        send(adjustmentAdd("b-replay", differenceLine("GADGET-1", "2")));

        assertThat(onHand("WID-100")).isEqualByComparingTo("50");
        assertThat(onHand("GADGET-1")).isEqualByComparingTo("9");
        assertThat(company.adjustments().get(1).lines().get(0).quantityDifference()).isEqualByComparingTo("0");
    }

    @Test
    void shouldReturnTheTransactionWithHeaderFields() {
        QbxmlTestResponse response = send(el("InventoryAdjustmentAddRq", attr("requestID", "adj-3"),
                el("InventoryAdjustmentAdd",
                        ref("AccountRef", "Inventory Adjustment"),
                        el("TxnDate", "2025-06-01"),
                        el("RefNumber", "WMS0007"),
                        el("Memo", "cycle count 7"),
                        newQuantityLine("WID-100", "41"),
                        el("InventoryAdjustmentLineAdd", refById("ItemRef", gadgetListId),
                                el("QuantityAdjustment", el("QuantityDifference", "1.5"))))));

        assertThat(response.text("//InventoryAdjustmentRet/TxnID")).isNotBlank();
        assertThat(response.text("//InventoryAdjustmentRet/TxnNumber")).isEqualTo("1");
        assertThat(response.text("//InventoryAdjustmentRet/TxnDate")).isEqualTo("2025-06-01");
        assertThat(response.text("//InventoryAdjustmentRet/RefNumber")).isEqualTo("WMS0007");
        assertThat(response.text("//InventoryAdjustmentRet/Memo")).isEqualTo("cycle count 7");
        assertThat(response.text("//InventoryAdjustmentRet/AccountRef/FullName")).isEqualTo("Inventory Adjustment");
        assertThat(response.texts("//InventoryAdjustmentLineRet/ItemRef/ListID")).hasSize(2).contains(gadgetListId);
        assertThat(response.texts("//InventoryAdjustmentLineRet/QuantityDifference")).containsExactly("-1", "1.5");
        Adjustment posted = company.adjustments().get(0);
        assertThat(posted.txnId()).isEqualTo(response.text("//InventoryAdjustmentRet/TxnID"));
        assertThat(posted.txnDate()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(posted.refNumber()).isEqualTo("WMS0007");
        assertThat(posted.lines()).extracting(AdjustmentLine::itemFullName).containsExactly("WID-100", "GADGET-1");
        assertThat(onHand("GADGET-1")).isEqualByComparingTo("6.5");
    }

    @Test
    void shouldDateTheTransactionTodayWhenNoTxnDateIsGiven() {
        send(adjustmentAdd("adj-4", newQuantityLine("WID-100", "1")));

        assertThat(company.adjustments().get(0).txnDate()).isEqualTo(LocalDate.of(2025, 6, 3));
    }

    @Test
    void shouldRejectTheWholeAdjustmentWhenOneItemIsUnknown() {
        QbxmlTestResponse response = send(adjustmentAdd("adj-5",
                newQuantityLine("WID-100", "10"),
                newQuantityLine("NO-SUCH-ITEM", "3"),
                differenceLine("GADGET-1", "1")));

        assertThat(response.statusCode(0)).isEqualTo("3140");
        assertThat(response.response(0).getAttribute("statusMessage")).contains("NO-SUCH-ITEM");
        assertThat(response.elements("//InventoryAdjustmentRet")).isEmpty();
        assertThat(company.adjustments()).isEmpty();
        assertThat(onHand("WID-100")).isEqualByComparingTo("42");
        assertThat(onHand("GADGET-1")).isEqualByComparingTo("5");
    }

    @Test
    void shouldRejectALineForANonInventoryItem() {
        QbxmlTestResponse response = send(adjustmentAdd("adj-6", newQuantityLine("Freight", "3")));

        assertThat(response.statusCode(0)).isEqualTo("3140");
        assertThat(company.adjustments()).isEmpty();
    }

    @Test
    void shouldRejectAnUnknownAdjustmentAccount() {
        QbxmlTestResponse response = send(el("InventoryAdjustmentAddRq", el("InventoryAdjustmentAdd",
                ref("AccountRef", "Shrinkage"), newQuantityLine("WID-100", "1"))));

        assertThat(response.statusCode(0)).isEqualTo("3140");
        assertThat(response.response(0).getAttribute("statusMessage")).contains("Shrinkage");
        assertThat(onHand("WID-100")).isEqualByComparingTo("42");
    }

    @Test
    void shouldApplySeveralLinesForTheSameItemInOrder() {
        send(adjustmentAdd("adj-7", differenceLine("WID-100", "-2"), newQuantityLine("WID-100", "45")));

        assertThat(onHand("WID-100")).isEqualByComparingTo("45");
        assertThat(company.adjustments().get(0).lines()).extracting(AdjustmentLine::quantityDifference)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-2"), new BigDecimal("5"));
    }

    @Test
    void shouldAnswer3020ForAnInvalidTxnDate() {
        QbxmlTestResponse response = send(el("InventoryAdjustmentAddRq", el("InventoryAdjustmentAdd",
                ref("AccountRef", "Inventory Adjustment"), el("TxnDate", "06/03/2025"),
                newQuantityLine("WID-100", "1"))));

        assertThat(response.statusCode(0)).isEqualTo("3020");
        assertThat(company.adjustments()).isEmpty();
    }

    @Test
    void shouldRefuseSitesBecauseAdvancedInventoryIsNotEnabled() {
        QbxmlTestResponse response = send(el("InventoryAdjustmentAddRq", el("InventoryAdjustmentAdd",
                ref("AccountRef", "Inventory Adjustment"), ref("InventorySiteRef", "Main"),
                newQuantityLine("WID-100", "1"))));

        assertThat(response.statusCode(0)).isEqualTo("3250");
        assertThat(company.adjustments()).isEmpty();
    }
}
