package io.atqb.sync;

import io.atqb.system.LoadClaimTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The claims on the runs' Autotask pulls, one per run, and the database clock their leases run on. */
@Repository
class LoadClaimRepository extends LoadClaimTable {

    LoadClaimRepository(JdbcClient jdbc) {
        super(jdbc, "inventory_sync_load_claim", "run_id");
    }
}
