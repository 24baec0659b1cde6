package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The kept links on the project's own migrations (H2 in memory): asking for some products answers exactly their
 * links on this connector, whether they are looked up one by one or in one query.
 */
class ItemLinkRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private ItemLinkRepository links;

    @BeforeEach
    void database() {
        DriverManagerDataSource dataSource =
                new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        // the links' own rows only: the connectors they point at are not what is tested here
        jdbc.sql("SET REFERENTIAL_INTEGRITY FALSE").update();
        links = new ItemLinkRepository(jdbc, new JdbcTemplate(dataSource));
        Map<Long, String> first = new HashMap<>();
        Map<Long, String> second = new HashMap<>();
        // connector 1 links the even products 2..200, connector 2 every product 1..200 to other ListIDs
        LongStream.rangeClosed(1, 200).forEach(id -> {
            if (id % 2 == 0) {
                first.put(id, "1-" + id);
            }
            second.put(id, "2-" + id);
        });
        links.save(1, first, NOW);
        links.save(2, second, NOW);
    }

    @ParameterizedTest(name = "{0} products asked")
    @ValueSource(ints = {1, 2, ItemLinkRepository.ONE_BY_ONE - 1, ItemLinkRepository.ONE_BY_ONE,
            ItemLinkRepository.ONE_BY_ONE + 1, 130})
    void shouldAnswerTheLinksOfExactlyTheAskedProductsOnThisConnector(int asked) {
        List<Long> products = LongStream.rangeClosed(1, asked).boxed().toList();

        Map<Long, String> found = links.links(1, products);

        Map<Long, String> expected = new HashMap<>();
        products.stream().filter(id -> id % 2 == 0).forEach(id -> expected.put(id, "1-" + id));
        assertThat(found).isEqualTo(expected);
        assertThat(links.links(2, products)).hasSize(asked).containsEntry(1L, "2-1");
    }

    @Test
    void shouldAnswerNothingForNoProductsOrUnknownOnes() {
        assertThat(links.links(1, List.of())).isEmpty();
        assertThat(links.links(1, List.of(1L, 3L, 999L))).isEmpty();
        assertThat(links.links(3, List.of(2L))).isEmpty();
    }

    @Test
    void shouldAnswerAProductAskedTwiceOnce() {
        List<Long> twice = new ArrayList<>(List.of(4L, 4L, 6L));

        assertThat(links.links(1, twice)).containsExactlyInAnyOrderEntriesOf(Map.of(4L, "1-4", 6L, "1-6"));
    }

    @Test
    void shouldAnswerTheSameAsTheConnectorsWholeSetFiltered() {
        Map<Long, String> all = links.links(1);
        List<Long> products = List.of(2L, 3L, 100L, 150L, 201L);

        Map<Long, String> expected = new HashMap<>();
        products.stream().filter(all::containsKey).forEach(id -> expected.put(id, all.get(id)));
        assertThat(links.links(1, products)).isEqualTo(expected).hasSize(3);
    }
}
