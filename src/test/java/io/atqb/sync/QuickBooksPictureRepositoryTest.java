package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The per-session picture of QuickBooks' items on the project's own migrations (H2 in memory). */
class QuickBooksPictureRepositoryTest {

    private QuickBooksPictureRepository picture;
    private DriverManagerDataSource dataSource;

    @BeforeEach
    void database() {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        picture = new QuickBooksPictureRepository(JdbcClient.create(dataSource), new JdbcTemplate(dataSource));
    }

    void migrate(String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .target(target == null ? "latest" : target).load().migrate();
    }

    @Test
    void shouldKeepEveryIteratorPageOfARun() {
        migrate(null);
        picture.add(1, List.of(item("80000001-1", "Widget", "5"), item("80000002-1", "Gadget & Co", "0")));
        picture.add(1, List.of(item("80000003-1", "Gizmo", "2")));
        picture.add(2, List.of(item("80000001-1", "Widget", "9")));

        assertThat(picture.load(1)).extracting(QuickBooksItem::listId)
                .containsExactlyInAnyOrder("80000001-1", "80000002-1", "80000003-1");
        assertThat(picture.load(2)).extracting(QuickBooksItem::quantity)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("9"));
    }

    @Test
    void shouldReplaceAnItemThatWasReadAgainInsteadOfAddingIt() {
        migrate(null);
        picture.add(1, List.of(item("80000001-1", "Widget", "5"), item("80000002-1", "Gadget", "1")));

        picture.refresh(1, item("80000001-1", "Widget", "7"));

        assertThat(picture.load(1)).hasSize(2)
                .filteredOn(i -> i.listId().equals("80000001-1"))
                .extracting(QuickBooksItem::quantity)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("7"));
    }

    @Test
    void shouldForgetOnlyTheClearedRun() {
        migrate(null);
        picture.add(1, List.of(item("80000001-1", "Widget", "5")));
        picture.add(2, List.of(item("80000001-1", "Widget", "5")));

        picture.clear(1);

        assertThat(picture.load(1)).isEmpty();
        assertThat(picture.load(2)).hasSize(1);
    }

    @Test
    void shouldKeepPagesLargerThanAChunkInTheOrderTheyWereReadWithTheLatestReadOfEachItem() {
        migrate(null);
        List<QuickBooksItem> first = IntStream.range(0, 600).mapToObj(i -> item("A-" + i, "Item " + i, "1")).toList();
        List<QuickBooksItem> second = IntStream.range(0, 300).mapToObj(i -> item("B-" + i, "Other " + i, "2")).toList();
        picture.add(1, first);
        picture.add(1, second);
        picture.refresh(1, item("A-599", "Item 599", "8"));

        List<QuickBooksItem> loaded = picture.load(1);

        assertThat(loaded).hasSize(900);
        assertThat(loaded.subList(0, 600)).extracting(QuickBooksItem::listId)
                .containsExactlyElementsOf(first.stream().map(QuickBooksItem::listId).toList());
        assertThat(loaded.get(599).quantity()).isEqualByComparingTo("8");
        assertThat(loaded.get(600).listId()).isEqualTo("B-0");
        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "SELECT COUNT(*) FROM inventory_sync_qb_chunk WHERE run_id = 1", Integer.class)).isEqualTo(3 + 2 + 1);
    }

    @Test
    void shouldMoveThePictureOfASessionInFlightIntoChunksWhenTheDatabaseIsUpgraded() {
        migrate("51");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (int i = 0; i < 260; i++) {
            jdbc.update("INSERT INTO inventory_sync_qb_item (run_id, list_id, full_name, name_key, quantity,"
                    + " is_active) VALUES (7, ?, ?, ?, ?, ?)", String.format("L%03d", i), "Item " + i, "item " + i,
                    i == 0 ? null : new BigDecimal(i + ".5"), i % 2 == 0);
        }
        jdbc.update("INSERT INTO inventory_sync_qb_item (run_id, list_id, full_name, name_key, quantity, is_active)"
                + " VALUES (8, 'L1', 'Dock', 'dock', 3, TRUE)");

        migrate(null);

        List<QuickBooksItem> seven = picture.load(7);
        assertThat(seven).hasSize(260);
        assertThat(seven.get(0)).isEqualTo(new QuickBooksItem("L000", "Item 0", null, true));
        assertThat(seven.get(259).quantity()).isEqualByComparingTo("259.5");
        assertThat(seven.get(259).active()).isFalse();
        assertThat(picture.load(8)).extracting(QuickBooksItem::fullName).containsExactly("Dock");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE LOWER(TABLE_NAME) = 'inventory_sync_qb_item'", Integer.class)).isZero();
    }

    private static QuickBooksItem item(String listId, String name, String quantity) {
        return new QuickBooksItem(listId, name, new BigDecimal(quantity), true);
    }
}
