package io.atqb.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AutotaskJsonReaderTest {

    private static final List<String> FIELDS = List.of("id", "productID", "inventoryLocationID", "quantityOnHand");

    private static AutotaskJsonReader.Parsed<AutotaskPage> page(String json)
            throws AutotaskJsonReader.MalformedAnswerException {
        return AutotaskJsonReader.readPage(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "InventoryItems", FIELDS);
    }

    @Test
    void shouldKeepOnlyTheAskedFieldsWhenReadingAPage() throws Exception {
        AutotaskJsonReader.Parsed<AutotaskPage> parsed = page("""
                {"items":[{"id":5001,"ProductID":2001,"inventoryLocationID":101,"quantityOnHand":25,
                  "bin":"A-1","userDefinedFields":[{"name":"x","value":{"deep":[1,2]}}]},
                  {"id":5002,"productID":2001,"inventoryLocationID":null,"quantityOnHand":3.0}],
                 "pageDetails":{"count":2,"requestCount":500,"prevPageUrl":null,"nextPageUrl":null}}
                """);

        AutotaskPage page = parsed.value();
        assertThat(parsed.errors()).isEmpty();
        assertThat(page.itemCount()).isEqualTo(2);
        AutotaskRow first = page.rows().get(0);
        assertThat(first.id()).isEqualTo(5001);
        assertThat(first.requiredLong("productID")).isEqualTo(2001);
        assertThat(first.requiredInt("quantityOnHand")).isEqualTo(25);
        AutotaskRow second = page.rows().get(1);
        assertThat(second.optionalLong("inventoryLocationID")).isNull();
        assertThat(second.requiredInt("quantityOnHand")).isEqualTo(3);
    }

    @Test
    void shouldNameEntityIdAndFieldWhenAFieldIsMissingEmptyOrOfTheWrongType() throws Exception {
        AutotaskPage page = page("""
                {"items":[{"id":7,"inventoryLocationID":null,"quantityOnHand":"many"}]}
                """).value();
        AutotaskRow row = page.rows().get(0);

        assertThatThrownBy(() -> row.requiredLong("productID"))
                .isInstanceOf(AutotaskException.class)
                .hasMessage("Autotask InventoryItems 7: field productID is missing from the answer");
        assertThatThrownBy(() -> row.requiredLong("inventoryLocationID"))
                .hasMessage("Autotask InventoryItems 7: field inventoryLocationID is empty");
        assertThatThrownBy(() -> row.requiredInt("quantityOnHand"))
                .hasMessage("Autotask InventoryItems 7: field quantityOnHand is not a number: many");
    }

    @Test
    void shouldReadErrorsGivenAsStringsOrObjectsWhenAPageCarriesThem() throws Exception {
        AutotaskJsonReader.Parsed<AutotaskPage> strings = page("{\"items\":[],\"errors\":[\"First\",\"Second\"]}");
        AutotaskJsonReader.Parsed<AutotaskPage> objects = page(
                "{\"errors\":[{\"message\":\"Bad value\",\"field\":\"productID\"},{\"code\":1}],\"items\":[]}");

        assertThat(strings.errors()).containsExactly("First", "Second");
        assertThat(objects.errors()).containsExactly("Bad value (field productID)", "(error without message)");
    }

    @Test
    void shouldFailClearlyWhenTheAnswerIsTruncated() {
        assertThatThrownBy(() -> page("{\"items\":[{\"id\":1,\"productID\":2001},{\"id\":2,\"produ"))
                .isInstanceOf(AutotaskJsonReader.MalformedAnswerException.class)
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> page("{\"items\":[{\"id\":1,\"productID\":2001}"))
                .isInstanceOf(AutotaskJsonReader.MalformedAnswerException.class);
    }

    @Test
    void shouldFailWhenAnItemHasNoIdOrTheAnswerIsNotAnObject() {
        assertThatThrownBy(() -> page("{\"items\":[{\"id\":1},{\"productID\":3}]}"))
                .isInstanceOf(AutotaskJsonReader.MalformedAnswerException.class)
                .hasMessage("an item of InventoryItems has no numeric id (after item 1)");
        assertThatThrownBy(() -> page("[1,2]"))
                .isInstanceOf(AutotaskJsonReader.MalformedAnswerException.class)
                .hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> page("{\"items\":[]} trailing"))
                .isInstanceOf(AutotaskJsonReader.MalformedAnswerException.class);
    }

    @Test
    void shouldReadFlatAnswersWithListsAndNumbers() throws Exception {
        Map<String, Object> fields = AutotaskJsonReader.readObject(new ByteArrayInputStream(
                "{\"apiVersions\":[\"V1.0\"],\"externalRequestThreshold\":10000,\"rate\":0.5,\"nested\":{\"a\":1}}"
                        .getBytes(StandardCharsets.UTF_8))).value();

        assertThat(fields).containsEntry("apiVersions", List.of("V1.0"))
                .containsEntry("externalRequestThreshold", 10_000L)
                .containsEntry("rate", new BigDecimal("0.5"))
                .doesNotContainKey("nested");
    }

    @Test
    void shouldFindTheMessageWhenAnErrorBodyIsNotTheErrorsShape() {
        assertThat(AutotaskJsonReader.readErrorMessages(
                "{\"Message\":\"The requested resource does not support http method 'GET'.\"}"
                        .getBytes(StandardCharsets.UTF_8)))
                .containsExactly("The requested resource does not support http method 'GET'.");
        assertThat(AutotaskJsonReader.readErrorMessages("<html><body>Bad   Gateway</body></html>"
                .getBytes(StandardCharsets.UTF_8)))
                .containsExactly("<html><body>Bad Gateway</body></html>");
        assertThat(AutotaskJsonReader.readErrorMessages(new byte[0])).isEmpty();
    }

    @Test
    void shouldReadDateTimesWithOrWithoutZoneWhenAsked() throws Exception {
        AutotaskPage page = AutotaskJsonReader.readPage(new ByteArrayInputStream("""
                {"items":[{"id":1,"receiveDate":"2024-05-14T15:02:11.573Z"},{"id":2,"receiveDate":"2024-05-14T15:02:11"}]}
                """.getBytes(StandardCharsets.UTF_8)), "PurchaseOrderItemReceiving", List.of("id", "receiveDate"))
                .value();

        assertThat(page.rows().get(0).requiredInstant("receiveDate")).isEqualTo(Instant.parse("2024-05-14T15:02:11.573Z"));
        assertThat(page.rows().get(1).requiredInstant("receiveDate")).isEqualTo(Instant.parse("2024-05-14T15:02:11Z"));
    }
}
