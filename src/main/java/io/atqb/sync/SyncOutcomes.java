package io.atqb.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.history.HistoryEntry;
import io.atqb.history.HistoryRecorder;
import io.atqb.history.StoredLocations;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** Records final item outcomes: the item row and its history entry, together. */
@Component
public class SyncOutcomes {

    private final SyncItemRepository items;
    private final HistoryRecorder history;
    private final ObjectMapper json;

    public SyncOutcomes(SyncItemRepository items, HistoryRecorder history, ObjectMapper json) {
        this.items = items;
        this.history = history;
        this.json = json;
    }

    /** Saves these item changes; those that became DONE also get their history entry. */
    public void save(Collection<SyncItem> changed) {
        if (changed.isEmpty()) {
            return;
        }
        items.update(changed);
        List<HistoryEntry> entries = new ArrayList<>();
        for (SyncItem item : changed) {
            if (item.state() == ItemState.DONE) {
                entries.add(entry(item));
            }
        }
        history.record(entries);
    }

    public void save(SyncItem changed) {
        save(List.of(changed));
    }

    /** Every product of the run gets its final state; used when products are final at plan time. */
    public HistoryEntry entry(SyncItem item) {
        HistoryEntry.Action action = HistoryEntry.Action.valueOf(item.outcome());
        boolean failed = action == HistoryEntry.Action.FAILED;
        BigDecimal after = failed ? item.qbBefore() : item.targetQuantity();
        return new HistoryEntry(item.runId(), failed ? HistoryEntry.Severity.ERROR : HistoryEntry.Severity.INFO,
                action, item.productName(), item.productId(), item.listId(), item.autotaskOnHand(),
                new StoredLocations(item.locationsJson(), json), item.qbBefore(), after, null, null, item.message());
    }
}
