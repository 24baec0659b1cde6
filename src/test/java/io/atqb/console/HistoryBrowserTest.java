package io.atqb.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.history.HistoryEntry;
import io.atqb.system.MigratedH2;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A run's history read in pages and from a point on (H2 in memory, the project's migrations): in id order, one run
 * only, filtered, and without reading the run's other entries.
 */
class HistoryBrowserTest {

    private static final int ENTRIES = 1_000;

    private JdbcClient jdbc;
    private HistoryBrowser browser;
    private List<Long> runOne;

    @BeforeEach
    void database() {
        DriverManagerDataSource dataSource = MigratedH2.migratedWithoutForeignKeys();
        jdbc = JdbcClient.create(dataSource);
        browser = new HistoryBrowser(jdbc, new ObjectMapper());
        for (int i = 0; i < ENTRIES; i++) {
            entry(1, i % 10 == 9 ? "CREATED" : "UNCHANGED", "Item " + i);
            entry(2, "CREATED", "Other run " + i);
        }
        runOne = jdbc.sql("SELECT id FROM inventory_sync_history WHERE run_id = 1 ORDER BY id").query(Long.class)
                .list();
    }

    @Test
    void shouldPageThroughOneRunInIdOrderToItsLastEntry() {
        assertThat(ids(browser.page(1, HistoryFilter.none(), 0, 50))).isEqualTo(runOne.subList(0, 50));
        assertThat(ids(browser.page(1, HistoryFilter.none(), 950, 50))).isEqualTo(runOne.subList(950, 1_000));
        assertThat(ids(browser.page(1, HistoryFilter.none(), 990, 50))).isEqualTo(runOne.subList(990, 1_000));
        assertThat(browser.page(1, HistoryFilter.none(), 1_000, 50)).isEmpty();
        assertThat(browser.page(3, HistoryFilter.none(), 0, 50)).isEmpty();
    }

    @Test
    void shouldPageThroughTheFilteredEntriesOnly() {
        HistoryFilter created = new HistoryFilter(HistoryEntry.Action.CREATED, null, null);

        List<HistoryBrowser.Row> page = browser.page(1, created, 0, 200);

        assertThat(page).hasSize(100).allSatisfy(row -> {
            assertThat(row.entry().action()).isEqualTo(HistoryEntry.Action.CREATED);
            assertThat(row.entry().runId()).isEqualTo(1);
        });
        assertThat(ids(page)).isSorted();
    }

    @Test
    void shouldReadFromAPointOnStrictlyAfterIt() {
        assertThat(ids(browser.after(1, HistoryFilter.none(), 0, 3))).isEqualTo(runOne.subList(0, 3));
        assertThat(ids(browser.after(1, HistoryFilter.none(), runOne.get(9), 3))).isEqualTo(runOne.subList(10, 13));
        assertThat(browser.after(1, HistoryFilter.none(), runOne.get(ENTRIES - 1), 3)).isEmpty();
    }

    @Test
    void shouldReadFromAPointOnOnlyTheEntriesItReturns() {
        String plan = plan("EXPLAIN ANALYZE " + HistoryBrowser.AFTER, runOne.get(499));

        // in index order H2 stops at the limit; ordered by id alone it read the run's 500 later entries
        assertThat(plan).contains("/* index sorted */").contains("scanCount: 11 */");
    }

    private String plan(String sql, long after) {
        return jdbc.sql(sql).param("run", 1L).param("action", null).param("severity", null).param("name", null)
                .param("offset", 50).param("limit", 10).param("after", after).query(String.class).single();
    }

    private void entry(long runId, String action, String name) {
        jdbc.sql("INSERT INTO inventory_sync_history (run_id, severity, action, item_name, created_at)"
                        + " VALUES (:run, 'INFO', :action, :name, CURRENT_TIMESTAMP)")
                .param("run", runId).param("action", action).param("name", name).update();
    }

    private static List<Long> ids(List<HistoryBrowser.Row> rows) {
        return rows.stream().map(HistoryBrowser.Row::id).toList();
    }
}
