package io.atqb.sync;

import io.atqb.system.EmbeddedPostgres;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The kept links on a real PostgreSQL: the pairs of the whole key bound as row values, one query per limit. */
class PostgresItemLinkRepositoryIT extends ItemLinkRepositoryCases {

    @Override
    DataSource dataSource() {
        // one connection, so the session setting below holds for the whole test
        return new SingleConnectionDataSource(EmbeddedPostgres.freshDatabaseUrl(), "postgres", "postgres", true);
    }

    @Override
    void withoutReferentialIntegrity(JdbcClient jdbc) {
        jdbc.sql("SET session_replication_role = replica").update();
    }
}
