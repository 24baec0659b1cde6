package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.system.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V3 on a real PostgreSQL server, migrating a new database from scratch. */
class PostgresWorkingTablesMigrationIT {

    @Test
    void shouldLeaveTheWorkingTablesWithoutForeignKeysOnPostgreSql() throws Exception {
        DriverManagerDataSource dataSource =
                new DriverManagerDataSource(EmbeddedPostgres.freshDatabaseUrl(), "postgres", "postgres");

        WorkingTablesSchema.migrate(dataSource);

        for (String table : V3__Working_tables_without_foreign_keys.TABLES) {
            assertThat(WorkingTablesSchema.foreignKeys(dataSource, table)).as(table).isEmpty();
        }
        assertThat(WorkingTablesSchema.foreignKeys(dataSource, "inventory_sync_history")).hasSize(1);
    }
}
