package io.atqb.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The rules under the purchase-order reads: id-list batching, ending on an unlinked page, the new answer shapes. */
class PurchaseOrderReadRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of("id", "name");

    private static List<Long> range(long from, int count) {
        return LongStream.range(from, from + count).boxed().toList();
    }

    private static AutotaskPage page(boolean linked, long... ids) {
        List<AutotaskRow> rows = LongStream.of(ids)
                .mapToObj(id -> AutotaskRows.row("Products", FIELDS, id, "p" + id)).toList();
        return new AutotaskPage("Products", rows, ids.length, linked);
    }

    // ---- AutotaskQuery.lookupAll ----

    @Test
    void shouldPutUpToValuesPerInTimesInsPerBatchIdsInOneBatchAsAnOrOfInFilters() throws Exception {
        AutotaskQuery query = AutotaskQuery.lookupAll("PurchaseOrderItems", List.of("orderID"), "orderID",
                range(1, 7), 2, 3, List.of(AutotaskFilter.noteq("quantity", 0)));

        assertThat(query.batches()).hasSize(2);
        AutotaskQuery.Batch first = query.batches().get(0);
        String filters = JSON.writeValueAsString(first.filters());
        assertThat(filters).isEqualTo("[{\"op\":\"or\",\"items\":[{\"op\":\"in\",\"field\":\"orderID\",\"value\":[1,2]},"
                + "{\"op\":\"in\",\"field\":\"orderID\",\"value\":[3,4]},{\"op\":\"in\",\"field\":\"orderID\",\"value\":"
                + "[5,6]}]},{\"op\":\"noteq\",\"field\":\"quantity\",\"value\":0}]");
        assertThat(first.maxRows()).isEqualTo(-1);
        assertThat(JSON.writeValueAsString(query.batches().get(1).filters().get(0)))
                .isEqualTo("{\"op\":\"in\",\"field\":\"orderID\",\"value\":[7]}");
    }

    @Test
    void shouldKnowTheMostRowsOfAnIdBatchAndMakeNoBatchWithoutValues() {
        AutotaskQuery byId = AutotaskQuery.lookupAll("PurchaseOrders", List.of(), "id", List.of(5L, 3L, 5L, 9L), 2,
                25, List.of());

        assertThat(byId.batches()).singleElement().satisfies(b -> assertThat(b.maxRows()).isEqualTo(3));
        assertThat(AutotaskQuery.lookupAll("PurchaseOrders", List.of(), "id", List.of(), 2, 25, List.of()).batches())
                .isEmpty();
        assertThatThrownBy(() -> AutotaskQuery.inAny("id", List.of(), 2)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- PagedPull ending on a page that links no next page ----

    @Test
    void shouldEndAFullPageThatLinksNoNextPageOnlyWhenAskedTo() {
        List<Long> seen = new ArrayList<>();
        AutotaskQuery query = AutotaskQuery.all("Products", FIELDS, List.of());
        PagedPull trusting = new PagedPull(query, row -> seen.add(row.id()), 3, 10, true);
        PagedPull keyset = new PagedPull(query, row -> seen.add(row.id()), 3, 10);

        trusting.accept(page(true, 1, 2, 3));
        boolean moreAfterLinked = trusting.hasMorePages();
        trusting.accept(page(false, 4, 5, 6));
        keyset.accept(page(false, 1, 2, 3));

        assertThat(moreAfterLinked).isTrue();
        assertThat(trusting.hasMorePages()).isFalse();
        assertThat(trusting.pages()).isEqualTo(2);
        assertThat(keyset.hasMorePages()).isTrue();
    }

    @Test
    void shouldEndAShortPageEvenWhenItLinksANextPage() {
        PagedPull pull = new PagedPull(AutotaskQuery.all("Products", FIELDS, List.of()), row -> { }, 3, 10, true);

        pull.accept(page(true, 1, 2));

        assertThat(pull.hasMorePages()).isFalse();
    }

    // ---- answers ----

    @Test
    void shouldReadWhetherAPageLinksANextPageFromPageDetails() throws Exception {
        String linked = "{\"items\":[{\"id\":1,\"name\":\"a\"}],\"pageDetails\":{\"count\":1,\"requestCount\":1,"
                + "\"prevPageUrl\":null,\"nextPageUrl\":\"https://zone/V1.0/Products/query/next?paging=x\"}}";
        String last = "{\"items\":[],\"pageDetails\":{\"count\":0,\"nextPageUrl\":null}}";
        String silent = "{\"items\":[]}";

        assertThat(readPage(linked).nextPageLinked()).isTrue();
        assertThat(readPage(last).nextPageLinked()).isFalse();
        assertThat(readPage(silent).nextPageLinked()).isTrue();
        assertThat(readPage("{\"pageDetails\":{\"nextPageUrl\":\"\"},\"items\":[]}").nextPageLinked()).isFalse();
    }

    private static AutotaskPage readPage(String json) throws Exception {
        return AutotaskJsonReader.readPage(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "Products", FIELDS).value();
    }

    @Test
    void shouldReadOneRecordOrNoneFromAGetById() throws Exception {
        AutotaskPage found = AutotaskJsonReader.readSingleItem(stream("{\"item\":{\"id\":7,\"name\":\"x\","
                + "\"userDefinedFields\":[]}}"), "Products", FIELDS).value();
        AutotaskPage missing = AutotaskJsonReader.readSingleItem(stream("{\"item\":null}"), "Products", FIELDS)
                .value();

        assertThat(found.rows()).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(7);
            assertThat(row.requiredString("name")).isEqualTo("x");
        });
        assertThat(missing.rows()).isEmpty();
        assertThat(AutotaskJsonReader.readSingleItem(stream("{\"errors\":[\"boom\"]}"), "Products", FIELDS).errors())
                .containsExactly("boom");
    }

    @Test
    void shouldReadFieldNamesReadOnlyFlagsAndPicklistsWithTextOrNumberValues() throws Exception {
        String answer = "{\"fields\":[{\"name\":\"id\",\"isReadOnly\":true,\"picklistValues\":[]},"
                + "{\"name\":\"status\",\"dataType\":\"integer\",\"isReadOnly\":false,\"isPickList\":true,"
                + "\"picklistValues\":[{\"value\":\"1\",\"label\":\"New\",\"isActive\":true},"
                + "{\"value\":2,\"label\":\"Submitted\",\"isActive\":false,\"sortOrder\":1}],"
                + "\"picklistParentValueField\":null}]}";

        List<AutotaskEntityField> fields = AutotaskJsonReader.readFields(stream(answer)).value();

        assertThat(fields).extracting(AutotaskEntityField::name).containsExactly("id", "status");
        assertThat(fields.get(0).readOnly()).isTrue();
        assertThat(fields.get(1).picklistValues()).containsExactly(
                new AutotaskEntityField.PicklistValue("1", "New", true),
                new AutotaskEntityField.PicklistValue("2", "Submitted", false));
        assertThatThrownBy(() -> AutotaskJsonReader.readFields(stream("{\"fields\":[{\"isReadOnly\":true}]}")))
                .isInstanceOf(AutotaskJsonReader.MalformedAnswerException.class).hasMessageContaining("no name");
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldWriteAPatchOfOnlyIdAndExternalPoNumber() throws Exception {
        AutotaskPurchaseOrderWriteBack writeBack = new AutotaskPurchaseOrderWriteBack(
                TestProperties.properties("https://zone/ATServicesRest/", TestProperties.retry(3, 3, 1, 2, 10)),
                new AutotaskPurchaseOrderStatuses());
        org.apache.camel.Exchange exchange = new org.apache.camel.support.DefaultExchange(
                new org.apache.camel.impl.DefaultCamelContext());
        writeBack.begin(new ExternalPoNumberWrite(3001, "4711"), exchange);

        AutotaskRequest request = writeBack.patchRequest(exchange);
        JsonNode body = JSON.readTree(request.body());

        assertThat(request.method()).isEqualTo("PATCH");
        assertThat(request.path()).isEqualTo("V1.0/PurchaseOrders");
        assertThat(request.writes()).isTrue();
        assertThat(body.toString()).isEqualTo("{\"id\":3001,\"externalPONumber\":\"4711\"}");
    }

    // ---- search cache ----

    @Test
    void shouldServeAKeptSearchUntilOneMillisecondBeforeTheTtlAndNotFromThen() {
        PurchaseOrderSearchCache cache = new PurchaseOrderSearchCache(Duration.ofSeconds(60), 10);
        Instant readAt = Instant.parse("2026-04-01T10:00:00Z");
        PurchaseOrderCriteria criteria = PurchaseOrderCriteria.any();
        cache.keep(criteria, new PurchaseOrderSearchResult(List.of(), readAt, false));

        PurchaseOrderSearchResult before = cache.lookup(criteria, readAt.plusSeconds(60).minusMillis(1));
        PurchaseOrderSearchResult at = cache.lookup(criteria, readAt.plusSeconds(60));

        assertThat(before).isNotNull();
        assertThat(before.fromCache()).isTrue();
        assertThat(before.readAt()).isEqualTo(readAt);
        assertThat(at).isNull();
        assertThat(cache.lookup(criteria, readAt)).as("forgotten once expired").isNull();
    }

    @Test
    void shouldKeepNothingWithAZeroTtlAndDropTheLeastRecentlyUsedSearchBeyondTheLimit() {
        Instant now = Instant.parse("2026-04-01T10:00:00Z");
        PurchaseOrderCriteria a = new PurchaseOrderCriteria("A", null, null, null);
        PurchaseOrderCriteria b = new PurchaseOrderCriteria("B", null, null, null);
        PurchaseOrderCriteria c = new PurchaseOrderCriteria("C", null, null, null);
        PurchaseOrderSearchCache off = new PurchaseOrderSearchCache(Duration.ZERO, 10);
        off.keep(a, new PurchaseOrderSearchResult(List.of(), now, false));
        PurchaseOrderSearchCache two = new PurchaseOrderSearchCache(Duration.ofMinutes(1), 2);
        two.keep(a, new PurchaseOrderSearchResult(List.of(), now, false));
        two.keep(b, new PurchaseOrderSearchResult(List.of(), now, false));
        two.lookup(a, now);
        two.keep(c, new PurchaseOrderSearchResult(List.of(), now, false));

        assertThat(off.lookup(a, now)).isNull();
        assertThat(two.lookup(a, now)).isNotNull();
        assertThat(two.lookup(b, now)).isNull();
        assertThat(two.lookup(c, now)).isNotNull();
    }

    @Test
    void shouldTreatCriteriaWithTheSameIdsInAnyOrderAsTheSameSearch() {
        assertThat(new PurchaseOrderCriteria(null, null, null, List.of(3L, 1L, 3L)))
                .isEqualTo(new PurchaseOrderCriteria(null, null, null, List.of(1L, 3L)));
        assertThat(new PurchaseOrderCriteria(null, null, null, null))
                .isNotEqualTo(new PurchaseOrderCriteria(null, null, null, List.of()));
    }
}
