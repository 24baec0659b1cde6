package io.atqb.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.atqb.autotask.AutotaskPurchasing;
import io.atqb.autotask.WriteBackResult;
import io.atqb.system.MigratedH2;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writing the queued write-backs (H2 in memory, Autotask stubbed): each once, oldest first, all due in one look a
 * batch at a time; one held by another instance waits for its lease; a refused or failed write is a warning on the
 * transfer and leaves the queue; a write-back whose warning could not be saved stays queued.
 */
class TransferWriteBacksTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final int BATCH = 3;

    private final AutotaskPurchasing autotask = mock(AutotaskPurchasing.class);
    private WriteBackQueueRepository queue;
    private TransferStateRepository states;
    private TransactionTemplate tx;

    @BeforeEach
    void database() {
        DriverManagerDataSource dataSource = MigratedH2.migratedWithoutForeignKeys();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        queue = new WriteBackQueueRepository(jdbc);
        states = new TransferStateRepository(jdbc, new JdbcTemplate(dataSource));
        tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        when(autotask.writeExternalPoNumber(anyLong(), anyString())).thenReturn(WriteBackResult.accepted());
    }

    private TransferWriteBacks writeBacksAt(Instant now) {
        return new TransferWriteBacks(autotask, states, queue,
                new PurchasingWriteBackProperties(Duration.ofSeconds(1), LEASE, BATCH), tx,
                Clock.fixed(now, ZoneOffset.UTC));
    }

    /** A PO transferred for the first time, as the transfer leaves it before its write-back. */
    private WriteBack transferred(long po) {
        states.markReady(po, false, NOW);
        long attempt = states.createAttempt(po, 1, TransferAttempt.Kind.ADD, NOW);
        states.finishAttempt(attempt, TransferAttempt.Status.SUCCEEDED, "TXN-" + po, null, NOW);
        states.setStatus(po, TransferStatus.TRANSFERRED, null, NOW);
        return new WriteBack(po, attempt, "PO-" + po);
    }

    @Test
    void shouldWriteEachQueuedWriteBackOnceOldestFirstAndEmptyTheQueue() {
        for (long po = 1; po <= BATCH; po++) {
            writeBacksAt(NOW).queue(transferred(po));
        }

        int written = writeBacksAt(NOW).writeDue();

        assertThat(written).isEqualTo(BATCH);
        InOrder order = inOrder(autotask);
        order.verify(autotask).writeExternalPoNumber(1, "PO-1");
        order.verify(autotask).writeExternalPoNumber(2, "PO-2");
        order.verify(autotask).writeExternalPoNumber(3, "PO-3");
        assertThat(queue.count()).isZero();
        assertThat(writeBacksAt(NOW).writeDue()).isZero();
        verify(autotask, times(BATCH)).writeExternalPoNumber(anyLong(), anyString());
    }

    @Test
    void shouldWriteEveryDueWriteBackInOneLookABatchAtATime() {
        for (long po = 1; po <= 2 * BATCH + 1; po++) {
            writeBacksAt(NOW).queue(transferred(po));
        }

        assertThat(writeBacksAt(NOW).writeDue()).isEqualTo(2 * BATCH + 1);

        InOrder order = inOrder(autotask);
        for (long po = 1; po <= 2 * BATCH + 1; po++) {
            order.verify(autotask).writeExternalPoNumber(po, "PO-" + po);
        }
        assertThat(queue.count()).isZero();
    }

    @Test
    void shouldStopAfterAFullLastBatchWhenNothingMoreIsDue() {
        for (long po = 1; po <= 2 * BATCH; po++) {
            writeBacksAt(NOW).queue(transferred(po));
        }

        assertThat(writeBacksAt(NOW).writeDue()).isEqualTo(2 * BATCH);
        assertThat(queue.count()).isZero();
        verify(autotask, times(2 * BATCH)).writeExternalPoNumber(anyLong(), anyString());
    }

    @Test
    void shouldLeaveAWriteBackQueuedAfterTheLookBeganToTheNextLook() {
        writeBacksAt(NOW).queue(transferred(1));
        writeBacksAt(NOW.plusMillis(1)).queue(transferred(2));

        assertThat(writeBacksAt(NOW).writeDue()).isOne();
        verify(autotask, never()).writeExternalPoNumber(2, "PO-2");
        assertThat(writeBacksAt(NOW.plusMillis(1)).writeDue()).isOne();
        verify(autotask).writeExternalPoNumber(2, "PO-2");
    }

    @Test
    void shouldRemoveTheWrittenOnesOfABatchEvenWhenALaterOneFails() {
        writeBacksAt(NOW).queue(transferred(1));
        writeBacksAt(NOW).queue(transferred(2));
        when(autotask.writeExternalPoNumber(2, "PO-2")).thenReturn(WriteBackResult.refused("no"));
        TransferStateRepository broken = mock(TransferStateRepository.class);
        doThrow(new IllegalStateException("database gone")).when(broken).warnAttempt(anyLong(), anyString());
        TransferWriteBacks failing = new TransferWriteBacks(autotask, broken, queue,
                new PurchasingWriteBackProperties(Duration.ofSeconds(1), LEASE, BATCH), tx,
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(failing::writeDue).hasMessage("database gone");

        assertThat(queue.due(NOW.plus(LEASE), 10)).extracting(q -> q.writeBack().refNumber())
                .as("PO-1 written and gone; PO-2 kept for after the lease").containsExactly("PO-2");
    }

    @Test
    void shouldLeaveAWriteBackAnotherInstanceHoldsUntilItsLeaseEnds() {
        writeBacksAt(NOW).queue(transferred(7));
        long id = queue.due(NOW, 1).get(0).id();
        // another instance took it and stopped before writing
        queue.take(id, NOW, NOW.plus(LEASE));

        assertThat(writeBacksAt(NOW.plus(LEASE).minusMillis(1)).writeDue()).isZero();
        verify(autotask, never()).writeExternalPoNumber(anyLong(), anyString());
        assertThat(writeBacksAt(NOW.plus(LEASE)).writeDue()).isOne();
        verify(autotask).writeExternalPoNumber(7, "PO-7");
        assertThat(queue.count()).isZero();
    }

    @Test
    void shouldMakeARefusedWriteAWarningOnTheTransferAndTakeItOffTheQueue() {
        WriteBack writeBack = transferred(8);
        writeBacksAt(NOW).queue(writeBack);
        when(autotask.writeExternalPoNumber(8, "PO-8"))
                .thenReturn(WriteBackResult.refused("externalPONumber is read-only"));

        assertThat(writeBacksAt(NOW).writeDue()).isOne();

        TransferAttempt attempt = states.attempt(writeBack.attemptId()).orElseThrow();
        assertThat(attempt.status()).isEqualTo(TransferAttempt.Status.SUCCEEDED);
        assertThat(attempt.message()).isEqualTo("Warning: the QuickBooks PO number PO-8 could not be written back to"
                + " Autotask: externalPONumber is read-only");
        assertThat(states.state(8).orElseThrow().status()).isEqualTo(TransferStatus.TRANSFERRED);
        assertThat(queue.count()).isZero();
    }

    @Test
    void shouldMakeAFailedCallAWarningToo() {
        WriteBack writeBack = transferred(9);
        writeBacksAt(NOW).queue(writeBack);
        when(autotask.writeExternalPoNumber(9, "PO-9")).thenThrow(new IllegalStateException("Autotask answered 500"));

        assertThat(writeBacksAt(NOW).writeDue()).isOne();

        assertThat(states.attempt(writeBack.attemptId()).orElseThrow().message()).endsWith("Autotask answered 500");
        assertThat(queue.count()).isZero();
    }

    @Test
    void shouldKeepAWriteBackQueuedWhenItsTransactionFailsAndWriteItAfterTheLease() {
        // saving the warning fails inside the write's transaction (the database went away, say)
        WriteBack writeBack = transferred(10);
        writeBacksAt(NOW).queue(writeBack);
        when(autotask.writeExternalPoNumber(10, "PO-10")).thenReturn(WriteBackResult.refused("no"));
        TransferStateRepository broken = mock(TransferStateRepository.class);
        doThrow(new IllegalStateException("database gone")).when(broken)
                .warnAttempt(anyLong(), anyString());
        TransferWriteBacks failing = new TransferWriteBacks(autotask, broken, queue,
                new PurchasingWriteBackProperties(Duration.ofSeconds(1), LEASE, BATCH), tx,
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(failing::writeDue).hasMessage("database gone");

        assertThat(queue.count()).as("the removal rolled back with the warning").isOne();
        assertThat(queue.due(NOW.plus(LEASE).minusMillis(1), 10)).isEmpty();
        assertThat(writeBacksAt(NOW.plus(LEASE)).writeDue()).isOne();
        assertThat(states.attempt(writeBack.attemptId()).orElseThrow().message()).startsWith("Warning:");
        assertThat(queue.count()).isZero();
    }

    @Test
    void shouldDoNothingWhenNothingIsQueued() {
        assertThat(writeBacksAt(NOW).writeDue()).isZero();
        verify(autotask, never()).writeExternalPoNumber(anyLong(), anyString());
    }
}
