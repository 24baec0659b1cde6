package io.atqb.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The settings the service adds to an H2 URL: durable commits on a file database, 64 parsed statements per session
 * on any H2 database; a URL that sets either keeps its own; other databases are left alone.
 */
class H2UrlSettingsTest {

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:file:./data/atqb", "jdbc:h2:./data/atqb;AUTO_SERVER=TRUE",
            "JDBC:H2:file:/srv/atqb/atqb"})
    void shouldMakeCommitsDurableOnAnH2FileDatabase(String url) {
        assertThat(H2UrlSettings.durable(url)).isEqualTo(url + ";WRITE_DELAY=0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:mem:atqb;DB_CLOSE_DELAY=-1", "jdbc:h2:file:./data/atqb;WRITE_DELAY=0",
            "jdbc:h2:file:./data/atqb;write_delay=500", "jdbc:postgresql://db.example:5432/atqb", ""})
    void shouldLeaveTheWriteDelayOfAMemoryDatabaseAUrlThatSetsItAndOtherDatabases(String url) {
        assertThat(H2UrlSettings.durable(url)).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:mem:atqb;DB_CLOSE_DELAY=-1", "jdbc:h2:file:./data/atqb",
            "jdbc:h2:file:./data/atqb;WRITE_DELAY=0", "JDBC:H2:file:/srv/atqb/atqb"})
    void shouldAddTheStatementCacheToAnyH2Url(String url) {
        assertThat(H2UrlSettings.withStatementCache(url)).isEqualTo(url + ";QUERY_CACHE_SIZE=64");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:mem:atqb;QUERY_CACHE_SIZE=8", "jdbc:h2:file:./data/atqb;query_cache_size=0",
            "jdbc:h2:file:./data/atqb; Query_Cache_Size =16;WRITE_DELAY=0"})
    void shouldKeepTheStatementCacheAUrlSetsItself(String url) {
        assertThat(H2UrlSettings.withStatementCache(url)).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql://db.example:5432/atqb", "jdbc:postgresql://h/atqb?QUERY_CACHE_SIZE=1",
            "", "jdbc:h2"})
    void shouldLeaveTheStatementCacheOfOtherDatabasesAlone(String url) {
        assertThat(H2UrlSettings.withStatementCache(url)).isEqualTo(url);
    }

    @Test
    void shouldOpenAFileDatabaseWithBothSettings(@TempDir Path dir) throws SQLException {
        try (HikariDataSource pool = pool("jdbc:h2:file:" + dir.resolve("atqb"))) {
            Object processed = new H2UrlSettings().postProcessAfterInitialization(pool, "dataSource");

            assertThat(processed).isSameAs(pool);
            assertThat(pool.getJdbcUrl()).endsWith(";WRITE_DELAY=0;QUERY_CACHE_SIZE=64");
            assertThat(setting(pool, "WRITE_DELAY")).isEqualTo("0");
            assertThat(setting(pool, "QUERY_CACHE_SIZE")).isEqualTo("64");
        }
    }

    @Test
    void shouldOpenAMemoryDatabaseWithTheStatementCacheOnly() throws SQLException {
        try (HikariDataSource pool = pool("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
            new H2UrlSettings().postProcessAfterInitialization(pool, "dataSource");

            assertThat(pool.getJdbcUrl()).endsWith(";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=64");
            assertThat(setting(pool, "QUERY_CACHE_SIZE")).isEqualTo("64");
        }
    }

    @Test
    void shouldLeaveBeansThatAreNotAPoolAlone() {
        Object bean = new Object();

        assertThat(new H2UrlSettings().postProcessAfterInitialization(bean, "other")).isSameAs(bean);
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("sa");
        pool.setPassword("");
        return pool;
    }

    private static String setting(HikariDataSource pool, String name) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                     + " WHERE SETTING_NAME = '" + name + "'")) {
            assertThat(rs.next()).as(name).isTrue();
            return rs.getString(1);
        }
    }
}
