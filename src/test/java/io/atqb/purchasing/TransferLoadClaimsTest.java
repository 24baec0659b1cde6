package io.atqb.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.atqb.qbwc.QbwcJob;
import io.atqb.qbwc.QbwcJobRepository;
import io.atqb.system.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims on the transfer jobs' Autotask reads by instances sharing one database (H2 in memory, the real
 * migrations; {@link PostgresTransferLoadClaimsIT} runs the same on PostgreSQL): one instance reads a job while its lease holds, another takes the read over once it has run out.
 */
class TransferLoadClaimsTest {

    static final PurchasingLoadProperties SETTINGS =
            new PurchasingLoadProperties(Duration.ofSeconds(60), Duration.ofSeconds(15), true);

    JdbcClient jdbc;
    TransferJobRepository transferJobs;
    TransferLoadClaimRepository claims;
    TransactionTemplate tx;
    QbwcJobRepository qbwcJobs = mock(QbwcJobRepository.class);
    TransferLoadClaims a;
    TransferLoadClaims b;
    long nextJob = 1;
    ExecutorService racers;

    @BeforeEach
    void migrate() {
        DriverManagerDataSource dataSource = dataSource();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        transferJobs = new TransferJobRepository(jdbc, new JdbcTemplate(dataSource));
        claims = new TransferLoadClaimRepository(jdbc);
        tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        when(qbwcJobs.find(anyLong())).thenAnswer(call -> Optional.of(qbwcJob(call.getArgument(0),
                QbwcJob.Status.PENDING)));
        a = instance("instance-a");
        b = instance("instance-b");
    }

