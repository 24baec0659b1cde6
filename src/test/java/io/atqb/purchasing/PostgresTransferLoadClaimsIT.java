package io.atqb.purchasing;

import io.atqb.system.EmbeddedPostgres;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The transfer jobs' read claims on a real PostgreSQL (its row locks and clock): one instance per read, the lease's
 * edges, and two racing loaders of which exactly one reads each job.
 */
class PostgresTransferLoadClaimsIT extends TransferLoadClaimsTest {

    @Override
    DriverManagerDataSource dataSource() {
        return new DriverManagerDataSource(EmbeddedPostgres.freshDatabaseUrl(), "postgres", "postgres");
    }
}
