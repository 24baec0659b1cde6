package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The per-session picture of QuickBooks' items on the project's own migrations (H2 in memory). */
class QuickBooksPictureRepositoryTest {

    private QuickBooksPictureRepository picture;

    @BeforeEach
    void migrate() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        picture = new QuickBooksPictureRepository(JdbcClient.create(dataSource), new JdbcTemplate(dataSource));
    }

    @Test
    void shouldKeepEveryIteratorPageOfARun() {
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
        picture.add(1, List.of(item("80000001-1", "Widget", "5"), item("80000002-1", "Gadget", "1")));

        picture.refresh(1, item("80000001-1", "Widget", "7"));

        assertThat(picture.load(1)).hasSize(2)
                .filteredOn(i -> i.listId().equals("80000001-1"))
                .extracting(QuickBooksItem::quantity)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("7"));
    }

    @Test
    void shouldForgetOnlyTheClearedRun() {
        picture.add(1, List.of(item("80000001-1", "Widget", "5")));
        picture.add(2, List.of(item("80000001-1", "Widget", "5")));

        picture.clear(1);

        assertThat(picture.load(1)).isEmpty();
        assertThat(picture.load(2)).hasSize(1);
    }

    private static QuickBooksItem item(String listId, String name, String quantity) {
        return new QuickBooksItem(listId, name, new BigDecimal(quantity), true);
    }
}
