package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The kept links on H2 in memory, and the key H2 finds them by. */
class ItemLinkRepositoryTest extends ItemLinkRepositoryCases {

    @Override
    DataSource dataSource() {
        return new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Override
    void withoutReferentialIntegrity(JdbcClient jdbc) {
        jdbc.sql("SET REFERENTIAL_INTEGRITY FALSE").update();
    }

    @Test
    void shouldFindAProductsLinksOnThePrimaryKeyNotByReadingTheConnectorsLinks() {
        String plan = jdbc.sql("EXPLAIN " + ItemLinkRepository.LINKS_BY_KEY)
                .param("keys", List.of(new Object[] {1L, 2L}, new Object[] {1L, 4L}, new Object[] {1L, 6L}))
                .query(String.class).single();

        // the index condition is every pair (with only the connector as its condition, H2 reads all its links)
        assertThat(plan).containsPattern("/\\* PUBLIC\\.PRIMARY_KEY_\\w+: +"
                + "IN\\(ROW \\(\\?1, \\?2\\), ROW \\(\\?3, \\?4\\), ROW \\(\\?5, \\?6\\)\\) \\*/");
    }
}
