package io.atqb.purchasing;

import io.atqb.qbwc.QbwcJob;
import io.atqb.qbwc.QbwcJobRepository;
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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes each transfer job's Autotask read happen on one instance at a time, the way the sync's pull does
 * ({@link LoadLease}). The instance that reads claims the job in the database with a lease on the database clock
 * and renews it while it reads; every instance looks for reads whose lease ran out (their instance died) and takes
 * them over, reading afresh: a read lives in its instance's memory until its rows are stored in one transaction, and
 * a read whose claim was lost meanwhile is thrown away. The only thing kept in memory here is which reads this
 * instance itself runs, to renew their leases.
 */
@Component("purchasingTransferLoadClaims")
public class TransferLoadClaims {

    private static final Logger LOG = LoggerFactory.getLogger(TransferLoadClaims.class);

    private final TransferJobRepository transferJobs;
    private final QbwcJobRepository jobs;
    private final TransferLoadClaimRepository claims;
    private final TransactionTemplate tx;
    private final LoadLease lease;
    private final String instanceId;
    private final Set<Long> reading = ConcurrentHashMap.newKeySet();

    @Autowired
    TransferLoadClaims(TransferJobRepository transferJobs, QbwcJobRepository jobs, TransferLoadClaimRepository claims,
                       TransactionTemplate tx, PurchasingLoadProperties properties) {
        this(transferJobs, jobs, claims, tx, properties, InstanceIds.create());
    }

    TransferLoadClaims(TransferJobRepository transferJobs, QbwcJobRepository jobs, TransferLoadClaimRepository claims,
                       TransactionTemplate tx, PurchasingLoadProperties properties, String instanceId) {
        this.transferJobs = transferJobs;
        this.jobs = jobs;
        this.claims = claims;
        this.tx = tx;
        this.lease = new LoadLease(properties.lease());
        this.instanceId = instanceId;
        LOG.info("Transfer jobs' Autotask reads of this instance are claimed as '{}' (lease {}, renewed every {})",
                instanceId, properties.lease(), properties.renewEvery());
    }

    /**
     * The load route's filter: true when the job still reads Autotask and this instance now holds its claim (no
     * instance held it, or the holder's lease ran out); false while another instance holds it, or when this
     * instance reads it already.
     */
    public boolean claim(@Header(TransferLoader.JOB_ID) long jobId) {
        if (!reading.add(jobId)) {
            return false;
        }
        boolean claimed;
        try {
            claimed = Boolean.TRUE.equals(tx.execute(status -> claimInTransaction(jobId)));
        } catch (DataIntegrityViolationException e) {
            // another instance inserted the job's first claim at the same moment: it reads
            claimed = false;
        } catch (RuntimeException e) {
            reading.remove(jobId);
            throw e;
        }
        if (!claimed) {
            reading.remove(jobId);
        }
        return claimed;
    }

    private boolean claimInTransaction(long jobId) {
        Optional<TransferJobRepository.TransferJob> job = transferJobs.lock(jobId);
        if (job.isEmpty() || job.get().phase() != TransferJobRepository.Phase.LOADING) {
            return false;
        }
        Instant now = claims.databaseNow();
        Optional<TransferLoadClaimRepository.LoadClaim> held = claims.lock(jobId);
        if (held.isEmpty()) {
            claims.insert(jobId, instanceId, now, lease.until(now), 1);
            return true;
        }
        TransferLoadClaimRepository.LoadClaim claim = held.get();
        if (!lease.isFree(claim.owner(), claim.leaseUntil(), now)) {
            return false;
        }
        if (claim.owner() != null) {
            LOG.warn("Transfer job {}: instance '{}' stopped renewing its Autotask read (lease ended {}); this"
                    + " instance takes the read over and reads afresh", jobId, claim.owner(), claim.leaseUntil());
        }
        claims.take(jobId, instanceId, now, lease.until(now));
        return true;
    }

    /** True while this instance holds the job's claim (checked before what was read is stored). */
    public boolean holds(@Header(TransferLoader.JOB_ID) long jobId) {
        Boolean held = tx.execute(status -> claims.lock(jobId)
                .map(claim -> instanceId.equals(claim.owner())).orElse(false));
        if (!Boolean.TRUE.equals(held)) {
            LOG.warn("Transfer job {}: this instance lost its claim on the Autotask read while reading; what it read"
                    + " is thrown away", jobId);
            return false;
        }
        return true;
    }

    /** The read ended here (stored, failed or thrown away): the claim is given up. */
    public void release(@Header(TransferLoader.JOB_ID) long jobId) {
        reading.remove(jobId);
        tx.executeWithoutResult(status -> claims.release(jobId, instanceId));
    }

    /** Renews the leases of the reads this instance runs; a read whose claim was lost is no longer renewed. */
    public void renew() {
        for (Long jobId : List.copyOf(reading)) {
            Boolean renewed = tx.execute(status -> claims.renew(jobId, instanceId,
                    lease.until(claims.databaseNow())));
            if (!Boolean.TRUE.equals(renewed)) {
                reading.remove(jobId);
                LOG.warn("Transfer job {}: the claim on its Autotask read is no longer this instance's", jobId);
            }
        }
    }

    /**
     * Jobs of an open QBWC job still reading Autotask that no instance reads: never claimed, released, or with a
     * lease that ran out. The load route then claims each (only one instance wins).
     */
    public List<Long> orphans() {
        List<Long> orphans = new ArrayList<>();
        tx.executeWithoutResult(status -> {
            Instant now = claims.databaseNow();
            for (long jobId : transferJobs.loading()) {
                if (reading.contains(jobId) || !isOpen(jobId)) {
                    continue;
                }
                Optional<TransferLoadClaimRepository.LoadClaim> claim = claims.find(jobId);
                if (claim.isEmpty() || lease.isFree(claim.get().owner(), claim.get().leaseUntil(), now)) {
                    orphans.add(jobId);
                }
            }
        });
        return orphans;
    }

    private boolean isOpen(long jobId) {
        return jobs.find(jobId).map(j -> j.status() == QbwcJob.Status.PENDING || j.status() == QbwcJob.Status.ACTIVE)
                .orElse(false);
    }

    /** A stopping instance gives its claims up, so another instance (or its restart) reads at once. */
    @PreDestroy
    public void releaseAll() {
        for (Long jobId : List.copyOf(reading)) {
            try {
                release(jobId);
            } catch (RuntimeException e) {
                LOG.warn("Could not release the claim on transfer job {} while stopping; it lapses after its lease",
                        jobId);
            }
        }
    }
}
