package io.atqb.console;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/inventory-sync/runs/{id}/history.csv} (CONTRACT 5/8): the whole history of a run as CSV. */
@RestController
class HistoryCsvController {

    private final HistoryExport export;

    HistoryCsvController(HistoryExport export) {
        this.export = export;
    }

    @GetMapping("/api/inventory-sync/runs/{id}/history.csv")
    void csv(@PathVariable long id, HttpServletResponse response) throws IOException {
        export.write(id, HistoryFilter.none(), response);
    }
}
