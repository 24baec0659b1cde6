package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The kept links on the project's own migrations, for each database: asking for some products answers exactly their
 * links on this connector, in one query or in several.
 */
abstract class ItemLinkRepositoryCases {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    /** Products 1..LINKED: connector 1 links the even ones, connector 2 all of them, to other ListIDs. */
    static final int LINKED = 2 * ItemLinkRepository.PER_QUERY + 100;

    ItemLinkRepository links;
    JdbcClient jdbc;

    /** A fresh database of this kind; the same one for every call of one test. */
    abstract DataSource dataSource();

    /** The links' own rows only: the connectors they point at are not what is tested here. */
    abstract void withoutReferentialIntegrity(JdbcClient jdbc);

    @BeforeEach
    void database() {
        DataSource dataSource = dataSource();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        withoutReferentialIntegrity(jdbc);
        links = new ItemLinkRepository(jdbc, new JdbcTemplate(dataSource));
        Map<Long, String> first = new HashMap<>();
        Map<Long, String> second = new HashMap<>();
        LongStream.rangeClosed(1, LINKED).forEach(id -> {
            if (id % 2 == 0) {
                first.put(id, "1-" + id);
            }
            second.put(id, "2-" + id);
        });
        links.save(1, first, NOW);
        links.save(2, second, NOW);
    }

    @ParameterizedTest(name = "{0} products asked")
    @ValueSource(ints = {1, 2, ItemLinkRepository.PER_QUERY - 1, ItemLinkRepository.PER_QUERY,
            ItemLinkRepository.PER_QUERY + 1, 2 * ItemLinkRepository.PER_QUERY + 1})
    void shouldAnswerTheLinksOfExactlyTheAskedProductsOnThisConnector(int asked) {
        List<Long> products = LongStream.rangeClosed(1, asked).boxed().toList();

        Map<Long, String> found = links.links(1, products);

        Map<Long, String> expected = new HashMap<>();
        products.stream().filter(id -> id % 2 == 0).forEach(id -> expected.put(id, "1-" + id));
        assertThat(found).isEqualTo(expected);
        assertThat(links.links(2, products)).hasSize(asked).containsEntry(1L, "2-1")
                .containsEntry((long) asked, "2-" + asked);
    }

    @Test
    void shouldAnswerNothingForNoProductsOrUnknownOnes() {
        assertThat(links.links(1, List.of())).isEmpty();
        assertThat(links.links(1, List.of(1L, 3L, LINKED + 1L))).isEmpty();
        assertThat(links.links(3, List.of(2L))).isEmpty();
    }

    @Test
    void shouldAnswerAProductAskedTwiceOnceEvenAcrossTheQueryLimit() {
        List<Long> twice = new ArrayList<>(List.of(4L, 4L, 6L));
        LongStream.rangeClosed(1, ItemLinkRepository.PER_QUERY).forEach(id -> twice.add(2L));
        twice.add(8L);

        assertThat(links.links(1, twice))
                .containsExactlyInAnyOrderEntriesOf(Map.of(2L, "1-2", 4L, "1-4", 6L, "1-6", 8L, "1-8"));
    }

    @Test
    void shouldAnswerTheSameAsTheConnectorsWholeSetFiltered() {
        Map<Long, String> all = links.links(1);
        List<Long> products = List.of(2L, 3L, 100L, 150L, LINKED + 1L);

        Map<Long, String> expected = new HashMap<>();
        products.stream().filter(all::containsKey).forEach(id -> expected.put(id, all.get(id)));
        assertThat(links.links(1, products)).isEqualTo(expected).hasSize(3);
    }
}
