package io.atqb.qbxml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The purchase-order transfer's requests wait in the queue as JSON; each must come back equal and typed. */
class PurchasingRequestJsonTest {

    static final String GUID = "{3F2504E0-4F89-41D3-9A0C-0305E82C3301}";

    private final ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    @Test
    void shouldRoundTripVendorQueryAndAdd() throws Exception {
        assertRoundTrip(new VendorQueryRq("v-1", List.of("Acme Supply", "Café Ünïcode ✓")), "VendorQueryRq");
        assertRoundTrip(new VendorAddRq(null, "Acme Supply"), "VendorAddRq");
    }

    @Test
    void shouldRoundTripPurchaseOrderAddWithAddressLinesAndDate() throws Exception {
        PurchaseOrderAddRq add = new PurchaseOrderAddRq(null, "80000001-1", LocalDate.of(2026, 5, 4), "PO-1001",
                new Address("Main Office", "1 Road", null, "Springfield", "IL", "62701", "US"), "memo",
                "General memo", GUID,
                List.of(new PurchaseOrderLineAdd("80000002-1", "Widget", new BigDecimal("3"),
                                new BigDecimal("12.34567"), "ATPOI-77"),
                        new PurchaseOrderLineAdd("80000003-1", null, new BigDecimal("1.5"), null, null)));

        String json = assertRoundTrip(add, "PurchaseOrderAddRq");

        assertThat(json).contains("\"txnDate\":\"2026-05-04\"");
    }

    @Test
    void shouldRoundTripPurchaseOrderModAndQuery() throws Exception {
        assertRoundTrip(new PurchaseOrderModRq("m-1", "1A-1718030000", "1718030000", null,
                List.of(PurchaseOrderLineMod.keep("1B-1718030000"),
                        PurchaseOrderLineMod.newLine("80000002-1", "Widget", BigDecimal.TEN, BigDecimal.ONE,
                                "ATPOI-8"))),
                "PurchaseOrderModRq");
        assertRoundTrip(new PurchaseOrderModRq(null, "1A-1", "1", "header only", List.of()), "PurchaseOrderModRq");
        assertRoundTrip(new PurchaseOrderQueryRq(null, List.of(), List.of("PO-1001"), true, true),
                "PurchaseOrderQueryRq");
    }

    @Test
    void shouldRoundTripItemReceiptAddWithLinkedAndNegativeUnlinkedLinesAndItsQuery() throws Exception {
        assertRoundTrip(new ItemReceiptAddRq(null, "80000001-1", LocalDate.of(2026, 5, 6), "AT123456", null, GUID,
                List.of(ItemReceiptLineAdd.linked("1A-1", "1B-1", new BigDecimal("2"), new BigDecimal("9.5")),
                        ItemReceiptLineAdd.unlinked("80000002-1", new BigDecimal("-1"), null))),
                "ItemReceiptAddRq");
        assertRoundTrip(new ItemReceiptQueryRq("r-1", List.of("AT123456"), true), "ItemReceiptQueryRq");
    }

    private String assertRoundTrip(QbxmlRequest request, String typeName) throws Exception {
        String json = mapper.writeValueAsString(request);

        QbxmlRequest back = mapper.readValue(json, QbxmlRequest.class);

        assertThat(json).contains("\"type\":\"" + typeName + "\"");
        assertThat(back).isEqualTo(request).hasSameClassAs(request);
        return json;
    }
}
