package io.atqb.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.history.HistoryEntry;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads a run's Inventory Synchronization History filtered and in pages (for the run's page) or in id order from a
 * point on (for the CSV, which never holds a whole large run in memory). Every statement is parameterised; the
 * optional filters are written as "parameter IS NULL OR ..." so the text of the SQL never depends on the input.
 */
@Repository
class HistoryBrowser {

    private static final TypeReference<List<HistoryEntry.LocationOnHand>> LOCATIONS = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, run_id, severity, action, item_name, autotask_product_id,"
            + " quickbooks_list_id, autotask_on_hand, locations, quickbooks_before, quickbooks_after, purchase_order_id,"
            + " quantity, message";
    private static final String FILTER = " WHERE run_id = :run"
            + " AND (CAST(:action AS VARCHAR(16)) IS NULL OR action = :action)"
            + " AND (CAST(:severity AS VARCHAR(8)) IS NULL OR severity = :severity)"
            + " AND (CAST(:name AS VARCHAR(1000)) IS NULL OR LOWER(item_name) LIKE :name ESCAPE '\\')";

    private static final String PAGE = "SELECT " + COLUMNS + " FROM inventory_sync_history" + FILTER
            + " ORDER BY id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY";
    /*
     * The order names both columns of ix_inventory_sync_history_run (run_id, id): run_id is fixed by the condition,
     * so the rows come in id order either way, but only then does H2 read that index from the point on and stop at
     * the limit; ordered by id alone it read every later entry of the run for each chunk of the CSV.
     */
    static final String AFTER = "SELECT " + COLUMNS + " FROM inventory_sync_history" + FILTER
            + " AND id > :after ORDER BY run_id, id FETCH FIRST :limit ROWS ONLY";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    HistoryBrowser(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One history entry with its row id (the order entries were written in). */
    record Row(long id, HistoryEntry entry) {
    }

    List<Row> page(long runId, HistoryFilter filter, int offset, int limit) {
        return filtered(PAGE, runId, filter)
                .param("offset", offset).param("limit", limit)
                .query(this::map).list();
    }

    int count(long runId, HistoryFilter filter) {
        return filtered("SELECT COUNT(*) FROM inventory_sync_history" + FILTER, runId, filter)
                .query(Integer.class).single();
    }

    /** Up to {@code limit} entries after the row id {@code afterId}, in id order. */
    List<Row> after(long runId, HistoryFilter filter, long afterId, int limit) {
        return filtered(AFTER, runId, filter)
                .param("after", afterId).param("limit", limit)
                .query(this::map).list();
    }

    private JdbcClient.StatementSpec filtered(String sql, long runId, HistoryFilter filter) {
        return jdbc.sql(sql)
                .param("run", runId)
                .param("action", filter.action() == null ? null : filter.action().name())
                .param("severity", filter.severity() == null ? null : filter.severity().name())
                .param("name", filter.namePattern());
    }

    private Row map(ResultSet rs, int row) throws SQLException {
        String locations = rs.getString("locations");
        return new Row(rs.getLong("id"), new HistoryEntry(
                rs.getLong("run_id"),
                HistoryEntry.Severity.valueOf(rs.getString("severity")),
                HistoryEntry.Action.valueOf(rs.getString("action")),
                rs.getString("item_name"),
                rs.getObject("autotask_product_id", Long.class),
                rs.getString("quickbooks_list_id"),
                rs.getObject("autotask_on_hand", Long.class),
                locations == null ? List.of() : readLocations(locations),
                plain(rs.getBigDecimal("quickbooks_before")),
                plain(rs.getBigDecimal("quickbooks_after")),
                rs.getObject("purchase_order_id", Long.class),
                rs.getObject("quantity", Long.class),
                rs.getString("message")));
    }

    /** 20.00000 -> 20, 1.50000 -> 1.5 (the column keeps five decimals). */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private List<HistoryEntry.LocationOnHand> readLocations(String text) {
        try {
            return json.readValue(text, LOCATIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable locations in the history", e);
        }
    }
}
