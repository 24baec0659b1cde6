package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V3 on H2: the working tables lose their foreign keys and the run_id-only index H2 made for them. */
class WorkingTablesMigrationTest {

    private DataSource dataSource;

    @BeforeEach
    void migrate() {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        WorkingTablesSchema.migrate(dataSource);
    }

    @Test
    void shouldLeaveTheWorkingTablesWithoutForeignKeys() throws Exception {
        for (String table : V3__Working_tables_without_foreign_keys.TABLES) {
            assertThat(WorkingTablesSchema.foreignKeys(dataSource, table)).as(table).isEmpty();
        }
    }

    @Test
    void shouldKeepTheForeignKeysOfTheOtherTables() throws Exception {
        assertThat(WorkingTablesSchema.foreignKeys(dataSource, "inventory_sync_history")).hasSize(1);
        assertThat(WorkingTablesSchema.foreignKeys(dataSource, "inventory_sync_run")).hasSize(1);
    }

    @Test
    void shouldLeaveNoIndexOnTheRunAloneForThePlannerToPick() throws Exception {
        assertThat(WorkingTablesSchema.indexes(dataSource, "inventory_sync_item"))
                .doesNotContain(List.of("run_id"))
                .contains(List.of("run_id", "product_id"), List.of("list_id", "run_id"));
        assertThat(WorkingTablesSchema.indexes(dataSource, "inventory_sync_qb_item")).doesNotContain(List.of("run_id"));
    }
}
