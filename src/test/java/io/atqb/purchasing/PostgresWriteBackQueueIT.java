package io.atqb.purchasing;

import io.atqb.system.EmbeddedPostgres;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The queue of write-backs on a real PostgreSQL: the limit bound as a parameter, the lease's update. */
class PostgresWriteBackQueueIT extends WriteBackQueueCases {

    @Override
    DataSource dataSource() {
        return new DriverManagerDataSource(EmbeddedPostgres.freshDatabaseUrl(), "postgres", "postgres");
    }
}
