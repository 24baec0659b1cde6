package io.atqb.sync;

import io.atqb.history.SyncRunRepository;
import io.atqb.system.Timestamps;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A migrated database with a connector and runs, and instances' claims on it (each with its own id). */
final class LoadClaimsFixture {

    static final InventorySyncLoadProperties SETTINGS =
            new InventorySyncLoadProperties(Duration.ofSeconds(60), Duration.ofSeconds(15));

    final JdbcClient jdbc;
    final SyncRunRepository runs;
    final LoadClaimRepository claims;
    final TransactionTemplate tx;
    private final long connectorId;

    LoadClaimsFixture(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        runs = new SyncRunRepository(jdbc);
        claims = new LoadClaimRepository(jdbc);
        tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        String name = "claims-" + System.nanoTime();
        Instant now = Instant.now();
        jdbc.sql("INSERT INTO web_connector (name, username, username_key, password_hash, company_file,"
                        + " run_every_minutes, sync_inventory_next, income_account, cogs_account, asset_account,"
                        + " adjustment_account, owner_id, file_id, created_at, updated_at) VALUES (:name, :name, :name,"
                        + " 'x', 'C:\\\\main.qbw', 5, TRUE, 'Income', 'COGS', 'Asset', 'Adjust', '{o}', '{f}', :now, :now)")
                .param("name", name).param("now", Timestamps.toDb(now)).update();
        connectorId = jdbc.sql("SELECT id FROM web_connector WHERE username = :name").param("name", name)
                .query(Long.class).single();
    }

    /** A run that waits for its Autotask snapshot. */
    long loadingRun() {
        return runs.create(connectorId, InventorySyncArming.TRIGGER_ARMED_FLAG, Instant.now());
    }

    InventorySyncLoadClaims instance(String id) {
        return new InventorySyncLoadClaims(runs, claims, tx, SETTINGS, id);
    }

    /** Moves the end of the run's lease to {@code offset} from the database's now (negative: in the past). */
    void leaseEndsIn(long runId, Duration offset) {
        Instant until = claims.databaseNow().plus(offset);
        jdbc.sql("UPDATE inventory_sync_load_claim SET lease_until = :until WHERE run_id = :run")
                .param("until", Timestamps.toDb(until)).param("run", runId).update();
    }

    LoadClaimRepository.LoadClaim claim(long runId) {
        return claims.find(runId).orElseThrow();
    }
}
