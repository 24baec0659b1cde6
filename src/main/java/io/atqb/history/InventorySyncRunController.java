package io.atqb.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.atqb.system.ApiException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The admin API for complete inventory sync runs and their Inventory Synchronization History. */
@RestController
@RequestMapping("/api/inventory-sync/runs")
class InventorySyncRunController {

    private final SyncRunRepository runs;
    private final HistoryRepository history;

    InventorySyncRunController(SyncRunRepository runs, HistoryRepository history) {
        this.runs = runs;
        this.history = history;
    }

    @GetMapping
    List<RunView> list(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid 'limit': must be from 1 to 1000");
        }
        List<SyncRun> recent = runs.findRecent(limit);
        Map<Long, Map<HistoryEntry.Action, Integer>> counts = history.counts(recent.stream().map(SyncRun::id).toList());
        return recent.stream().map(run -> RunView.of(run, counts.get(run.id()))).toList();
    }

    @GetMapping("/{id}")
    RunView get(@PathVariable long id) {
        SyncRun run = runs.find(id).orElseThrow(() -> notFound(id));
        return RunView.of(run, history.counts(id));
    }

    @GetMapping("/{id}/history")
    List<EntryView> history(@PathVariable long id, @RequestParam(defaultValue = "0") int offset,
                            @RequestParam(defaultValue = "1000000") int limit) {
        runs.find(id).orElseThrow(() -> notFound(id));
        if (offset < 0 || limit < 1) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid 'offset' or 'limit'");
        }
        return history.entries(id, offset, limit).stream().map(EntryView::of).toList();
    }

    private static ApiException notFound(long id) {
        return new ApiException(HttpStatus.NOT_FOUND, "No inventory sync run with id " + id);
    }

    record Counts(int adjusted, int created, int unchanged, int notSynced, int failed) {
    }

    record RunView(long id, long connectorId, String trigger, SyncRun.Status status, Instant startedAt,
                   Instant finishedAt, Counts counts, String message) {

        static RunView of(SyncRun run, Map<HistoryEntry.Action, Integer> counts) {
            return new RunView(run.id(), run.connectorId(), run.trigger(), run.status(), run.startedAt(),
                    run.finishedAt(), new Counts(counts.get(HistoryEntry.Action.ADJUSTED),
                    counts.get(HistoryEntry.Action.CREATED), counts.get(HistoryEntry.Action.UNCHANGED),
                    counts.get(HistoryEntry.Action.NOT_SYNCED), counts.get(HistoryEntry.Action.FAILED)),
                    run.message());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record EntryView(String severity, String action, String itemName, Long autotaskProductId,
                     String quickbooksListId, Long autotaskOnHand, List<HistoryEntry.LocationOnHand> locations,
                     java.math.BigDecimal quickbooksBefore, java.math.BigDecimal quickbooksAfter,
                     Long purchaseOrderId, Long quantity, String message) {

        static EntryView of(HistoryEntry e) {
            return new EntryView(e.severity().name(), e.action().name(), e.itemName(), e.autotaskProductId(),
                    e.quickbooksListId(), e.autotaskOnHand(), e.locations(), e.quickbooksBefore(),
                    e.quickbooksAfter(), e.purchaseOrderId(), e.quantity(), e.message());
        }
    }
}
