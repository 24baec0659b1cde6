package io.atqb.console;

import static io.atqb.console.ConsolePagesTest.admin;
import static io.atqb.console.ConsolePagesTest.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.atqb.AdminApi;
import io.atqb.ServiceTest;
import io.atqb.connector.ConnectorAccounts;
import io.atqb.connector.ConnectorRequests.NewConnector;
import io.atqb.connector.WebConnectorService;
import io.atqb.history.HistoryEntry;
import io.atqb.history.HistoryRecorder;
import io.atqb.history.SyncRun;
import io.atqb.history.SyncRunRepository;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/** The Inventory Synchronization History pages and the CSV, over a run whose history a test wrote. */
@ServiceTest
@AutoConfigureMockMvc
@DirtiesContext
class HistoryPagesTest {

    static final int WIDGETS = 60;

    @Autowired
    MockMvc mvc;
    @Autowired
    WebConnectorService connectors;
    @Autowired
    SyncRunRepository runs;
    @Autowired
    HistoryRecorder recorder;
    @Autowired
    TransactionTemplate transaction;

    static long runId;

    @BeforeEach
    void writeOneRunOnce() {
        if (runId != 0 && runs.find(runId).isPresent()) {
            return;
        }
        long connector = connectors.findDefault().orElseGet(() -> connectors.create(new NewConnector("Main",
                "qb-history", "long-enough-1", "", 15, ConnectorAccounts.defaults()))).id();
        Instant start = Instant.parse("2026-03-05T10:00:00Z");
        long run = runs.create(connector, "ADMIN_API", start);
        List<HistoryEntry> entries = new ArrayList<>();
        for (int i = 1; i <= WIDGETS; i++) {
            entries.add(new HistoryEntry(run, HistoryEntry.Severity.INFO, HistoryEntry.Action.UNCHANGED,
                    String.format("Widget %02d", i), 100L + i, "LIST-" + i, 5L,
                    List.of(new HistoryEntry.LocationOnHand(1, "Main Warehouse", 5)), new BigDecimal("5"),
                    new BigDecimal("5"), null, null, null));
        }
        entries.add(new HistoryEntry(run, HistoryEntry.Severity.INFO, HistoryEntry.Action.ADJUSTED, "Cable, Cat6 3m",
                12L, "LIST-C", 160L, List.of(new HistoryEntry.LocationOnHand(1, "Main Warehouse", 120),
                new HistoryEntry.LocationOnHand(2, "Service Van", 40)), new BigDecimal("150"), new BigDecimal("160"),
                null, null, null));
        entries.add(new HistoryEntry(run, HistoryEntry.Severity.ERROR, HistoryEntry.Action.NOT_SYNCED,
                "=HYPERLINK(\"http://evil\",\"Espresso\")", 15L, null, null, null, null, null, 31L, -2L,
                "Receipt 64 of -2 (cancelled) on PO-1001\ncame after the transfer"));
        entries.add(new HistoryEntry(run, HistoryEntry.Severity.ERROR, HistoryEntry.Action.FAILED, "100% Cotton_Rag",
                22L, null, 3L, List.of(), null, null, null, null, "QuickBooks refused the name"));
        transaction.executeWithoutResult(status -> recorder.record(entries));
        runs.finish(run, SyncRun.Status.COMPLETED_WITH_ERRORS, SyncRun.Phase.DONE, "done",
                start.plusSeconds(125));
        runId = run;
    }

    @Test
    void shouldListTheRunWithTriggerStatusCountsAndDuration() throws Exception {
        Document runsPage = page(mvc.perform(get("/inventory-sync/history").with(admin()))
                .andExpect(status().isOk()).andReturn());
        String row = runsPage.select("tr[data-run=" + runId + "]").text();
        assertThat(row).contains("ADMIN_API").contains("COMPLETED_WITH_ERRORS").contains("2 min 5 s");
        assertThat(runsPage.select("tr[data-run=" + runId + "] td.num").eachText())
                .containsExactly("1", "0", "60", "1", "1");
    }

    @Test
    void shouldAnswerAnUnknownRunWithA404PageAndItsCsvWithA404() throws Exception {
        Document missing = page(mvc.perform(get("/inventory-sync/history/999999").with(admin()))
                .andExpect(status().isNotFound()).andReturn());
        assertThat(missing.select("p.problem").text()).contains("No inventory sync run with id 999999");
        mvc.perform(get("/inventory-sync/history/999999/history.csv").with(admin())).andExpect(status().isNotFound());
        mvc.perform(get("/inventory-sync/history/" + runId)).andExpect(status().is3xxRedirection());
    }

