package io.atqb.qbwc;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.system.MigratedH2;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The request queue on the project's own migrations (H2 in memory): a message set's answers are marked together. */
class QbwcQueueRepositoryTest {

    private static final Instant QUEUED = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant ANSWERED = Instant.parse("2026-03-02T10:05:00Z");

    private JdbcClient jdbc;
    private QbwcQueueRepository queue;

    @BeforeEach
    void database() {
        DriverManagerDataSource dataSource = MigratedH2.migratedWithoutForeignKeys();
        jdbc = JdbcClient.create(dataSource);
        queue = new QbwcQueueRepository(jdbc, new JdbcTemplate(dataSource));
        queue.enqueue(1, List.of(request("a"), request("b"), request("c"), request("d")), QUEUED);
    }

    @Test
    void shouldMarkExactlyTheAnsweredRequestsDoneAtTheAnswersTime() {
        List<Long> ids = ids();

        queue.markDone(List.of(ids.get(0), ids.get(2)), ANSWERED);

        Map<Long, String> status = statuses();
        assertThat(status).containsEntry(ids.get(0), "DONE").containsEntry(ids.get(2), "DONE")
                .containsEntry(ids.get(1), "QUEUED").containsEntry(ids.get(3), "QUEUED");
        assertThat(jdbc.sql("SELECT done_at FROM qbwc_request WHERE id = :id").param("id", ids.get(2))
                .query(OffsetDateTime.class).single().toInstant()).isEqualTo(ANSWERED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qbwc_request WHERE done_at IS NULL").query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void shouldMarkNothingWhenNoRequestWasAnswered() {
        queue.markDone(List.of(), ANSWERED);

        assertThat(statuses().values()).containsOnly("QUEUED");
    }

    @Test
    void shouldMarkEveryRequestOfALargeMessageSetInOneCall() {
        List<Long> ids = ids();

        queue.markDone(ids, ANSWERED);

        assertThat(statuses().values()).hasSize(4).containsOnly("DONE");
    }

    @Test
    void shouldTakeTheOldestQueuedRequestsOfTheJobInIdOrderUpToTheLimit() {
        List<Long> ids = ids();
        queue.enqueue(2, List.of(request("other job")), QUEUED);
        queue.markDone(List.of(ids.get(0)), ANSWERED);

        assertThat(queue.oldestQueued(1, 2)).extracting(QbwcQueueRepository.StoredRequest::id)
                .containsExactly(ids.get(1), ids.get(2));
        assertThat(queue.oldestQueued(1, 3)).extracting(QbwcQueueRepository.StoredRequest::id)
                .containsExactly(ids.get(1), ids.get(2), ids.get(3));
        assertThat(queue.oldestQueued(1, 4)).hasSize(3);
        assertThat(queue.oldestQueued(1, 0)).isEmpty();
        assertThat(queue.oldestQueued(3, 4)).isEmpty();
    }

    @Test
    void shouldReadOnlyTheRequestsItTakesNotEveryQueuedOne() {
        queue.enqueue(1, java.util.stream.IntStream.range(0, 1_000).mapToObj(i -> request("r" + i)).toList(), QUEUED);

        String plan = jdbc.sql("EXPLAIN ANALYZE " + QbwcQueueRepository.OLDEST_QUEUED).param("job", 1L)
                .param("max", 10).query(String.class).single();

        // in index order H2 stops at the limit; sorting by id alone it read all 1,004 queued rows first
        assertThat(plan).contains("/* index sorted */").contains("scanCount: 10 */");
    }

    private List<Long> ids() {
        return jdbc.sql("SELECT id FROM qbwc_request ORDER BY id").query(Long.class).list();
    }

    private Map<Long, String> statuses() {
        return jdbc.sql("SELECT id, status FROM qbwc_request").query((rs, n) -> Map.entry(rs.getLong(1),
                rs.getString(2))).list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static QbwcQueueRepository.PendingRequest request(String name) {
        return new QbwcQueueRepository.PendingRequest("ItemQueryRq", "{\"name\":\"" + name + "\"}", 40);
    }
}
