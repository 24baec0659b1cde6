package io.atqb.qbxml;

import static io.atqb.qbxml.QbxmlFixtures.EMOJI;
import static io.atqb.qbxml.QbxmlFixtures.UNICODE_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Queued requests are stored as JSON; each type must survive a round trip through the base interface. */
class QbxmlRequestJsonTest {

    private final ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    @Test
    void shouldRoundTripWhenRequestIsAnIteratorQuery() throws Exception {
        assertRoundTrip(ItemInventoryQueryRq.cont("q-2", "{guid-1}", 50, ActiveStatus.INACTIVE_ONLY,
                List.of("ListID", "QuantityOnHand")), "ItemInventoryQueryRq");
    }

    @Test
    void shouldRoundTripWhenRequestIsAnInventoryQueryByFullName() throws Exception {
        assertRoundTrip(ItemInventoryQueryRq.byFullNames("q-3", List.of(UNICODE_NAME), List.of()),
                "ItemInventoryQueryRq");
    }

    @Test
    void shouldRoundTripWhenRequestIsAnItemQuery() throws Exception {
        assertRoundTrip(ItemQueryRq.byListIds("q-4", List.of("80000001-1", "80000002-1")), "ItemQueryRq");
    }

    @Test
    void shouldRoundTripWhenRequestIsAnItemAdd() throws Exception {
        assertRoundTrip(new ItemInventoryAddRq("a-1", "WID-" + EMOJI, "desc & \"quoted\"", "Sales", null,
                "COGS", "Inventory Asset"), "ItemInventoryAddRq");
    }

    @Test
    void shouldRoundTripWhenRequestIsAnAdjustment() throws Exception {
        InventoryAdjustmentAddRq adjustment = new InventoryAdjustmentAddRq(null, "Shrinkage",
                LocalDate.of(2025, 6, 3), "R-7", "memo",
                List.of(AdjustmentLine.ofNewQuantity(ItemRef.listId("8000-1"), new BigDecimal("40.50")),
                        AdjustmentLine.ofDifference(ItemRef.fullName("Widgets:W-2"), new BigDecimal("-3"))));

        String json = assertRoundTrip(adjustment, "InventoryAdjustmentAddRq");

        assertThat(json).contains("\"txnDate\":\"2025-06-03\"", "\"requestId\":null");
    }

    @Test
    void shouldKeepTheTypeWhenTheQueueAssignsARequestId() throws Exception {
        QbxmlRequest stored = mapper.readValue(
                mapper.writeValueAsString(ItemQueryRq.byFullNames(null, List.of("A"))), QbxmlRequest.class);

        QbxmlRequest assigned = stored.withRequestId("queue-42");

        assertThat(assigned).isEqualTo(ItemQueryRq.byFullNames("queue-42", List.of("A")));
    }

    private String assertRoundTrip(QbxmlRequest request, String typeName) throws Exception {
        String json = mapper.writeValueAsString(request);

        QbxmlRequest back = mapper.readValue(json, QbxmlRequest.class);

        assertThat(json).contains("\"type\":\"" + typeName + "\"");
        assertThat(back).isEqualTo(request).hasSameClassAs(request);
        return json;
    }
}
