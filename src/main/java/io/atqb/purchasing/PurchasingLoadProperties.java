package io.atqb.purchasing;

import io.atqb.system.LoadLease;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the instances share the background read of a transfer job's purchase orders from Autotask
 * ({@code atqb.purchasing.load.*}); every default is in {@code application.yaml}. One instance claims a job's read
 * with a lease on the database clock and renews it every {@code renewEvery}; every instance looks for reads whose
 * lease ran out just as often, so a dead instance's read is taken over at most {@code lease + renewEvery} after its
 * last renewal.
 *
 * @param lease      how long a claim holds after its last renewal (above 0)
 * @param renewEvery how often claims are renewed and orphaned reads looked for (above 0, at most half the lease)
 * @param takeover   false = this instance neither renews its claims nor takes over other instances' reads (the
 *                   purchasing-transfer-load-lease route does not start); for a single instance only
 */
@Validated
@ConfigurationProperties("atqb.purchasing.load")
public record PurchasingLoadProperties(@NotNull Duration lease, @NotNull Duration renewEvery, boolean takeover) {

    @AssertTrue(message = "atqb.purchasing.load.lease and atqb.purchasing.load.renew-every must be above 0")
    public boolean isPositive() {
        return LoadLease.isPositive(lease, renewEvery);
    }

    @AssertTrue(message = "atqb.purchasing.load.renew-every must be at most half of atqb.purchasing.load.lease, so a"
            + " live instance renews its claim at least twice before it runs out")
    public boolean isRenewedInTime() {
        return LoadLease.isRenewedInTime(lease, renewEvery);
    }

    @AssertTrue(message = "atqb.purchasing.load.lease plus atqb.purchasing.load.renew-every must be at most 2m: a"
            + " dead instance's read is taken over within 2 minutes")
    public boolean isTakenOverInTime() {
        return LoadLease.isTakenOverInTime(lease, renewEvery);
    }
}