    /** A fresh database for each test: H2 in memory here, PostgreSQL in {@link PostgresTransferLoadClaimsIT}. */
    DriverManagerDataSource dataSource() {
        return new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @AfterEach
    void stopRacers() {
        if (racers != null) {
            racers.shutdownNow();
        }
    }

    TransferLoadClaims instance(String id) {
        return new TransferLoadClaims(transferJobs, qbwcJobs, claims, tx, SETTINGS, id);
    }

    static QbwcJob qbwcJob(long id, QbwcJob.Status status) {
        return new QbwcJob(id, 1, "PURCHASE_ORDER_TRANSFER", status, null, null, null);
    }

    /** A transfer job that reads its purchase orders from Autotask. */
    long loadingJob() {
        long job = nextJob++;
        transferJobs.create(job);
        return job;
    }

    /** Moves the end of the job's lease to {@code offset} from the database's now (negative: in the past). */
    void leaseEndsIn(long job, Duration offset) {
        setLeaseUntil(job, claims.databaseNow().plus(offset));
    }

    void setLeaseUntil(long job, Instant until) {
        jdbc.sql("UPDATE purchase_order_transfer_load_claim SET lease_until = :until WHERE job_id = :job")
                .param("until", Timestamps.toDb(until)).param("job", job).update();
    }

    /** The claims of an instance whose database clock stands still at {@code now}, to test the lease's edges. */
    static final class FrozenClock extends TransferLoadClaimRepository {
        final Instant now;

        FrozenClock(JdbcClient jdbc, Instant now) {
            super(jdbc);
            this.now = now;
        }

        @Override
        public Instant databaseNow() {
            return now;
        }
    }

    TransferLoadClaimRepository.LoadClaim claim(long job) {
        return claims.find(job).orElseThrow();
    }

    @Test
    void shouldLetOneInstanceReadAJobWhileItsLeaseHolds() {
        long job = loadingJob();

        assertThat(a.claim(job)).isTrue();
        assertThat(b.claim(job)).isFalse();
        assertThat(a.claim(job)).as("the instance reads it already").isFalse();
        assertThat(a.holds(job)).isTrue();
        assertThat(b.holds(job)).isFalse();
        assertThat(claim(job).owner()).isEqualTo("instance-a");
    }

    @Test
    void shouldLeaseAClaimForItsLengthOnTheDatabaseClock() {
        long job = loadingJob();
        Instant before = claims.databaseNow();

        a.claim(job);

        assertThat(claim(job).leaseUntil()).isBetween(before.plusSeconds(60), claims.databaseNow().plusSeconds(60));
    }

    @Test
    void shouldLetAnotherInstanceTakeTheReadOverWhenTheLeaseEndsExactlyAtTheDatabasesNow() {
        long job = loadingJob();
        a.claim(job);
        FrozenClock frozen = new FrozenClock(jdbc, claims.databaseNow().plusSeconds(600));
        setLeaseUntil(job, frozen.now);

        TransferLoadClaims c = new TransferLoadClaims(transferJobs, qbwcJobs, frozen, tx, SETTINGS, "instance-c");

        assertThat(c.orphans()).containsExactly(job);
        assertThat(c.claim(job)).isTrue();
        assertThat(claim(job).owner()).isEqualTo("instance-c");
        assertThat(claim(job).attempts()).isEqualTo(2);
        assertThat(claim(job).leaseUntil()).isEqualTo(frozen.now.plusSeconds(60));
    }

    @Test
    void shouldNotTakeOverAReadWhoseLeaseEndsOneMillisecondAfterTheDatabasesNow() {
        long job = loadingJob();
        a.claim(job);
        FrozenClock frozen = new FrozenClock(jdbc, claims.databaseNow().plusSeconds(600));
        setLeaseUntil(job, frozen.now.plusMillis(1));

        TransferLoadClaims c = new TransferLoadClaims(transferJobs, qbwcJobs, frozen, tx, SETTINGS, "instance-c");

        assertThat(c.orphans()).isEmpty();
        assertThat(c.claim(job)).isFalse();
        assertThat(claim(job).owner()).isEqualTo("instance-a");
        assertThat(a.holds(job)).isTrue();
    }

    @Test
    void shouldLetAnotherInstanceTakeTheReadOverOnceTheLeaseRanOutAndThrowTheFirstReadAway() {
        long job = loadingJob();
        a.claim(job);
        leaseEndsIn(job, Duration.ofMillis(-1));

        assertThat(b.orphans()).containsExactly(job);
        assertThat(b.claim(job)).isTrue();

        assertThat(claim(job).owner()).isEqualTo("instance-b");
        assertThat(a.holds(job)).as("the first instance's read is not stored").isFalse();
    }

    @Test
    void shouldNotTakeOverAReadWhoseLeaseEndsInASecond() {
        long job = loadingJob();
        a.claim(job);
        leaseEndsIn(job, Duration.ofSeconds(1));

        assertThat(b.orphans()).isEmpty();
        assertThat(b.claim(job)).isFalse();
        assertThat(claim(job).owner()).isEqualTo("instance-a");
    }

    @Test
    void shouldRenewTheLeaseWhileTheReadRuns() {
        long job = loadingJob();
        a.claim(job);
        leaseEndsIn(job, Duration.ofSeconds(1));
        Instant before = claims.databaseNow();

        a.renew();

        assertThat(claim(job).leaseUntil()).isAfterOrEqualTo(before.plusSeconds(60));
        assertThat(b.claim(job)).isFalse();
    }

    @Test
    void shouldStopRenewingAReadAnotherInstanceTookOver() {
        long job = loadingJob();
        a.claim(job);
        leaseEndsIn(job, Duration.ofSeconds(-5));
        b.claim(job);
        Instant taken = claim(job).leaseUntil();

        a.renew();

        assertThat(claim(job).owner()).isEqualTo("instance-b");
        assertThat(claim(job).leaseUntil()).isEqualTo(taken);
        assertThat(a.orphans()).as("b's lease holds").isEmpty();
    }

    @Test
    void shouldOfferAReleasedReadToAnotherInstanceAtOnce() {
        long job = loadingJob();
        a.claim(job);

        a.release(job);

        assertThat(claim(job).owner()).isNull();
        assertThat(b.orphans()).containsExactly(job);
        assertThat(b.claim(job)).isTrue();
    }

    @Test
    void shouldOfferOnlyLoadingJobsOfOpenQbwcJobs() {
        long loading = loadingJob();
        long loaded = loadingJob();
        transferJobs.setPhase(loaded, TransferJobRepository.Phase.LOADED, Instant.now(), null);
        long closed = loadingJob();
        when(qbwcJobs.find(closed)).thenReturn(Optional.of(qbwcJob(closed, QbwcJob.Status.CANCELLED)));

        assertThat(a.orphans()).containsExactly(loading);
        assertThat(a.claim(loaded)).isFalse();
        assertThat(claims.find(loaded)).isEmpty();
    }

    @Test
    void shouldGiveEveryClaimUpWhenTheInstanceStops() {
        long first = loadingJob();
        long second = loadingJob();
        a.claim(first);
        a.claim(second);

        a.releaseAll();

        assertThat(b.orphans()).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void shouldLetExactlyOneOfTwoRacingLoadersReadAJob() throws Exception {
        racers = Executors.newFixedThreadPool(2);
        for (int round = 0; round < 20; round++) {
            long job = loadingJob();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (TransferLoadClaims loader : List.of(a, b)) {
                Callable<Boolean> race = () -> {
                    start.await();
                    return loader.claim(job);
                };
                results.add(racers.submit(race));
            }
            start.countDown();

            int winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(winners).as("round %d", round).isEqualTo(1);
            String owner = claim(job).owner();
            assertThat(List.of(a, b).stream().filter(l -> l.holds(job)).count()).isEqualTo(1);
            assertThat(owner).isIn("instance-a", "instance-b");
        }
    }
}
