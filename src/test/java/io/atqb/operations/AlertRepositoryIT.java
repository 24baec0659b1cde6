package io.atqb.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.system.EmbeddedPostgres;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The raised alert conditions on both databases, migrated from scratch: raised once until cleared, across restarts. */
class AlertRepositoryIT {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    static Stream<Arguments> databases() {
        return Stream.of(
                Arguments.of("H2", "jdbc:h2:mem:alerts-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""),
                Arguments.of("PostgreSQL", EmbeddedPostgres.freshDatabaseUrl(), "postgres", "postgres"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldRaiseAConditionOnceUntilItIsClearedAlsoForANewInstance(String name, String url, String user,
                                                                      String password) {
        DataSource database = new DriverManagerDataSource(url, user, password);
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        AlertRepository first = new AlertRepository(JdbcClient.create(database));
        AlertRepository afterRestart = new AlertRepository(JdbcClient.create(database));

        boolean raised = first.raise("qbwc-silent:1", "qbwc-silent", "QBWC silent for 25 h", NOW);
        boolean raisedAgain = afterRestart.raise("qbwc-silent:1", "qbwc-silent", "QBWC silent for 26 h", NOW);
        boolean other = first.raise("autotask-budget", "purchase-order-transfer-completed-with-errors", "x".repeat(600),
                NOW);

        assertThat(raised).isTrue();
        assertThat(raisedAgain).isFalse();
        assertThat(other).isTrue();
        assertThat(afterRestart.raised()).containsExactly("autotask-budget", "qbwc-silent:1");
        assertThat(afterRestart.clear("qbwc-silent:1")).isTrue();
        assertThat(first.clear("qbwc-silent:1")).isFalse();
        assertThat(first.raise("qbwc-silent:1", "qbwc-silent", "QBWC silent for 24 h", NOW)).isTrue();
    }
}
