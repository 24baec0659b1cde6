package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.history.SyncRun;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Claims on the runs' Autotask pulls by two instances sharing one database (H2 in memory, the real migrations). */
class InventorySyncLoadClaimsTest {

    LoadClaimsFixture db;
    InventorySyncLoadClaims a;
    InventorySyncLoadClaims b;

    @BeforeEach
    void migrate() {
        db = new LoadClaimsFixture(new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
        a = db.instance("instance-a");
        b = db.instance("instance-b");
    }

    @Test
    void shouldLetOneInstancePullARunWhileItsLeaseHolds() {
        long run = db.loadingRun();

        assertThat(a.claim(run)).isTrue();
        assertThat(b.claim(run)).isFalse();
        assertThat(a.claim(run)).as("the instance already pulls it").isFalse();
        assertThat(a.holds(run)).isTrue();
        assertThat(b.holds(run)).isFalse();
        assertThat(db.claim(run).owner()).isEqualTo("instance-a");
    }

    @Test
    void shouldKeepAPullArmedOnOneInstanceForThatInstance() {
        long run = db.loadingRun();
        db.tx.executeWithoutResult(status -> a.reserve(run));

        assertThat(b.orphans()).isEmpty();
        assertThat(b.claim(run)).isFalse();
        assertThat(a.claim(run)).isTrue();
        assertThat(db.claim(run).owner()).isEqualTo("instance-a");
        assertThat(db.claim(run).attempts()).isEqualTo(1);
    }

    @Test
    void shouldLetAnotherInstanceTakeOverAPullWhoseArmingInstanceDiedBeforePulling() {
        long run = db.loadingRun();
        db.tx.executeWithoutResult(status -> a.reserve(run));
        db.leaseEndsIn(run, Duration.ZERO);

        assertThat(b.claim(run)).isTrue();
        assertThat(db.claim(run).owner()).isEqualTo("instance-b");
    }

    @Test
    void shouldLeaseAClaimForItsLengthOnTheDatabaseClock() {
        long run = db.loadingRun();
        Instant before = db.claims.databaseNow();

        a.claim(run);

        Instant until = db.claim(run).leaseUntil();
        assertThat(until).isBetween(before.plusSeconds(60), db.claims.databaseNow().plusSeconds(60));
    }

    @Test
    void shouldLetAnotherInstanceTakeThePullOverOnceTheLeaseRanOut() {
        long run = db.loadingRun();
        a.claim(run);
        db.leaseEndsIn(run, Duration.ofMillis(-1));

        assertThat(b.orphans()).containsExactly(run);
        assertThat(b.claim(run)).isTrue();

        assertThat(db.claim(run).owner()).isEqualTo("instance-b");
        assertThat(db.claim(run).attempts()).isEqualTo(2);
        assertThat(a.holds(run)).as("the first instance's pull is thrown away").isFalse();
    }

    @Test
    void shouldNotTakeOverAPullWhoseLeaseEndsInASecond() {
        long run = db.loadingRun();
        a.claim(run);
        db.leaseEndsIn(run, Duration.ofSeconds(1));

        assertThat(b.orphans()).isEmpty();
        assertThat(b.claim(run)).isFalse();
    }

    @Test
    void shouldRenewTheLeaseWhileThePullRuns() {
        long run = db.loadingRun();
        a.claim(run);
        db.leaseEndsIn(run, Duration.ofSeconds(1));
        Instant before = db.claims.databaseNow();

        a.renew();

        assertThat(db.claim(run).leaseUntil()).isAfterOrEqualTo(before.plusSeconds(60));
        assertThat(b.claim(run)).isFalse();
    }

    @Test
    void shouldStopRenewingAPullAnotherInstanceTookOver() {
        long run = db.loadingRun();
        a.claim(run);
        db.leaseEndsIn(run, Duration.ofSeconds(-5));
        b.claim(run);
        Instant taken = db.claim(run).leaseUntil();

        a.renew();

        assertThat(db.claim(run).owner()).isEqualTo("instance-b");
        assertThat(db.claim(run).leaseUntil()).isEqualTo(taken);
        assertThat(a.orphans()).as("b's lease holds").isEmpty();
    }

    @Test
    void shouldOfferAReleasedPullToAnotherInstanceAtOnce() {
        long run = db.loadingRun();
        a.claim(run);

        a.release(run);

        assertThat(db.claim(run).owner()).isNull();
        assertThat(b.orphans()).containsExactly(run);
        assertThat(b.claim(run)).isTrue();
    }

    @Test
    void shouldOfferANeverClaimedRunAndNotOneThatIsNoLongerLoading() {
        long loading = db.loadingRun();
        long planned = db.loadingRun();
        db.runs.setPhase(planned, SyncRun.Phase.READY);

        assertThat(a.orphans()).containsExactly(loading);
        assertThat(a.claim(planned)).isFalse();
        assertThat(db.claims.find(planned)).isEmpty();
    }

    @Test
    void shouldGiveEveryClaimUpWhenTheInstanceStops() {
        long first = db.loadingRun();
        long second = db.loadingRun();
        a.claim(first);
        a.claim(second);

        a.releaseAll();

        assertThat(b.orphans()).containsExactlyInAnyOrder(first, second);
    }
}
