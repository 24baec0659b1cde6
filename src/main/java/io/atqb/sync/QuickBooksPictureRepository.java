package io.atqb.sync;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
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

    /** How far this session has read QuickBooks (kept on the run's row; NONE when never set). */
    public PictureState state(long runId) {
        return jdbc.sql("SELECT picture_state FROM inventory_sync_run WHERE id = :run").param("run", runId)
                .query((rs, n) -> rs.getString(1) == null ? PictureState.NONE : PictureState.valueOf(rs.getString(1)))
                .optional().orElse(PictureState.NONE);
    }

    public void setState(long runId, PictureState state) {
        jdbc.sql("UPDATE inventory_sync_run SET picture_state = :state, picture_iterator = NULL WHERE id = :run")
                .param("state", state == PictureState.NONE ? null : state.name()).param("run", runId).update();
    }

    /** Every page but the last is in: the iterator that gives the last one is kept until the run is planned. */
    public void awaitLastPage(long runId, String iteratorId) {
        jdbc.sql("UPDATE inventory_sync_run SET picture_state = :state, picture_iterator = :iterator WHERE id = :run")
                .param("state", PictureState.LAST_PAGE.name()).param("iterator", iteratorId).param("run", runId)
                .update();
    }

    /** The iterator kept by {@link #awaitLastPage}, if any. */
    public Optional<String> lastPageIterator(long runId) {
        return jdbc.sql("SELECT picture_iterator FROM inventory_sync_run WHERE id = :run").param("run", runId)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(iterator -> iterator);
    }

    public void clear(long runId) {
        jdbc.sql("DELETE FROM inventory_sync_qb_item WHERE run_id = :run").param("run", runId).update();
    }

    /** Adds the items of one iterator page (the picture is new in every session, so they are new too). */
    public void add(long runId, Collection<QuickBooksItem> items) {
        if (items.isEmpty()) {
            return;
        }
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

    /** Replaces what the picture says about one item (read again by ListID). */
    public void refresh(long runId, QuickBooksItem item) {
        jdbc.sql("DELETE FROM inventory_sync_qb_item WHERE run_id = :run AND list_id = :list")
                .param("run", runId).param("list", item.listId()).update();
        add(runId, List.of(item));
    }

    public List<QuickBooksItem> load(long runId) {
        return jdbc.sql("SELECT list_id, full_name, quantity, is_active FROM inventory_sync_qb_item WHERE run_id = :run")
                .param("run", runId)
                .query((rs, n) -> new QuickBooksItem(rs.getString("list_id"), rs.getString("full_name"),
                        rs.getBigDecimal("quantity"), rs.getBoolean("is_active")))
                .list();
    }
}
