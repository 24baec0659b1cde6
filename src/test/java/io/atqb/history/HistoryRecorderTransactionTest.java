package io.atqb.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.ServiceTest;
import io.atqb.connector.ConnectorAccounts;
import io.atqb.connector.ConnectorRequests.NewConnector;
import io.atqb.connector.WebConnectorService;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * History rows are written inside the caller's transaction: they become visible with the caller's commit and
 * disappear with its rollback, so an item's state and its history entry are never half-saved.
 */
@ServiceTest
class HistoryRecorderTransactionTest {

    @Autowired
    HistoryRecorder recorder;
    @Autowired
    SyncRunRepository runs;
    @Autowired
    WebConnectorService connectors;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DataSource dataSource;

    long runId;

    @BeforeEach
    void createRun() {
        long connector = connectors.findDefault().orElseGet(() -> connectors.create(new NewConnector("Main",
                "qb-history-tx", "long-enough-1", "", 15, ConnectorAccounts.defaults()))).id();
        runId = runs.create(connector, "ADMIN_API", Instant.parse("2026-03-05T10:00:00Z"));
    }

    @Test
    void shouldKeepTheRowsOutOfSightOfOtherConnectionsUntilTheCallerCommits() {
        long[] seenBeforeCommit = {-1};
        transaction.executeWithoutResult(status -> {
            recorder.record(List.of(entry("Widget A"), entry("Widget B")));
            seenBeforeCommit[0] = countFromAnotherConnection();
        });

        assertThat(seenBeforeCommit[0]).isZero();
        assertThat(countFromAnotherConnection()).isEqualTo(2);
    }

    @Test
    void shouldRollBackTheRowsWithTheCallersTransaction() {
        transaction.executeWithoutResult(status -> {
            recorder.record(List.of(entry("Widget A"), entry("Widget B"), entry("Widget C")));
            status.setRollbackOnly();
        });

        assertThat(countFromAnotherConnection()).isZero();
    }

    @Test
    void shouldRollBackEveryBatchOfTheTransactionNotOnlyTheLastOne() {
        transaction.executeWithoutResult(status -> {
            recorder.record(List.of(entry("Widget A")));
            recorder.record(List.of(entry("Widget B")));
            status.setRollbackOnly();
        });

        assertThat(countFromAnotherConnection()).isZero();
    }

    private HistoryEntry entry(String name) {
        return new HistoryEntry(runId, HistoryEntry.Severity.INFO, HistoryEntry.Action.UNCHANGED, name, 7L,
                "LIST-7", 5L, List.of(new HistoryEntry.LocationOnHand(1, "Main Warehouse", 5)), BigDecimal.ONE,
                BigDecimal.ONE, null, null, null);
    }

    private long countFromAnotherConnection() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT COUNT(*) FROM inventory_sync_history WHERE run_id = ?")) {
            statement.setLong(1, runId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
