package io.atqb.console;

import io.atqb.history.SyncRun;
import io.atqb.history.SyncRunRepository;
import io.atqb.system.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Answers a run's history as a CSV download, read and written a thousand entries at a time. */
@Component
class HistoryExport {

    static final String CONTENT_TYPE = "text/csv;charset=UTF-8";
    private static final int CHUNK = 1000;

    private final SyncRunRepository runs;
    private final HistoryBrowser browser;
    private final HistoryCsv csv;

    HistoryExport(SyncRunRepository runs, HistoryBrowser browser, HistoryCsv csv) {
        this.runs = runs;
        this.browser = browser;
        this.csv = csv;
    }

    /** The run, or 404. */
    SyncRun run(long runId) {
        return runs.find(runId).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
                "No inventory sync run with id " + runId));
    }

    void write(long runId, HistoryFilter filter, HttpServletResponse response) throws IOException {
        run(runId);
        response.setContentType(CONTENT_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("inventory-sync-run-" + runId + "-history.csv").build().toString());
        Writer out = response.getWriter();
        csv.header(out);
        long after = 0;
        while (true) {
            List<HistoryBrowser.Row> rows = browser.after(runId, filter, after, CHUNK);
            for (HistoryBrowser.Row row : rows) {
                csv.row(out, row.entry());
            }
            if (rows.size() < CHUNK) {
                break;
            }
            after = rows.get(rows.size() - 1).id();
        }
        out.flush();
    }
}
