package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.atqb.ServiceTest;
import io.atqb.autotask.AutotaskSnapshot;
import io.atqb.autotask.LedgerReceipt;
import io.atqb.connector.ConnectorAccounts;
import io.atqb.connector.ConnectorRequests.NewConnector;
import io.atqb.connector.WebConnectorService;
import io.atqb.history.SyncRun;
import io.atqb.history.SyncRunRepository;
import io.atqb.quickbooks.QuickBooksNames;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The plan locks its run only at the end; when the run left LOADING while the rows were being written (another
 * instance planned first), the plan's rows and history entries are rolled back, never left beside the other plan.
 */
@ServiceTest
class InventorySyncPlanSupersededTest {

    @Autowired
    InventorySyncPlanner planner;
    @MockitoSpyBean
    SyncRunRepository runs;
    @Autowired
    WebConnectorService connectors;
    @Autowired
    JdbcClient jdbc;

    final AutotaskSnapshot snapshot = mock(AutotaskSnapshot.class);
    long runId;

    @BeforeEach
    void loadingRun() {
        long connector = connectors.findDefault().orElseGet(() -> connectors.create(new NewConnector("Main",
                "qb-plan-superseded", "long-enough-1", "", 15, ConnectorAccounts.defaults()))).id();
        runId = runs.create(connector, "ADMIN_API", Instant.parse("2026-03-05T10:00:00Z"));
        when(snapshot.transferredPurchaseOrders()).thenReturn(Map.of(31L, Instant.parse("2026-03-01T00:00:00Z")));
        when(snapshot.product(15L)).thenReturn(Optional.empty());
    }

    @Test
    void shouldWriteThePlanAndMakeTheRunReadyWhenItIsStillLoading() {
        int saved = planner.save(List.of(item(1, "Dock"), item(2, "Cable")), runId, snapshot, List.of(receipt()));

        assertThat(saved).isEqualTo(2);
        assertThat(itemRows()).isEqualTo(2);
        assertThat(historyRows()).isEqualTo(1);
        assertThat(runs.find(runId).orElseThrow().phase()).isEqualTo(SyncRun.Phase.READY);
    }

    @Test
    void shouldRollBackEveryRowWhenTheRunLeftLoadingWhileThePlanWasWritten() {
        SyncRun loading = runs.find(runId).orElseThrow();
        doReturn(new SyncRun(runId, loading.connectorId(), loading.trigger(), loading.status(),
                SyncRun.Phase.READY, loading.startedAt(), null, null, 0)).when(runs).lock(runId);

        int saved = planner.save(List.of(item(1, "Dock"), item(2, "Cable")), runId, snapshot, List.of(receipt()));

        assertThat(saved).isZero();
        assertThat(itemRows()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inventory_sync_item_locations WHERE run_id = :run")
                .param("run", runId).query(Long.class).single()).isZero();
        assertThat(historyRows()).isZero();
        assertThat(runs.find(runId).orElseThrow().phase()).isEqualTo(SyncRun.Phase.LOADING);
    }

    @Test
    void shouldWriteNothingWhenTheRunIsNoLongerLoadingAtTheStart() {
        runs.setPhase(runId, SyncRun.Phase.READY);

        assertThat(planner.save(List.of(item(1, "Dock")), runId, snapshot, List.of(receipt()))).isZero();

        assertThat(itemRows()).isZero();
        assertThat(historyRows()).isZero();
    }

    private SyncItem item(long productId, String name) {
        return new SyncItem(runId, productId, name, QuickBooksNames.itemName(name), 3, 0, 3, "[]", null, null,
                false, false, ItemState.PLANNED, null, null);
    }

    private static LedgerReceipt receipt() {
        return new LedgerReceipt(64, 31, "PO-1001", 77, 15, 1L, 2, Instant.parse("2026-03-02T00:00:00Z"));
    }

    private long itemRows() {
        return jdbc.sql("SELECT COUNT(*) FROM inventory_sync_item WHERE run_id = :run").param("run", runId)
                .query(Long.class).single();
    }

    private long historyRows() {
        return jdbc.sql("SELECT COUNT(*) FROM inventory_sync_history WHERE run_id = :run").param("run", runId)
                .query(Long.class).single();
    }
}
