package io.atqb.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The QuickBooks inventory items read in the current session of a run (rebuilt every session), stored in chunks
 * ({@link QuickBooksPictureChunks}), and how far the session has read them.
 */
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
        jdbc.sql("DELETE FROM inventory_sync_qb_chunk WHERE run_id = :run").param("run", runId).update();
    }

    /** Adds the items of one iterator page, in chunks after the run's earlier ones. */
    public void add(long runId, Collection<QuickBooksItem> items) {
        if (items.isEmpty()) {
            return;
        }
        int after = jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM inventory_sync_qb_chunk WHERE run_id = :run")
                .param("run", runId).query(Integer.class).single();
        List<String> chunks = QuickBooksPictureChunks.encode(items);
        template.batchUpdate("INSERT INTO inventory_sync_qb_chunk (run_id, seq, items) VALUES (?, ?, ?)",
                IntStream.range(0, chunks.size()).boxed().toList(), 1000, (ps, i) -> {
                    ps.setLong(1, runId);
                    ps.setInt(2, after + 1 + i);
                    ps.setString(3, chunks.get(i));
                });
    }

    /** Replaces what the picture says about one item (read again by ListID): a later chunk overrides earlier ones. */
    public void refresh(long runId, QuickBooksItem item) {
        add(runId, List.of(item));
    }

    /** Every item of the run's picture once, as its latest chunk has it, in the order they were first read. */
    public List<QuickBooksItem> load(long runId) {
        Map<String, QuickBooksItem> byListId = new LinkedHashMap<>();
        jdbc.sql("SELECT items FROM inventory_sync_qb_chunk WHERE run_id = :run ORDER BY seq")
                .param("run", runId)
                .query(rs -> {
                    for (QuickBooksItem item : QuickBooksPictureChunks.decode(rs.getString("items"))) {
                        byListId.put(item.listId(), item);
                    }
                });
        return new ArrayList<>(byListId.values());
    }
}
