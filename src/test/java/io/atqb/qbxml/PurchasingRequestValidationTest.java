package io.atqb.qbxml;

import static io.atqb.qbxml.PurchasingRequestJsonTest.GUID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The qbXML limits of the purchase-transfer records, each at its edge. */
class PurchasingRequestValidationTest {

    private static final List<PurchaseOrderLineAdd> ONE_LINE =
            List.of(new PurchaseOrderLineAdd("80-1", null, BigDecimal.ONE, null, null));

    private static PurchaseOrderAddRq purchaseOrder(String refNumber, String vendorMsg) {
        return new PurchaseOrderAddRq(null, "80-V", null, refNumber, null, null, vendorMsg, null, ONE_LINE);
    }

    private static ItemReceiptAddRq receipt(String refNumber) {
        return new ItemReceiptAddRq(null, "80-V", null, refNumber, null, null,
                List.of(ItemReceiptLineAdd.unlinked("80-1", BigDecimal.ONE, null)));
    }

    @Test
    void shouldAcceptAPurchaseOrderRefNumberOfElevenAndRejectTwelve() {
        assertThat(purchaseOrder("12345678901", null).refNumber()).hasSize(11);
        assertThatThrownBy(() -> purchaseOrder("123456789012", null))
                .hasMessage("PurchaseOrderAddRq.refNumber must be at most 11 characters (qbXML limit) but has 12");
    }

    @Test
    void shouldAcceptAVendorMessageOfNinetyNineAndRejectOneHundred() {
        assertThat(purchaseOrder(null, "m".repeat(99)).vendorMsg()).hasSize(99);
        assertThatThrownBy(() -> purchaseOrder(null, "m".repeat(100)))
                .hasMessageContaining("vendorMsg must be at most 99 characters");
        assertThatThrownBy(() -> new PurchaseOrderModRq(null, "1A", "1", "m".repeat(100), List.of()))
                .hasMessageContaining("vendorMsg must be at most 99 characters");
    }

    @Test
    void shouldAcceptAReceiptRefNumberOfTwentyAndRejectTwentyOne() {
        assertThat(receipt("A".repeat(20)).refNumber()).hasSize(20);
        assertThatThrownBy(() -> receipt("A".repeat(21)))
                .hasMessage("ItemReceiptAddRq.refNumber must be at most 20 characters (qbXML limit) but has 21");
        assertThatThrownBy(() -> new ItemReceiptQueryRq(null, List.of("A".repeat(21)), false))
                .hasMessageContaining("must be at most 20 characters");
    }

    @Test
    void shouldAcceptAVendorNameOfFortyOneAndRejectFortyTwo() {
        assertThat(new VendorAddRq(null, "v".repeat(41)).name()).hasSize(41);
        assertThatThrownBy(() -> new VendorAddRq(null, "v".repeat(42)))
                .hasMessage("VendorAddRq.name must be at most 41 characters (qbXML limit) but has 42");
        assertThat(new VendorQueryRq(null, List.of("v".repeat(41))).fullNames()).hasSize(1);
        assertThatThrownBy(() -> new VendorQueryRq(null, List.of("v".repeat(42))))
                .hasMessageContaining("must be at most 41 characters");
    }

    @Test
    void shouldCountCharactersNotUtf16UnitsForLimits() {
        String emoji = "\uD83D\uDCE6";
        assertThat(new VendorAddRq(null, emoji.repeat(41)).name()).hasSize(82);
    }

    @Test
    void shouldRequireAVendorNameAndAtLeastOneQueriedName() {
        assertThatThrownBy(() -> new VendorAddRq(null, " ")).hasMessage("VendorAddRq.name is required");
        assertThatThrownBy(() -> new VendorQueryRq(null, List.of())).hasMessageContaining("at least one full name");
    }

    @Test
    void shouldAcceptLineOther1OfTwentyNineAndRejectThirty() {
        assertThat(new PurchaseOrderLineAdd("80-1", null, null, null, "o".repeat(29)).other1()).hasSize(29);
        assertThatThrownBy(() -> new PurchaseOrderLineAdd("80-1", null, null, null, "o".repeat(30)))
                .hasMessageContaining("other1 must be at most 29 characters");
    }

    @Test
    void shouldCheckTheAddressFieldsAtTheirLimits() {
        assertThat(new Address("a".repeat(41), null, null, "c".repeat(31), "s".repeat(21), "p".repeat(13),
                "c".repeat(31)).postalCode()).hasSize(13);
        assertThatThrownBy(() -> new Address("a".repeat(42), null, null, null, null, null, null))
                .hasMessageContaining("Address.addr1 must be at most 41");
        assertThatThrownBy(() -> new Address(null, null, null, null, null, "p".repeat(14), null))
                .hasMessageContaining("Address.postalCode must be at most 13");
        assertThatThrownBy(() -> new Address(null, null, null, null, "s".repeat(22), null, null))
                .hasMessageContaining("Address.state must be at most 21");
    }

