package io.atqb.console;

import io.atqb.history.HistoryEntry;
import io.atqb.history.HistoryRepository;
import io.atqb.history.SyncRun;
import io.atqb.history.SyncRunRepository;
import io.atqb.system.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Inventory Synchronization History: the runs, a run's entries (filtered by action and severity, searched by
 * item name, in pages) and the same selection as CSV.
 */
@Controller
class HistoryPagesController {

    static final int PAGE_SIZE = 50;
    static final int RUNS_SHOWN = 100;

    private final SyncRunRepository runs;
    private final HistoryRepository history;
    private final HistoryBrowser browser;
    private final HistoryExport export;

    HistoryPagesController(SyncRunRepository runs, HistoryRepository history, HistoryBrowser browser,
                           HistoryExport export) {
        this.runs = runs;
        this.history = history;
        this.browser = browser;
        this.export = export;
    }

    @GetMapping("/inventory-sync/history")
    String runs(Model model) {
        List<SyncRun> recent = runs.findRecent(RUNS_SHOWN);
        Map<Long, Map<HistoryEntry.Action, Integer>> counts = history.counts(recent.stream().map(SyncRun::id).toList());
        model.addAttribute("runs", recent.stream().map(run -> RunSummary.of(run, counts.get(run.id()))).toList());
        return "console/history";
    }

    @GetMapping("/inventory-sync/history/{runId}")
    String run(@PathVariable long runId, @RequestParam(required = false) String action,
               @RequestParam(required = false) String severity, @RequestParam(required = false) String q,
               @RequestParam(defaultValue = "1") int page, Model model) {
        SyncRun run = export.run(runId);
        HistoryFilter filter = filter(action, severity, q);
        int total = browser.count(runId, filter);
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page < 1 || page > pages) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid 'page': must be from 1 to " + pages);
        }
        model.addAttribute("summary", RunSummary.of(run, history.counts(runId)));
        model.addAttribute("filter", filter);
        model.addAttribute("entries", browser.page(runId, filter, (page - 1) * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("actions", HistoryEntry.Action.values());
        model.addAttribute("severities", HistoryEntry.Severity.values());
        return "console/run";
    }

    @GetMapping("/inventory-sync/history/{runId}/history.csv")
    void csv(@PathVariable long runId, @RequestParam(required = false) String action,
             @RequestParam(required = false) String severity, @RequestParam(required = false) String q,
             HttpServletResponse response) throws IOException {
        export.write(runId, filter(action, severity, q), response);
    }

    /** The page's filter; a blank choice means all, an unknown one is refused. */
    static HistoryFilter filter(String action, String severity, String q) {
        return new HistoryFilter(choice(HistoryEntry.Action.class, "action", action),
                choice(HistoryEntry.Severity.class, "severity", severity), q);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid '" + name + "': '" + value.strip()
                    + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }
}
