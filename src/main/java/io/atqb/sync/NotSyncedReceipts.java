package io.atqb.sync;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/** Collects the ledger receipts that passed the plan route's filter: received after their PO's transfer. */
@Component("notSyncedReceipts")
class NotSyncedReceipts extends SplitCollector {

    @Override
    boolean qualifies(Exchange part) {
        return part.getMessage().getHeader(SyncRoutes.NOT_SYNCED, false, Boolean.class);
    }
}
