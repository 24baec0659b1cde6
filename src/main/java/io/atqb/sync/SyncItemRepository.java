package io.atqb.sync;

import io.atqb.quickbooks.QuickBooksNames;
import io.atqb.system.Texts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The products of each run and their progress. */
@Repository
public class SyncItemRepository {

    /**
     * The item's columns and its per-location counts. What the plan writes once per product and never changes (the
     * counts, read once, and the QuickBooks name key a product is found by) is kept in a table of its own, beside the
     * item row that each step of the product updates.
     */
    private static final String COLUMNS = "SELECT i.run_id, i.product_id, i.product_name, i.qb_name,"
            + " i.autotask_on_hand, i.excluded, i.target, l.locations, i.list_id, i.qb_before, i.create_sent,"
            + " i.adjust_sent, i.state, i.outcome, i.message";
    private static final String SELECT = COLUMNS + " FROM inventory_sync_item i"
            + " LEFT JOIN inventory_sync_item_locations l ON l.run_id = i.run_id AND l.product_id = i.product_id";
    /** The same, found from the name key's index (an inner join, so H2 may start from the table holding it). */
    private static final String SELECT_BY_NAME = COLUMNS + " FROM inventory_sync_item_locations l"
            + " JOIN inventory_sync_item i ON i.run_id = l.run_id AND i.product_id = l.product_id";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public SyncItemRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public void insertAll(Collection<SyncItem> items) {
        template.batchUpdate("INSERT INTO inventory_sync_item_locations (run_id, product_id, locations, name_key)"
                + " VALUES (?, ?, ?, ?)", items, 1000, (ps, item) -> {
                    ps.setLong(1, item.runId());
                    ps.setLong(2, item.productId());
                    ps.setString(3, item.locationsJson());
                    ps.setString(4, item.nameKey());
                });
        template.batchUpdate("INSERT INTO inventory_sync_item (run_id, product_id, product_name, qb_name,"
                        + " autotask_on_hand, excluded, target, list_id, qb_before, create_sent, adjust_sent,"
                        + " state, outcome, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                items, 1000, (ps, item) -> {
                    ps.setLong(1, item.runId());
                    ps.setLong(2, item.productId());
                    ps.setString(3, item.productName());
                    ps.setString(4, item.qbName());
                    ps.setLong(5, item.autotaskOnHand());
                    ps.setLong(6, item.excluded());
                    ps.setLong(7, item.target());
                    ps.setString(8, item.listId());
                    ps.setBigDecimal(9, item.qbBefore());
                    ps.setBoolean(10, item.createSent());
                    ps.setBoolean(11, item.adjustSent());
                    ps.setString(12, item.state().name());
                    ps.setString(13, item.outcome());
                    ps.setString(14, item.message());
                });
    }

    public List<SyncItem> findByState(long runId, ItemState state) {
        return jdbc.sql(SELECT + " WHERE i.run_id = :run AND i.state = :state ORDER BY i.product_id")
                .param("run", runId).param("state", state.name()).query(SyncItemRepository::map).list();
    }

    public Optional<SyncItem> find(long runId, long productId) {
        return jdbc.sql(SELECT + " WHERE i.run_id = :run AND i.product_id = :product")
                .param("run", runId).param("product", productId).query(SyncItemRepository::map).optional();
    }

    /** The run's product whose QuickBooks name is this one (compared without regard to case), if any. */
    public Optional<SyncItem> findByName(long runId, String qbName) {
        return jdbc.sql(SELECT_BY_NAME + " WHERE l.run_id = :run AND l.name_key = :key AND i.state <> 'DONE'"
                        + " ORDER BY i.product_id")
                .param("run", runId).param("key", QuickBooksNames.key(qbName)).query(SyncItemRepository::map)
                .list().stream().findFirst();
    }

    public Optional<SyncItem> findByListId(long runId, String listId) {
        return jdbc.sql(SELECT + " WHERE i.run_id = :run AND i.list_id = :list AND i.state <> 'DONE'"
                        + " ORDER BY i.product_id")
                .param("run", runId).param("list", listId).query(SyncItemRepository::map)
                .list().stream().findFirst();
    }

    /** The run's unfinished products linked to these ListIDs, in the order of the ids given. */
    public List<SyncItem> findByListIds(long runId, List<String> listIds) {
        if (listIds.isEmpty()) {
            return List.of();
        }
        Map<String, SyncItem> byListId = new java.util.HashMap<>();
        jdbc.sql(SELECT + " WHERE i.run_id = :run AND i.list_id IN (:lists) AND i.state <> 'DONE'")
                .param("run", runId).param("lists", listIds).query(SyncItemRepository::map).list()
                .forEach(item -> byListId.putIfAbsent(item.listId(), item));
        return listIds.stream().map(byListId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Deletes the run's first {@code limit} products by id with their per-location counts (a finished run's rows go
     * in batches); answers how many products went, 0 when none were left.
     */
    public int deleteFirst(long runId, int limit) {
        Long upTo = jdbc.sql("SELECT product_id FROM inventory_sync_item WHERE run_id = :run ORDER BY product_id"
                        + " OFFSET :skip ROWS FETCH NEXT 1 ROWS ONLY")
                .param("run", runId).param("skip", limit - 1).query(Long.class).optional().orElse(Long.MAX_VALUE);
        int deleted = jdbc.sql("DELETE FROM inventory_sync_item WHERE run_id = :run AND product_id <= :upTo")
                .param("run", runId).param("upTo", upTo).update();
        jdbc.sql("DELETE FROM inventory_sync_item_locations WHERE run_id = :run AND product_id <= :upTo")
                .param("run", runId).param("upTo", upTo).update();
        return deleted;
    }

    /** How many of the run's products are in this state (an index lookup). */
    public int count(long runId, ItemState state) {
        return jdbc.sql("SELECT COUNT(*) FROM inventory_sync_item WHERE run_id = :run AND state = :state")
                .param("run", runId).param("state", state.name()).query(Long.class).single().intValue();
    }

    public Map<ItemState, Integer> countByState(long runId) {
        Map<ItemState, Integer> counts = new EnumMap<>(ItemState.class);
        for (ItemState state : ItemState.values()) {
            counts.put(state, 0);
        }
        jdbc.sql("SELECT state, COUNT(*) AS n FROM inventory_sync_item WHERE run_id = :run GROUP BY state")
                .param("run", runId)
                .query((rs, n) -> counts.put(ItemState.valueOf(rs.getString("state")), rs.getInt("n")))
                .list();
        return counts;
    }

    /** A new session starts: every product not yet done is matched against QuickBooks again. */
    public void replanUnfinished(long runId) {
        jdbc.sql("UPDATE inventory_sync_item SET state = 'PLANNED' WHERE run_id = :run"
                        + " AND state NOT IN ('DONE', 'PLANNED')")
                .param("run", runId).update();
    }

    public void setStates(long runId, Collection<Long> productIds, ItemState state) {
        template.batchUpdate("UPDATE inventory_sync_item SET state = ? WHERE run_id = ? AND product_id = ?",
                productIds, 1000, (ps, id) -> {
                    ps.setString(1, state.name());
                    ps.setLong(2, runId);
                    ps.setLong(3, id);
                });
    }

    /** Records what was decided or learnt about many products: state, link and the count QuickBooks had. */
    public void update(Collection<SyncItem> items) {
        template.batchUpdate("UPDATE inventory_sync_item SET state = ?, list_id = ?, qb_before = ?, create_sent = ?,"
                        + " adjust_sent = ?, outcome = ?, message = ? WHERE run_id = ? AND product_id = ?",
                items, 1000, (ps, item) -> {
                    ps.setString(1, item.state().name());
                    ps.setString(2, item.listId());
                    ps.setBigDecimal(3, item.qbBefore());
                    ps.setBoolean(4, item.createSent());
                    ps.setBoolean(5, item.adjustSent());
                    ps.setString(6, item.outcome());
                    ps.setString(7, Texts.message(item.message()));
                    ps.setLong(8, item.runId());
                    ps.setLong(9, item.productId());
                });
    }

    static SyncItem map(ResultSet rs, int row) throws SQLException {
        return new SyncItem(
                rs.getLong("run_id"),
                rs.getLong("product_id"),
                rs.getString("product_name"),
                rs.getString("qb_name"),
                rs.getLong("autotask_on_hand"),
                rs.getLong("excluded"),
                rs.getLong("target"),
                rs.getString("locations"),
                rs.getString("list_id"),
                rs.getBigDecimal("qb_before"),
                rs.getBoolean("create_sent"),
                rs.getBoolean("adjust_sent"),
                ItemState.valueOf(rs.getString("state")),
                rs.getString("outcome"),
                rs.getString("message"));
    }
}
