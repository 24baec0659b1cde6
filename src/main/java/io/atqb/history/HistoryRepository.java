package io.atqb.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the Inventory Synchronization History and the outcome counts of runs. */
@Repository
public class HistoryRepository {

    private static final TypeReference<List<HistoryEntry.LocationOnHand>> LOCATIONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public HistoryRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<HistoryEntry> entries(long runId, int offset, int limit) {
        return jdbc.sql("SELECT run_id, severity, action, item_name, autotask_product_id, quickbooks_list_id,"
                        + " autotask_on_hand, locations, quickbooks_before, quickbooks_after, purchase_order_id, quantity,"
                        + " message FROM inventory_sync_history WHERE run_id = :run ORDER BY id"
                        + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .param("run", runId).param("offset", offset).param("limit", limit)
                .query(this::map).list();
    }

    /** How many entries of each action a run has. */
    public Map<HistoryEntry.Action, Integer> counts(long runId) {
        Map<HistoryEntry.Action, Integer> counts = emptyCounts();
        jdbc.sql("SELECT action, COUNT(*) AS n FROM inventory_sync_history WHERE run_id = :run GROUP BY action")
                .param("run", runId)
                .query((rs, n) -> counts.put(HistoryEntry.Action.valueOf(rs.getString("action")), rs.getInt("n")))
                .list();
        return counts;
    }

    /** Counts of several runs at once. */
    public Map<Long, Map<HistoryEntry.Action, Integer>> counts(List<Long> runIds) {
        Map<Long, Map<HistoryEntry.Action, Integer>> all = new HashMap<>();
        if (runIds.isEmpty()) {
            return all;
        }
        runIds.forEach(id -> all.put(id, emptyCounts()));
        jdbc.sql("SELECT run_id, action, COUNT(*) AS n FROM inventory_sync_history WHERE run_id IN (:runs)"
                        + " GROUP BY run_id, action")
                .param("runs", runIds)
                .query((rs, n) -> all.get(rs.getLong("run_id"))
                        .put(HistoryEntry.Action.valueOf(rs.getString("action")), rs.getInt("n")))
                .list();
        return all;
    }

    private static Map<HistoryEntry.Action, Integer> emptyCounts() {
        Map<HistoryEntry.Action, Integer> counts = new EnumMap<>(HistoryEntry.Action.class);
        for (HistoryEntry.Action action : HistoryEntry.Action.values()) {
            counts.put(action, 0);
        }
        return counts;
    }

    private HistoryEntry map(ResultSet rs, int row) throws SQLException {
        String locations = rs.getString("locations");
        return new HistoryEntry(
                rs.getLong("run_id"),
                HistoryEntry.Severity.valueOf(rs.getString("severity")),
                HistoryEntry.Action.valueOf(rs.getString("action")),
                rs.getString("item_name"),
                rs.getObject("autotask_product_id", Long.class),
                rs.getString("quickbooks_list_id"),
                rs.getObject("autotask_on_hand", Long.class),
                locations == null ? null : readLocations(locations),
                strip(rs.getBigDecimal("quickbooks_before")),
                strip(rs.getBigDecimal("quickbooks_after")),
                rs.getObject("purchase_order_id", Long.class),
                rs.getObject("quantity", Long.class),
                rs.getString("message"));
    }

    private static java.math.BigDecimal strip(java.math.BigDecimal value) {
        if (value == null) {
            return null;
        }
        java.math.BigDecimal stripped = value.stripTrailingZeros();
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
