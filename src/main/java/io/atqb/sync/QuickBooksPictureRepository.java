package io.atqb.sync;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The QuickBooks inventory items read in the current session of a run (rebuilt every session). */
@Repository
public class QuickBooksPictureRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public QuickBooksPictureRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public void clear(long runId) {
        jdbc.sql("DELETE FROM inventory_sync_qb_item WHERE run_id = :run").param("run", runId).update();
    }

    /** Adds or refreshes items (the same ListID seen again replaces the old row). */
    public void save(long runId, Collection<QuickBooksItem> items) {
        if (items.isEmpty()) {
            return;
        }
        template.batchUpdate("DELETE FROM inventory_sync_qb_item WHERE run_id = ? AND list_id = ?", items, 1000,
                (ps, item) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, item.listId());
                });
        template.batchUpdate("INSERT INTO inventory_sync_qb_item (run_id, list_id, full_name, name_key, quantity,"
                        + " is_active) VALUES (?, ?, ?, ?, ?, ?)", items, 1000, (ps, item) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, item.listId());
                    ps.setString(3, item.fullName());
                    ps.setString(4, item.nameKey());
                    ps.setBigDecimal(5, item.quantity());
                    ps.setBoolean(6, item.active());
                });
    }

    public List<QuickBooksItem> load(long runId) {
        return jdbc.sql("SELECT list_id, full_name, quantity, is_active FROM inventory_sync_qb_item WHERE run_id = :run")
                .param("run", runId)
                .query((rs, n) -> new QuickBooksItem(rs.getString("list_id"), rs.getString("full_name"),
                        rs.getBigDecimal("quantity"), rs.getBoolean("is_active")))
                .list();
    }
}
