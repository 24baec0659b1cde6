package io.atqb.purchasing;

import io.atqb.system.LoadClaimTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The claims on the transfer jobs' Autotask reads, one per job, and the database clock their leases run on. */
@Repository
class TransferLoadClaimRepository extends LoadClaimTable {

    TransferLoadClaimRepository(JdbcClient jdbc) {
        super(jdbc, "purchase_order_transfer_load_claim", "job_id");
    }
}
