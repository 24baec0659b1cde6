package io.atqb.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PagedPullTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of("id", "name");
    private final List<Long> seen = new ArrayList<>();

    private static AutotaskRow row(long id) {
        return new AutotaskRow("Products", AutotaskJsonReader.fieldIndex(FIELDS), new Object[] {id, "p" + id},
                new boolean[] {true, true}, id);
    }

    private static AutotaskPage page(long... ids) {
        return new AutotaskPage("Products", LongStream.of(ids).mapToObj(PagedPullTest::row).toList(), ids.length);
    }

    private static long[] range(long from, int count) {
        return LongStream.range(from, from + count).toArray();
    }

    private PagedPull pull(AutotaskQuery query, int pageSize, int maxPages) {
        return new PagedPull(query, row -> seen.add(row.id()), pageSize, maxPages);
    }

    @Test
    void shouldAskForTheNextIdsWithPageSizeAndFieldsWhenPaging() throws Exception {
        PagedPull pull = pull(AutotaskQuery.all("Products", List.of("name"), List.of()), 3, 10);

        JsonNode first = JSON.readTree(pull.nextRequest().body());
        pull.accept(page(4, 7, 9));
        AutotaskRequest second = pull.nextRequest();

        assertThat(first.get("MaxRecords").asInt()).isEqualTo(3);
        assertThat(first.get("IncludeFields")).hasSize(2);
        assertThat(first.get("IncludeFields").get(0).asText()).isEqualTo("id");
        assertThat(first.get("filter").get(0).toString()).isEqualTo("{\"op\":\"gt\",\"field\":\"id\",\"value\":0}");
        assertThat(JSON.readTree(second.body()).get("filter").get(0).get("value").asLong()).isEqualTo(9);
        assertThat(second.method()).isEqualTo("POST");
        assertThat(second.path()).isEqualTo("V1.0/Products/query");
        assertThat(second.describe()).isEqualTo("V1.0/Products/query (page after id 9)");
    }

    @Test
    void shouldDeliverEveryRowOfAPageThatArrivesOutOfIdOrderInIdOrder() {
        PagedPull pull = pull(AutotaskQuery.all("Products", FIELDS, List.of()), 3, 10);

        pull.accept(page(9, 4, 7));
        pull.accept(page(12, 11, 10));
        pull.accept(page());

        assertThat(seen).containsExactly(4L, 7L, 9L, 10L, 11L, 12L);
    }

    @Test
    void shouldStopOnAShortPageAndNeedOneMoreCallWhenTheLastPageIsFull() {
        PagedPull pull = pull(AutotaskQuery.all("Products", FIELDS, List.of()), 3, 10);
        pull.accept(page(1, 2, 3));
        assertThat(pull.hasMorePages()).isTrue();
        pull.accept(page());

        assertThat(pull.hasMorePages()).isFalse();
        assertThat(pull.pages()).isEqualTo(2);
        assertThat(seen).containsExactly(1L, 2L, 3L);
    }

    @Test
    void shouldSkipRowsAlreadyReadWhenAPageRepeatsThem() {
        PagedPull pull = pull(AutotaskQuery.all("Products", FIELDS, List.of()), 3, 10);
        pull.accept(page(1, 2, 3));
        pull.accept(page(3, 4, 4));
        pull.accept(page(5));

        assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(pull.duplicates()).isEqualTo(2);
        assertThat(pull.rows()).isEqualTo(5);
        assertThat(pull.hasMorePages()).isFalse();
    }

    @Test
    void shouldSortAPageWhenItsIdsAreOutOfOrder() {
        PagedPull pull = pull(AutotaskQuery.all("Products", FIELDS, List.of()), 3, 10);
        pull.accept(page(9, 2, 5));

        assertThat(seen).containsExactly(2L, 5L, 9L);
    }

    @Test
    void shouldFailWhenAFullPageBringsNoNewRow() {
        PagedPull pull = pull(AutotaskQuery.all("Products", FIELDS, List.of()), 2, 10);
        pull.accept(page(1, 2));

        assertThatThrownBy(() -> pull.accept(page(1, 2)))
                .isInstanceOf(AutotaskException.class)
                .hasMessageContaining("without a row after id 2");
    }

    @Test
    void shouldStopWhenThePageBoundIsReached() {
        PagedPull pull = pull(AutotaskQuery.all("Products", FIELDS, List.of()), 2, 2);
        pull.accept(page(1, 2));

        assertThatThrownBy(() -> pull.accept(page(3, 4)))
                .isInstanceOf(AutotaskException.class)
                .hasMessageContaining("more than 2 pages");
    }

    @Test
    void shouldSplitLookupsIntoBoundedBatchesAndEndAnIdBatchOnceAllIdsCame() throws Exception {
        List<Long> ids = LongStream.rangeClosed(1, 7).boxed().toList();
        AutotaskQuery query = AutotaskQuery.lookup("Products", FIELDS, "id", ids, 3,
                chunk -> List.of(AutotaskFilter.noteq("name", "x")));
        PagedPull pull = pull(query, 3, 10);

        assertThat(query.batches()).hasSize(3);
        assertThat(query.batches().get(2).maxRows()).isEqualTo(1);
        JsonNode body = JSON.readTree(pull.nextRequest().body());
        assertThat(body.get("filter").get(1).toString()).isEqualTo("{\"op\":\"in\",\"field\":\"id\",\"value\":[1,2,3]}");
        assertThat(body.get("filter").get(2).get("op").asText()).isEqualTo("noteq");
        pull.accept(page(1, 2, 3));
        assertThat(JSON.readTree(pull.nextRequest().body()).get("filter").get(0).get("value").asLong()).isZero();
        pull.accept(page(4, 5, 6));
        pull.accept(page(7));

        assertThat(pull.hasMorePages()).isFalse();
        assertThat(pull.pages()).isEqualTo(3);
    }

    @Test
    void shouldPageWithinABatchWhenTheLookupFieldIsNotTheId() {
        AutotaskQuery query = AutotaskQuery.lookup("PurchaseOrderItems", FIELDS, "orderID", List.of(5L), 10,
                chunk -> List.of());
        PagedPull pull = pull(query, 3, 10);
        pull.accept(page(range(1, 3)));

        assertThat(query.batches().get(0).maxRows()).isEqualTo(-1);
        assertThat(pull.hasMorePages()).isTrue();
    }

    @Test
    void shouldMakeNoCallsWhenALookupHasNoValues() {
        AutotaskQuery query = AutotaskQuery.lookup("PurchaseOrders", FIELDS, "id", List.of(), 10, chunk -> List.of());

        assertThat(pull(query, 3, 10).hasMorePages()).isFalse();
    }

    @Test
    void shouldPutIdFirstWhenIncludeFieldsLeaveItOut() {
        AutotaskQuery query = AutotaskQuery.all("Products", List.of("name", "ID", "isActive"), List.of());

        assertThat(query.includeFields()).containsExactly("id", "name", "isActive");
    }
}
