package io.atqb.sync;

import io.atqb.history.SyncRun;
import io.atqb.history.SyncRunRepository;
import io.atqb.system.InstanceIds;
import io.atqb.system.LoadLease;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes each run's Autotask pull happen on one instance at a time. The instance that pulls claims the run in the
 * database with a lease on the database clock and renews it while it pulls; every instance looks for pulls whose
 * lease ran out (their instance died) and takes them over, starting afresh: a pull lives in its instance's
 * memory until the plan is saved in one transaction, so half a pull is never used. The only thing kept in memory
 * here is which pulls this instance itself is running, to renew their leases.
 */
@Component("inventorySyncLoadClaims")
public class InventorySyncLoadClaims {

    private static final Logger LOG = LoggerFactory.getLogger(InventorySyncLoadClaims.class);

    private final SyncRunRepository runs;
    private final LoadClaimRepository claims;
    private final TransactionTemplate tx;
    private final LoadLease lease;
    private final String instanceId;
    private final Set<Long> pulling = ConcurrentHashMap.newKeySet();

    @Autowired
    InventorySyncLoadClaims(SyncRunRepository runs, LoadClaimRepository claims, TransactionTemplate tx,
                            InventorySyncLoadProperties properties) {
        this(runs, claims, tx, properties, newInstanceId());
    }

    InventorySyncLoadClaims(SyncRunRepository runs, LoadClaimRepository claims, TransactionTemplate tx,
                            InventorySyncLoadProperties properties, String instanceId) {
        this.runs = runs;
        this.claims = claims;
        this.tx = tx;
        this.lease = new LoadLease(properties.lease());
        this.instanceId = instanceId;
        LOG.info("Autotask pulls of this instance are claimed as '{}' (lease {}, renewed every {})", instanceId,
                properties.lease(), properties.renewEvery());
    }

    /** Who this instance is in the claims: host, process id and a random part (new at every start). */
    static String newInstanceId() {
        return InstanceIds.create();
    }

    String instanceId() {
        return instanceId;
    }

    /**
     * The load route's filter: true when the run still waits for its snapshot and this instance now holds its
     * claim (it was armed here, no instance held it, or the holder's lease ran out); false while another
     * instance holds it, or when this instance pulls it already.
     */
    public boolean claim(@Header(SyncRoutes.RUN_ID) long runId) {
        if (pulling.contains(runId)) {
            return false;
        }
        boolean claimed = Boolean.TRUE.equals(tx.execute(status -> claimInTransaction(runId)));
        if (claimed) {
            pulling.add(runId);
        }
        return claimed;
    }

    private boolean claimInTransaction(long runId) {
        Optional<SyncRun> run = runs.find(runId);
        if (run.isEmpty() || run.get().phase() != SyncRun.Phase.LOADING) {
            return false;
        }
        runs.lock(runId);
        Instant now = claims.databaseNow();
        Optional<LoadClaimRepository.LoadClaim> held = claims.lock(runId);
        if (held.isEmpty()) {
            claims.insert(runId, instanceId, now, lease.until(now), 1);
            return true;
        }
        LoadClaimRepository.LoadClaim claim = held.get();
        boolean reservedHere = instanceId.equals(claim.owner());
        if (!reservedHere && !lease.isFree(claim.owner(), claim.leaseUntil(), now)) {
            return false;
        }
        if (claim.owner() != null && !reservedHere) {
            LOG.warn("Inventory sync run {}: instance '{}' stopped renewing its Autotask pull (lease ended {});"
                    + " this instance takes the pull over and starts it afresh", runId, claim.owner(),
                    claim.leaseUntil());
        }
        claims.take(runId, instanceId, now, lease.until(now));
        return true;
    }

    /**
     * A run was just armed on this instance: inside the arming transaction its pull is claimed for this instance,
     * which queues it at once, so no other instance starts it first. If this instance dies before it pulls, the
     * claim's lease runs out like any other.
     */
    public void reserve(long runId) {
        Instant now = claims.databaseNow();
        claims.insert(runId, instanceId, now, lease.until(now), 0);
    }

    /** True while this instance holds the run's claim (checked before a finished pull is used). */
    public boolean holds(@Header(SyncRoutes.RUN_ID) long runId) {
        Boolean held = tx.execute(status -> claims.lock(runId)
                .map(claim -> instanceId.equals(claim.owner())).orElse(false));
        if (!Boolean.TRUE.equals(held)) {
            LOG.warn("Inventory sync run {}: this instance lost its claim on the Autotask pull while pulling;"
                    + " its pull is thrown away", runId);
            return false;
        }
        return true;
    }

    /** The pull ended here (planned, failed or thrown away): the claim is given up. */
    public void release(@Header(SyncRoutes.RUN_ID) long runId) {
        pulling.remove(runId);
        tx.executeWithoutResult(status -> claims.release(runId, instanceId));
    }

    /** Renews the leases of the pulls this instance runs; a pull whose claim was lost is no longer renewed. */
    public void renew() {
        for (Long runId : List.copyOf(pulling)) {
            Boolean renewed = tx.execute(status -> claims.renew(runId, instanceId,
                    lease.until(claims.databaseNow())));
            if (!Boolean.TRUE.equals(renewed)) {
                pulling.remove(runId);
                LOG.warn("Inventory sync run {}: the claim on its Autotask pull is no longer this instance's", runId);
            }
        }
    }

    /**
     * Runs waiting for their snapshot that no instance pulls: never claimed, released, or with a lease that ran
     * out. The load route then claims each (only one instance wins).
     */
    public List<Long> orphans() {
        List<Long> orphans = new ArrayList<>();
        tx.executeWithoutResult(status -> {
            Instant now = claims.databaseNow();
            for (SyncRun run : runs.findLoading()) {
                if (pulling.contains(run.id())) {
                    continue;
                }
                Optional<LoadClaimRepository.LoadClaim> claim = claims.find(run.id());
                if (claim.isEmpty() || lease.isFree(claim.get().owner(), claim.get().leaseUntil(), now)) {
                    orphans.add(run.id());
                }
            }
        });
        return orphans;
    }

    /** A stopping instance gives its claims up, so another instance (or its restart) pulls at once. */
    @PreDestroy
    public void releaseAll() {
        for (Long runId : List.copyOf(pulling)) {
            try {
                release(runId);
            } catch (RuntimeException e) {
                LOG.warn("Could not release the claim on run {} while stopping; it lapses after its lease", runId);
            }
        }
    }
}