    @Test
    void shouldAcceptOnlyUpperCaseBracedGuids() {
        assertThat(new PurchaseOrderAddRq(null, "80-V", null, null, null, null, null, GUID, ONE_LINE).externalGuid())
                .isEqualTo(GUID);
        for (String bad : List.of(GUID.toLowerCase(), GUID.substring(1, GUID.length() - 1),
                "{3F2504E0-4F89-41D3-9A0C-0305E82C330}", "{3F2504E0-4F89-41D3-9A0C-0305E82C3301}x")) {
            assertThatThrownBy(() -> new PurchaseOrderAddRq(null, "80-V", null, null, null, null, null, bad,
                    ONE_LINE)).as(bad).hasMessageContaining("must be a GUID");
        }
    }

    @Test
    void shouldNeedAtLeastOneLineOnAddsButAllowAHeaderOnlyMod() {
        assertThatThrownBy(() -> new PurchaseOrderAddRq(null, "80-V", null, null, null, null, null, null, List.of()))
                .hasMessage("PurchaseOrderAddRq.lines needs at least one element");
        assertThatThrownBy(() -> new ItemReceiptAddRq(null, "80-V", null, null, null, null, List.of()))
                .hasMessage("ItemReceiptAddRq.lines needs at least one element");
        assertThat(new PurchaseOrderModRq(null, "1A", "1", null, null).lines()).isEmpty();
    }

    @Test
    void shouldKeepTheEditSequenceWithinSixteen() {
        assertThat(new PurchaseOrderModRq(null, "1A", "1".repeat(16), null, List.of()).editSequence()).hasSize(16);
        assertThatThrownBy(() -> new PurchaseOrderModRq(null, "1A", "1".repeat(17), null, List.of()))
                .hasMessageContaining("editSequence must be at most 16");
    }

    @Test
    void shouldQueryPurchaseOrdersByExactlyOneOfTxnIdsAndRefNumbers() {
        assertThatThrownBy(() -> new PurchaseOrderQueryRq(null, List.of(), List.of(), true, false))
                .hasMessageContaining("exactly one of txnIds or refNumbers");
        assertThatThrownBy(() -> new PurchaseOrderQueryRq(null, List.of("1A"), List.of("PO"), true, false))
                .hasMessageContaining("exactly one of txnIds or refNumbers");
    }

    @Test
    void shouldMakeAReceiptLineEitherLinkedOrUnlinked() {
        assertThatThrownBy(() -> new ItemReceiptLineAdd("80-1", BigDecimal.ONE, null, "1A", "1B"))
                .hasMessageContaining("either linked");
        assertThatThrownBy(() -> new ItemReceiptLineAdd(null, BigDecimal.ONE, null, null, null))
                .hasMessageContaining("either linked");
        assertThatThrownBy(() -> new ItemReceiptLineAdd(null, BigDecimal.ONE, null, "1A", null))
                .hasMessageContaining("both linkTxnId and linkTxnLineId");
        assertThatThrownBy(() -> ItemReceiptLineAdd.unlinked("80-1", null, null))
                .hasMessage("ItemReceiptLineAdd.quantity is required");
    }

    @Test
    void shouldNeedAnItemForANewPurchaseOrderLine() {
        assertThatThrownBy(() -> new PurchaseOrderLineMod("-1", null, null, BigDecimal.ONE, null, null))
                .hasMessageContaining("needs itemListId");
        assertThat(PurchaseOrderLineMod.keep("1B").isNewLine()).isFalse();
        assertThat(PurchaseOrderLineMod.newLine("80-1", null, BigDecimal.ONE, null, null).isNewLine()).isTrue();
        assertThat(PurchaseOrderLineMod.newLine("80-1", null, BigDecimal.ONE, null, null).txnLineId()).isEqualTo("-1");
    }

    @Test
    void shouldAcceptTenIntegerDigitsAndFiveDecimalsAndRejectOneMore() {
        assertThat(new PurchaseOrderLineAdd("80-1", null, new BigDecimal("9999999999.99999"),
                new BigDecimal("9999999999.99999"), null).quantity()).isEqualByComparingTo("9999999999.99999");
        assertThat(new PurchaseOrderLineAdd("80-1", null, new BigDecimal("1.500000"), null, null).quantity())
                .isEqualByComparingTo("1.5");
        assertThatThrownBy(() -> new PurchaseOrderLineAdd("80-1", null, new BigDecimal("10000000000"), null, null))
                .hasMessageContaining("has 11 integer digits");
        assertThatThrownBy(() -> new PurchaseOrderLineAdd("80-1", null, null, new BigDecimal("1.123456"), null))
                .hasMessageContaining("has 6 decimals");
    }

    @Test
    void shouldRoundAPriceToFiveDecimals() {
        assertThat(QbxmlNumbers.price(new BigDecimal("1.123456"))).isEqualByComparingTo("1.12346");
        assertThat(QbxmlNumbers.price(new BigDecimal("12.3"))).isEqualByComparingTo("12.3");
        assertThat(QbxmlNumbers.price(null)).isNull();
    }
}
