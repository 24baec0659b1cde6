package io.atqb.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The lease of a claim on a run's Autotask pull, at its edges. */
class LoadLeaseTest {

    static final LoadLease LEASE = new LoadLease(Duration.ofSeconds(60));
    static final Instant UNTIL = Instant.parse("2026-11-30T21:00:00Z");

    @Test
    void shouldFreeAClaimWhoseLeaseEndsExactlyNow() {
        assertThat(LEASE.isFree("instance-a", UNTIL, UNTIL)).isTrue();
    }

    @Test
    void shouldKeepAClaimWhoseLeaseEndsOneMillisecondFromNow() {
        assertThat(LEASE.isFree("instance-a", UNTIL, UNTIL.minusMillis(1))).isFalse();
    }

    @Test
    void shouldFreeAClaimWithNoOwner() {
        assertThat(LEASE.isFree(null, UNTIL, UNTIL.minusSeconds(30))).isTrue();
        assertThat(LEASE.isFree(null, null, UNTIL)).isTrue();
    }

    @Test
    void shouldHoldForTheLeaseLengthFromTheTimeItWasTakenOrRenewed() {
        assertThat(LEASE.until(UNTIL)).isEqualTo(UNTIL.plusSeconds(60));
    }

    @Test
    void shouldRefuseALeaseThatIsNotAboveZero() {
        assertThatThrownBy(() -> new LoadLease(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoadLease(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new LoadLease(Duration.ofMillis(1)).length()).isEqualTo(Duration.ofMillis(1));
    }
}
