package io.atqb.sync;

import io.atqb.system.LoadLease;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the instances share the background pull of a run's Autotask snapshot ({@code atqb.sync.load.*}); every
 * default is in {@code application.yaml}. One instance claims a run's pull with a lease on the database clock and
 * renews it every {@code renewEvery}; every instance looks for pulls whose lease ran out just as often, so a dead
 * instance's pull is taken over at most {@code lease + renewEvery} after its last renewal.
 *
 * @param lease      how long a claim holds after its last renewal (above 0)
 * @param renewEvery how often claims are renewed and orphaned pulls looked for (above 0, at most half the lease)
 */
@Validated
@ConfigurationProperties("atqb.sync.load")
public record InventorySyncLoadProperties(@NotNull Duration lease, @NotNull Duration renewEvery) {

    @AssertTrue(message = "atqb.sync.load.lease and atqb.sync.load.renew-every must be above 0")
    public boolean isPositive() {
        return LoadLease.isPositive(lease, renewEvery);
    }

    @AssertTrue(message = "atqb.sync.load.renew-every must be at most half of atqb.sync.load.lease, so a live"
            + " instance renews its claim at least twice before it runs out")
    public boolean isRenewedInTime() {
        return LoadLease.isRenewedInTime(lease, renewEvery);
    }

    @AssertTrue(message = "atqb.sync.load.lease plus atqb.sync.load.renew-every must be at most 2m: a dead"
            + " instance's pull is taken over within 2 minutes")
    public boolean isTakenOverInTime() {
        return LoadLease.isTakenOverInTime(lease, renewEvery);
    }
}
