package io.atqb.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every H2 database the service opens keeps 64 parsed statements per session unless its URL says otherwise. */
class H2StatementCacheTest {

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:mem:atqb;DB_CLOSE_DELAY=-1", "jdbc:h2:file:./data/atqb",
            "jdbc:h2:file:./data/atqb;WRITE_DELAY=0", "JDBC:H2:file:/srv/atqb/atqb"})
    void shouldAddTheCacheSizeToAnyH2Url(String url) {
        assertThat(H2StatementCache.withCache(url)).isEqualTo(url + ";QUERY_CACHE_SIZE=64");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:mem:atqb;QUERY_CACHE_SIZE=8", "jdbc:h2:file:./data/atqb;query_cache_size=0",
            "jdbc:h2:file:./data/atqb; Query_Cache_Size =16;WRITE_DELAY=0"})
    void shouldKeepTheSizeAUrlSetsItself(String url) {
        assertThat(H2StatementCache.withCache(url)).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql://db.example:5432/atqb", "jdbc:postgresql://h/atqb?QUERY_CACHE_SIZE=1",
            "", "jdbc:h2"})
    void shouldLeaveOtherDatabasesAlone(String url) {
        assertThat(H2StatementCache.withCache(url)).isEqualTo(url);
    }

    @Test
    void shouldOpenThePoolsH2SessionsWithTheLargerCache() throws SQLException {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            pool.setUsername("sa");
            pool.setPassword("");

            Object processed = new H2StatementCache().postProcessAfterInitialization(pool, "dataSource");

            assertThat(processed).isSameAs(pool);
            assertThat(pool.getJdbcUrl()).endsWith(";QUERY_CACHE_SIZE=64");
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                         + " WHERE SETTING_NAME = 'QUERY_CACHE_SIZE'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("64");
            }
        }
    }

    @Test
    void shouldLeaveBeansThatAreNotAPoolAlone() {
        Object bean = new Object();

        assertThat(new H2StatementCache().postProcessAfterInitialization(bean, "other")).isSameAs(bean);
    }
}
