package io.atqb.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The queue of write-backs on the project's own migrations, for each database: order, due time, lease, removal. */
abstract class WriteBackQueueCases {

    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(5);

    WriteBackQueueRepository queue;

    /** A fresh database of this kind. */
    abstract DataSource dataSource();

    @BeforeEach
    void database() {
        DataSource dataSource = dataSource();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        queue = new WriteBackQueueRepository(JdbcClient.create(dataSource));
    }

    @Test
    void shouldAnswerTheOldestDueFirstUpToTheLimit() {
        queue.queue(new WriteBack(3, 30, "PO-3"), NOW.plusSeconds(1));
        queue.queue(new WriteBack(1, 10, "PO-1"), NOW);
        queue.queue(new WriteBack(2, 20, "PO-2"), NOW);

        assertThat(queue.due(NOW.plusSeconds(1), 10)).extracting(WriteBackQueueRepository.Queued::writeBack)
                .containsExactly(new WriteBack(1, 10, "PO-1"), new WriteBack(2, 20, "PO-2"),
                        new WriteBack(3, 30, "PO-3"));
        assertThat(queue.due(NOW.plusSeconds(1), 2)).hasSize(2);
        assertThat(queue.due(NOW.plusSeconds(1), 1)).extracting(q -> q.writeBack().refNumber())
                .containsExactly("PO-1");
    }

    @Test
    void shouldCountAWriteBackDueFromTheInstantItWasQueuedNotBefore() {
        queue.queue(new WriteBack(1, 10, "PO-1"), NOW);

        assertThat(queue.due(NOW.minusMillis(1), 10)).isEmpty();
        assertThat(queue.due(NOW, 10)).hasSize(1);
    }

    @Test
    void shouldLetOnlyOneInstanceTakeAWriteBackUntilItsLeaseEnds() {
        queue.queue(new WriteBack(1, 10, "PO-1"), NOW);
        long id = queue.due(NOW, 10).get(0).id();

        assertThat(queue.take(id, NOW, NOW.plus(LEASE))).isTrue();
        assertThat(queue.take(id, NOW, NOW.plus(LEASE))).as("the other instance").isFalse();
        assertThat(queue.due(NOW.plus(LEASE).minusMillis(1), 10)).isEmpty();
        assertThat(queue.due(NOW.plus(LEASE), 10)).as("due again when the lease ends").hasSize(1);
        assertThat(queue.take(id, NOW.plus(LEASE), NOW.plus(LEASE).plus(LEASE))).isTrue();
    }

    @Test
    void shouldKeepMoreWriteBacksThanTheInMemoryQueueOfOneThousandHeld() {
        for (int i = 1; i <= 1_001; i++) {
            queue.queue(new WriteBack(i, i, "PO-" + i), NOW);
        }

        assertThat(queue.count()).isEqualTo(1_001);
        assertThat(queue.due(NOW, 1_000)).hasSize(1_000);
    }

    @Test
    void shouldRemoveOnlyTheWriteBackDone() {
        queue.queue(new WriteBack(1, 10, "PO-1"), NOW);
        queue.queue(new WriteBack(2, 20, "PO-2"), NOW);

        queue.remove(List.of(queue.due(NOW, 1).get(0).id()));

        assertThat(queue.due(NOW, 10)).extracting(q -> q.writeBack().refNumber()).containsExactly("PO-2");
        assertThat(queue.count()).isOne();
    }

    @Test
    void shouldRemoveEveryWriteBackOfAListOverOneStatementsWorthAndNoOther() {
        for (int i = 1; i <= 1_002; i++) {
            queue.queue(new WriteBack(i, i, "PO-" + i), NOW);
        }
        List<Long> ids = queue.due(NOW, 1_002).stream().map(WriteBackQueueRepository.Queued::id).toList();

        queue.remove(ids.subList(0, 1_001));

        assertThat(queue.due(NOW, 10)).extracting(q -> q.writeBack().refNumber()).containsExactly("PO-1002");
        queue.remove(List.of());
        assertThat(queue.count()).isOne();
    }

    @Test
    void shouldAnswerNothingDueForAnEmptyQueue() {
        assertThat(queue.due(NOW, 10)).isEmpty();
        assertThat(queue.count()).isZero();
    }
}
