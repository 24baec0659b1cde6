package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.system.EmbeddedPostgres;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Two instances racing for the same pulls on a real PostgreSQL: each pull goes to exactly one of them. */
class PostgresLoadClaimsIT {

    static final int RUNS = 20;

    LoadClaimsFixture db;
    ExecutorService threads;

    @BeforeEach
    void migrate() {
        db = new LoadClaimsFixture(new DriverManagerDataSource(EmbeddedPostgres.freshDatabaseUrl(), "postgres",
                "postgres"));
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private int racingClaims(InventorySyncLoadClaims a, InventorySyncLoadClaims b, long run) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> claimAfter(start, a, run), threads);
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> claimAfter(start, b, run), threads);
        return (first.get(30, TimeUnit.SECONDS) ? 1 : 0) + (second.get(30, TimeUnit.SECONDS) ? 1 : 0);
    }

    private static boolean claimAfter(CyclicBarrier start, InventorySyncLoadClaims claims, long run) {
        try {
            start.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return claims.claim(run);
    }

    @Test
    void shouldGiveEachNewPullToExactlyOneOfTwoRacingInstances() throws Exception {
        InventorySyncLoadClaims a = db.instance("instance-a");
        InventorySyncLoadClaims b = db.instance("instance-b");
        for (int i = 0; i < RUNS; i++) {
            long run = db.loadingRun();

            assertThat(racingClaims(a, b, run)).as("run " + run).isOne();
        }
    }

    @Test
    void shouldGiveEachLapsedPullToExactlyOneOfTwoRacingInstances() throws Exception {
        InventorySyncLoadClaims dead = db.instance("instance-dead");
        InventorySyncLoadClaims a = db.instance("instance-a");
        InventorySyncLoadClaims b = db.instance("instance-b");
        for (int i = 0; i < RUNS; i++) {
            long run = db.loadingRun();
            dead.claim(run);
            db.leaseEndsIn(run, Duration.ofMillis(-1));

            assertThat(racingClaims(a, b, run)).as("run " + run).isOne();
            assertThat(db.claim(run).attempts()).isEqualTo(2);
        }
    }
}
