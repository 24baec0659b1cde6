package io.atqb.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The positional rows of the history insert: each value in the column the SQL names at its place. */
class HistoryRecorderTest {

    private final HistoryRecorder recorder = new HistoryRecorder(null, new ObjectMapper());

    @Test
    void shouldListTheInsertsColumnsInTheOrderOfItsParameters() throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/sql/history-insert.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String columnList = sql.substring(sql.indexOf('(') + 1, sql.indexOf(')'));
        List<String> columns = Arrays.stream(columnList.split(",")).map(String::strip).toList();
        long parameters = sql.chars().filter(c -> c == '#').count();

        assertThat(columns.subList(0, columns.size() - 1)).containsExactlyElementsOf(HistoryRecorder.COLUMNS);
        assertThat(columns.get(columns.size() - 1)).isEqualTo("created_at");
        assertThat(parameters).isEqualTo(HistoryRecorder.COLUMNS.size());
    }

    @Test
    void shouldPutEveryFieldOfAnEntryInItsOwnColumn() {
        HistoryEntry entry = new HistoryEntry(7, HistoryEntry.Severity.ERROR, HistoryEntry.Action.NOT_SYNCED, "Widget",
                11L, "80000001-1", 13L, List.of(new HistoryEntry.LocationOnHand(2, "Main", 13)),
                new BigDecimal("4.5"), new BigDecimal("-1"), 17L, 19L, "received after transfer");

        Map<String, Object> byColumn = byColumn(recorder.row(entry));

        assertThat(byColumn).containsEntry("run_id", 7L).containsEntry("severity", "ERROR")
                .containsEntry("action", "NOT_SYNCED").containsEntry("item_name", "Widget")
                .containsEntry("autotask_product_id", 11L).containsEntry("quickbooks_list_id", "80000001-1")
                .containsEntry("autotask_on_hand", 13L)
                .containsEntry("locations", "[{\"locationId\":2,\"locationName\":\"Main\",\"onHand\":13}]")
                .containsEntry("quickbooks_before", new BigDecimal("4.5"))
                .containsEntry("quickbooks_after", new BigDecimal("-1")).containsEntry("purchase_order_id", 17L)
                .containsEntry("quantity", 19L).containsEntry("message", "received after transfer");
    }

    @Test
    void shouldKeepNullsInTheirColumnsWhenAnEntryHasNoProductOrLocations() {
        HistoryEntry entry = new HistoryEntry(3, HistoryEntry.Severity.INFO, HistoryEntry.Action.UNCHANGED, "Bare",
                null, null, null, null, null, null, null, null, null);

        List<Object> row = recorder.row(entry);

        assertThat(row).hasSize(HistoryRecorder.COLUMNS.size());
        assertThat(byColumn(row)).containsEntry("item_name", "Bare").containsEntry("locations", null)
                .containsEntry("autotask_product_id", null).containsEntry("message", null);
    }

    /** The row's values by column name (nulls kept). */
    private static Map<String, Object> byColumn(List<Object> row) {
        assertThat(row).hasSize(HistoryRecorder.COLUMNS.size());
        Map<String, Object> byColumn = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            byColumn.put(HistoryRecorder.COLUMNS.get(i), row.get(i));
        }
        return byColumn;
    }
}
