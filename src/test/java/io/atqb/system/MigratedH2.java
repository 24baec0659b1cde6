package io.atqb.system;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** In-memory H2 databases on the project's own migrations, one per test, for the repositories' tests. */
public final class MigratedH2 {

    private MigratedH2() {
    }

    /** A database of its own (a random name, kept while the JVM runs) with every migration applied. */
    public static DriverManagerDataSource migrated() {
        DriverManagerDataSource dataSource =
                new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    /**
     * The same with its foreign keys unchecked, for a test of one table's own rows: the rows they point at (jobs,
     * connectors, runs, attempts) are not what it tests.
     */
    public static DriverManagerDataSource migratedWithoutForeignKeys() {
        DriverManagerDataSource dataSource = migrated();
        JdbcClient.create(dataSource).sql("SET REFERENTIAL_INTEGRITY FALSE").update();
        return dataSource;
    }
}
