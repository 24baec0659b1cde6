package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.quickbooks.QuickBooksNames;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The run's working rows on the project's own migrations (H2 in memory): the per-location counts live apart from
 * the item row (written once, read with every item) and go with the run's rows.
 */
class SyncItemRepositoryTest {

    private DriverManagerDataSource dataSource;
    private SyncItemRepository items;
    private JdbcClient jdbc;

    @BeforeEach
    void database() {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        jdbc = JdbcClient.create(dataSource);
        items = new SyncItemRepository(jdbc, new JdbcTemplate(dataSource));
    }

    @Test
    void shouldReadEveryItemWithItsLocationsWhicheverWayItIsFound() {
        migrate(null);
        items.insertAll(List.of(item(1, 11, "Dock", "[{\"locationId\":3,\"onHand\":2}]"),
                item(1, 12, "Cable", "[]")));
        items.update(List.of(items.find(1, 11).orElseThrow().linked("80000001-1", null)));

        assertThat(items.find(1, 11).orElseThrow().locationsJson()).isEqualTo("[{\"locationId\":3,\"onHand\":2}]");
        assertThat(items.findByName(1, "DOCK").orElseThrow().locationsJson()).contains("\"onHand\":2");
        assertThat(items.findByListId(1, "80000001-1").orElseThrow().productId()).isEqualTo(11);
        assertThat(items.findByListIds(1, List.of("80000001-1")).get(0).locationsJson()).contains("locationId");
        assertThat(items.findByState(1, ItemState.PLANNED)).extracting(SyncItem::locationsJson)
                .containsExactly("[{\"locationId\":3,\"onHand\":2}]", "[]");
    }

    @Test
    void shouldDeleteTheLocationsWithTheRunsRowsAndKeepOtherRuns() {
        migrate(null);
        items.insertAll(List.of(item(1, 11, "Dock", "[]"), item(2, 11, "Dock", "[{\"locationId\":4,\"onHand\":1}]")));

        assertThat(items.deleteFirst(1, 1000)).isEqualTo(1);

        assertThat(rows("inventory_sync_item_locations", 1)).isZero();
        assertThat(rows("inventory_sync_item", 1)).isZero();
        assertThat(items.find(2, 11).orElseThrow().locationsJson()).isEqualTo("[{\"locationId\":4,\"onHand\":1}]");
    }

    @ParameterizedTest(name = "{0} products, batches of {1}")
    @CsvSource({"0, 3", "1, 1", "2, 3", "3, 3", "4, 3", "7, 3", "7, 1"})
    void shouldDeleteARunsProductsInBatchesOfAtMostTheLimitLowestIdsFirst(int products, int limit) {
        migrate(null);
        items.insertAll(IntStream.rangeClosed(1, products).mapToObj(id -> item(1, 100 - id, "P" + id, "[]")).toList());
        items.insertAll(List.of(item(2, 1, "Other", "[]")));

        List<Integer> batches = new ArrayList<>();
        int deleted;
        do {
            long lowestLeft = items.findByState(1, ItemState.PLANNED).stream().mapToLong(SyncItem::productId).min()
                    .orElse(0);
            deleted = items.deleteFirst(1, limit);
            batches.add(deleted);
            if (deleted > 0) {
                assertThat(items.find(1, lowestLeft)).isEmpty();
            }
            assertThat(rows("inventory_sync_item_locations", 1)).isEqualTo(rows("inventory_sync_item", 1));
        } while (deleted > 0 && batches.size() <= products + 1);

        assertThat(batches).last().isEqualTo(0);
        assertThat(batches.subList(0, batches.size() - 1)).allSatisfy(n -> assertThat(n).isBetween(1, limit))
                .hasSize((products + limit - 1) / limit);
        assertThat(rows("inventory_sync_item", 1)).isZero();
        assertThat(rows("inventory_sync_item", 2)).isEqualTo(1);
    }

    @Test
    void shouldMoveTheLocationsOfARunInFlightWhenTheDatabaseIsUpgraded() {
        migrate("30");
        jdbc.sql("INSERT INTO inventory_sync_item (run_id, product_id, product_name, qb_name, name_key,"
                        + " autotask_on_hand, excluded, target, locations, create_sent, adjust_sent, state)"
                        + " VALUES (5, 77, 'Dock', 'Dock', 'dock', 3, 0, 3, '[{\"locationId\":9,\"onHand\":3}]',"
                        + " FALSE, FALSE, 'PLANNED')")
                .update();

        migrate(null);

        assertThat(items.find(5, 77).orElseThrow().locationsJson()).isEqualTo("[{\"locationId\":9,\"onHand\":3}]");
        assertThat(items.findByName(5, "DOCK")).map(SyncItem::productId).contains(77L);
    }

    @Test
    void shouldMoveTheNameKeysOfARunInFlightWhenTheDatabaseIsUpgraded() {
        migrate("54");
        jdbc.sql("INSERT INTO inventory_sync_item (run_id, product_id, product_name, qb_name, name_key,"
                        + " autotask_on_hand, excluded, target, create_sent, adjust_sent, state)"
                        + " VALUES (6, 78, 'Cable', 'Cable', 'cable', 2, 0, 2, FALSE, TRUE, 'ADJUSTING')")
                .update();
        jdbc.sql("INSERT INTO inventory_sync_item_locations (run_id, product_id, locations) VALUES (6, 78, '[]')")
                .update();

        migrate(null);

        SyncItem item = items.findByName(6, "cable").orElseThrow();
        assertThat(item.productId()).isEqualTo(78);
        assertThat(item.state()).isEqualTo(ItemState.ADJUSTING);
        assertThat(item.adjustSent()).isTrue();
        assertThat(item.locationsJson()).isEqualTo("[]");
    }

    @Test
    void shouldFindAProductByItsNameKeyAfterItsRowMovedOnButNotOnceItIsDone() {
        migrate(null);
        items.insertAll(List.of(item(1, 11, "Dock", "[]"), item(1, 12, "Cable", "[]"), item(2, 11, "Dock", "[]")));

        items.update(List.of(items.find(1, 11).orElseThrow().linked("80000001-1", null)));
        assertThat(items.findByName(1, "dock")).map(SyncItem::listId).contains("80000001-1");
        assertThat(items.findByName(2, "DOCK")).map(SyncItem::listId).isEmpty();

        items.update(List.of(items.find(1, 11).orElseThrow().done("UNCHANGED", null)));
        assertThat(items.findByName(1, "Dock")).isEmpty();
        assertThat(items.findByName(1, "Cable")).map(SyncItem::productId).contains(12L);
        assertThat(items.findByName(1, "Toner")).isEmpty();
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .target(target == null ? MigrationVersion.LATEST : MigrationVersion.fromVersion(target)).load()
                .migrate();
    }

    private long rows(String table, long runId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE run_id = :run").param("run", runId)
                .query(Long.class).single();
    }

    private static SyncItem item(long runId, long productId, String name, String locations) {
        return new SyncItem(runId, productId, name, QuickBooksNames.itemName(name), 2, 0, 2, locations, null, null,
                false, false, ItemState.PLANNED, null, null);
    }
}
