package io.atqb.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atqb.system.MigratedH2;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The receipts a transfer records, on the project's own migrations (H2 in memory). */
class TransferStateRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private JdbcClient jdbc;
    private TransferStateRepository states;

    @BeforeEach
    void database() {
        DriverManagerDataSource dataSource = MigratedH2.migratedWithoutForeignKeys();
        jdbc = JdbcClient.create(dataSource);
        states = new TransferStateRepository(jdbc, new JdbcTemplate(dataSource));
        states.markReady(501, false, NOW);
        states.markReady(502, false, NOW);
    }

    @Test
    void shouldRecordNewReceiptsInOneBatchWithEveryColumnAsGiven() {
        states.insertReceipts(List.of(receipt(9002, 501, TransferStateRepository.StoredReceipt.SENDING, 7L, null),
                receipt(9001, 501, TransferStateRepository.StoredReceipt.SENT, null, "TXN-1"),
                receipt(9003, 502, TransferStateRepository.StoredReceipt.SENDING, 8L, null)), NOW);

        assertThat(states.receipts(501)).containsExactly(
                receipt(9001, 501, TransferStateRepository.StoredReceipt.SENT, null, "TXN-1"),
                receipt(9002, 501, TransferStateRepository.StoredReceipt.SENDING, 7L, null));
        assertThat(states.receipts(502)).extracting(TransferStateRepository.StoredReceipt::receivingId)
                .containsExactly(9003L);
        assertThat(states.purchaseOrderOfReceipt(9003)).contains(502L);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM purchase_order_transfer_receipt WHERE updated_at IS NULL")
                .query(Long.class).single()).isZero();
    }

    @Test
    void shouldLeaveAReceiptAlreadyRecordedToSaveReceiptAndRefuseToRecordItTwice() {
        states.insertReceipts(List.of(receipt(9001, 501, TransferStateRepository.StoredReceipt.SENDING, 7L, null)),
                NOW);

        assertThatThrownBy(() -> states.insertReceipts(List.of(
                receipt(9001, 501, TransferStateRepository.StoredReceipt.SENT, 7L, "TXN-1")), NOW))
                .isInstanceOf(DataIntegrityViolationException.class);
        states.saveReceipt(receipt(9001, 501, TransferStateRepository.StoredReceipt.SENT, 7L, "TXN-1"), NOW);

        assertThat(states.receipts(501)).containsExactly(
                receipt(9001, 501, TransferStateRepository.StoredReceipt.SENT, 7L, "TXN-1"));
    }

    private static TransferStateRepository.StoredReceipt receipt(long receivingId, long purchaseOrderId, String status,
                                                                 Long attemptId, String txnId) {
        return new TransferStateRepository.StoredReceipt(receivingId, purchaseOrderId, receivingId + 100,
                receivingId + 200, (int) (receivingId % 10), status, attemptId, txnId);
    }
}
