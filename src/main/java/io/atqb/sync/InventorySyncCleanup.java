package io.atqb.sync;

import io.atqb.history.SyncRunRepository;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes the working rows of finished runs (their products, per-location counts and QuickBooks picture) behind the
 * {@code inventory-sync-cleanup} route. A run's history stays. The Web Connector's last call of a sync used to wait
 * while tens of thousands of rows were deleted in its transaction; here they go in batches, each its own
 * transaction, and any instance may do it (deleting what another instance deleted already deletes nothing).
 */
@Component("inventorySyncCleanup")
public class InventorySyncCleanup {

    private static final Logger LOG = LoggerFactory.getLogger(InventorySyncCleanup.class);

    private final SyncRunRepository runs;
    private final SyncItemRepository items;
    private final QuickBooksPictureRepository picture;
    private final TransactionTemplate tx;
    private final InventorySyncCleanupProperties properties;

    public InventorySyncCleanup(SyncRunRepository runs, SyncItemRepository items, QuickBooksPictureRepository picture,
                                TransactionTemplate tx, InventorySyncCleanupProperties properties) {
        this.runs = runs;
        this.items = items;
        this.picture = picture;
        this.tx = tx;
        this.properties = properties;
    }

    /** Every finished run whose rows are still there loses them; answers how many runs were cleaned. */
    public int removeFinished() {
        List<Long> finished = runs.findFinishedWithWorkingRows();
        for (long runId : finished) {
            remove(runId);
        }
        return finished.size();
    }

    /** One run's rows, batch by batch (each batch removes at least one product, so this ends), then the mark. */
    void remove(long runId) {
        int products = 0;
        int batch;
        do {
            batch = tx.execute(status -> items.deleteFirst(runId, properties.batchRows()));
            products += batch;
        } while (batch > 0);
        tx.executeWithoutResult(status -> {
            picture.clear(runId);
            runs.markWorkingRowsRemoved(runId);
        });
        LOG.info("Inventory sync run {}: working rows removed ({} products)", runId, products);
    }
}