    @Test
    void shouldShowFiftyEntriesAPageInWritingOrder() throws Exception {
        Document first = page(mvc.perform(get("/inventory-sync/history/" + runId).with(admin()))
                .andExpect(status().isOk()).andReturn());
        assertThat(first.select("#entries tbody tr")).hasSize(HistoryPagesController.PAGE_SIZE);
        assertThat(first.select("#entries .item-name").first().text()).isEqualTo("Widget 01");
        assertThat(first.select("#entry-count").text()).startsWith("63 ");
        assertThat(first.select("#prev-page")).isEmpty();
        assertThat(first.select("#next-page").attr("href")).isEqualTo("/inventory-sync/history/" + runId + "?page=2");
        assertThat(first.select("#download-csv").attr("href"))
                .isEqualTo("/inventory-sync/history/" + runId + "/history.csv");

        Document second = page(mvc.perform(get("/inventory-sync/history/" + runId).param("page", "2").with(admin()))
                .andExpect(status().isOk()).andReturn());
        assertThat(second.select("#entries tbody tr")).hasSize(13);
        assertThat(second.select("#next-page")).isEmpty();
        assertThat(second.select("#entries .item-name").last().text()).isEqualTo("100% Cotton_Rag");

        mvc.perform(get("/inventory-sync/history/" + runId).param("page", "3").with(admin()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/inventory-sync/history/" + runId).param("page", "0").with(admin()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void shouldFilterByActionAndSeverity() throws Exception {
        Document notSynced = page(mvc.perform(get("/inventory-sync/history/" + runId).param("action", "NOT_SYNCED")
                .with(admin())).andExpect(status().isOk()).andReturn());
        assertThat(notSynced.select("#entries tbody tr").eachAttr("data-action")).containsExactly("NOT_SYNCED");

        Document errors = page(mvc.perform(get("/inventory-sync/history/" + runId).param("severity", "error")
                .with(admin())).andExpect(status().isOk()).andReturn());
        assertThat(errors.select("#entries tbody tr").eachAttr("data-action")).containsExactly("NOT_SYNCED", "FAILED");
        assertThat(errors.select("#download-csv").attr("href"))
                .isEqualTo("/inventory-sync/history/" + runId + "/history.csv?severity=ERROR");
        assertThat(errors.select("#severity option[selected]").text()).isEqualTo("ERROR");

        Document both = page(mvc.perform(get("/inventory-sync/history/" + runId).param("severity", "ERROR")
                .param("action", "ADJUSTED").with(admin())).andExpect(status().isOk()).andReturn());
        assertThat(both.select("#entries tbody tr")).isEmpty();

        mvc.perform(get("/inventory-sync/history/" + runId).param("action", "DELETED").with(admin()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void shouldSearchItemNamesWithoutRegardToCaseAndTakeWildcardsLiterally() throws Exception {
        Document cable = page(mvc.perform(get("/inventory-sync/history/" + runId).param("q", "CAT6")
                .with(admin())).andReturn());
        assertThat(cable.select("#entries .item-name").eachText()).containsExactly("Cable, Cat6 3m");
        assertThat(cable.select("#entries ul.locations li").eachText())
                .containsExactly("Main Warehouse: 120", "Service Van: 40");
        assertThat(cable.select("#entries td.num").eachText()).containsExactly("150", "160");

        Document percent = page(mvc.perform(get("/inventory-sync/history/" + runId).param("q", "0%")
                .with(admin())).andReturn());
        assertThat(percent.select("#entries .item-name").eachText()).containsExactly("100% Cotton_Rag");
        Document underscore = page(mvc.perform(get("/inventory-sync/history/" + runId).param("q", "n_r")
                .with(admin())).andReturn());
        assertThat(underscore.select("#entries .item-name").eachText()).containsExactly("100% Cotton_Rag");
        Document none = page(mvc.perform(get("/inventory-sync/history/" + runId).param("q", "Widget_0")
                .with(admin())).andReturn());
        assertThat(none.select("#entries tbody tr")).isEmpty();
    }

    @Test
    void shouldAnswerTheApiCsvWithEveryEntryEscaped() throws Exception {
        MvcResult result = mvc.perform(get("/api/inventory-sync/runs/" + runId + "/history.csv")
                .with(httpBasic(AdminApi.USER, AdminApi.PASSWORD))).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .contains("attachment").contains("inventory-sync-run-" + runId + "-history.csv");
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(body.split("\r\n"));
        assertThat(lines).hasSize(1 + 63);
        assertThat(lines.get(0)).isEqualTo(String.join(",", HistoryCsv.HEADER));
        assertThat(lines).contains("INFO,ADJUSTED,\"Cable, Cat6 3m\",12,LIST-C,160,"
                + "Main Warehouse: 120; Service Van: 40,150,160,,,");
        assertThat(body).contains("ERROR,NOT_SYNCED,\"'=HYPERLINK(\"\"http://evil\"\",\"\"Espresso\"\")\",15,,,,,,31,-2,"
                + "\"Receipt 64 of -2 (cancelled) on PO-1001\ncame after the transfer\"\r\n");
    }

    @Test
    void shouldKeepTheApiCsvBehindHttpBasic() throws Exception {
        mvc.perform(get("/api/inventory-sync/runs/" + runId + "/history.csv")).andExpect(status().isUnauthorized());
        MvcResult missing = mvc.perform(get("/api/inventory-sync/runs/999999/history.csv")
                .with(httpBasic(AdminApi.USER, AdminApi.PASSWORD))).andExpect(status().isNotFound()).andReturn();
        assertThat(missing.getResponse().getContentAsString()).contains("No inventory sync run with id 999999");
    }

    @Test
    void shouldDownloadThePagesSelectionAsCsv() throws Exception {
        String body = mvc.perform(get("/inventory-sync/history/" + runId + "/history.csv").param("severity", "ERROR")
                        .with(admin())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body.split("\r\n")).hasSize(1 + 2);
        assertThat(body).contains("NOT_SYNCED").contains("FAILED").doesNotContain("Widget");
    }
}
