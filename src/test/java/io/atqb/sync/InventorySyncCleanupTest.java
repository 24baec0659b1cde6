package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.history.SyncRun;
import io.atqb.quickbooks.QuickBooksNames;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The background removal of finished runs' working rows on the project's own migrations (H2 in memory): every
 * product, per-location count and picture chunk of a finished run goes, batch by batch; open runs and history stay.
 */
class InventorySyncCleanupTest {

    private LoadClaimsFixture fixture;
    private SyncItemRepository items;
    private QuickBooksPictureRepository picture;
    private InventorySyncCleanup cleanup;

    @BeforeEach
    void database() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        fixture = new LoadClaimsFixture(dataSource);
        JdbcTemplate template = new JdbcTemplate(dataSource);
        items = new SyncItemRepository(fixture.jdbc, template);
        picture = new QuickBooksPictureRepository(fixture.jdbc, template);
        cleanup = new InventorySyncCleanup(fixture.runs, items, picture, fixture.tx,
                new InventorySyncCleanupProperties(Duration.ofSeconds(5), 3));
    }

    @Test
    void shouldRemoveEveryWorkingRowOfADoneRunInBatchesAndMarkIt() {
        long done = runWithRows(7);
        fixture.runs.finish(done, SyncRun.Status.SUCCEEDED, SyncRun.Phase.DONE, "ok", Instant.now());

        assertThat(cleanup.removeFinished()).isEqualTo(1);

        assertThat(rows("inventory_sync_item", done)).isZero();
        assertThat(rows("inventory_sync_item_locations", done)).isZero();
        assertThat(rows("inventory_sync_qb_chunk", done)).isZero();
        assertThat(fixture.runs.findFinishedWithWorkingRows()).isEmpty();
        assertThat(cleanup.removeFinished()).isZero();
    }

    @Test
    void shouldRemoveWhatAnEarlyReadLeftOfARunWhoseLoadFailed() {
        long failed = fixture.loadingRun();
        picture.add(failed, List.of(new QuickBooksItem("80000001-1", "Widget", BigDecimal.ONE, true)));
        fixture.runs.finish(failed, SyncRun.Status.FAILED, SyncRun.Phase.LOAD_FAILED, "no", Instant.now());

        assertThat(cleanup.removeFinished()).isEqualTo(1);

        assertThat(rows("inventory_sync_qb_chunk", failed)).isZero();
    }

    @Test
    void shouldLeaveOpenRunsAlone() {
        long open = runWithRows(4);
        fixture.runs.setPhase(open, SyncRun.Phase.WRITING);

        assertThat(cleanup.removeFinished()).isZero();

        assertThat(rows("inventory_sync_item", open)).isEqualTo(4);
        assertThat(rows("inventory_sync_item_locations", open)).isEqualTo(4);
        assertThat(rows("inventory_sync_qb_chunk", open)).isEqualTo(1);
    }

    @Test
    void shouldMarkAFinishedRunWithoutRowsAndNotLookAtItAgain() {
        long empty = fixture.loadingRun();
        fixture.runs.finish(empty, SyncRun.Status.FAILED, SyncRun.Phase.LOAD_FAILED, "no", Instant.now());

        assertThat(cleanup.removeFinished()).isEqualTo(1);
        assertThat(cleanup.removeFinished()).isZero();
    }

    private long runWithRows(int products) {
        long run = fixture.loadingRun();
        items.insertAll(IntStream.rangeClosed(1, products).mapToObj(id -> new SyncItem(run, id, "P" + id,
                QuickBooksNames.itemName("P" + id), 1, 0, 1, "[]", null, null, false, false, ItemState.PLANNED, null,
                null)).toList());
        picture.add(run, List.of(new QuickBooksItem("80000001-1", "P1", BigDecimal.ONE, true)));
        return run;
    }

    private long rows(String table, long runId) {
        return fixture.jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE run_id = :run").param("run", runId)
                .query(Long.class).single();
    }
}
