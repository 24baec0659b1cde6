package io.atqb.purchasing;

import io.atqb.autotask.AutotaskPurchaseOrder;
import io.atqb.autotask.AutotaskPurchasing;
import io.atqb.autotask.PurchaseOrderCriteria;
import io.atqb.autotask.PurchaseOrderDetail;
import io.atqb.autotask.PurchaseOrderStatus;
import io.atqb.connector.InventorySyncArmedEvent;
import io.atqb.system.ApiException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Marks purchase orders ready to transfer to QuickBooks ("Set as Ready to Transfer"): the default connector's next
 * QBWC session transfers them, and an already transferred PO gets a re-transfer ("Update"). Autotask is asked first:
 * an unknown PO and a Canceled one are refused, each by id. With {@code atqb.purchasing.transfer-before-sync} arming
 * the complete sync also marks every PO that needs a re-transfer, so they go over before the sync in that session.
 */
@Service
public class PurchaseOrderMarking {

    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String CANCELED = "CANCELED";
    private static final Logger LOG = LoggerFactory.getLogger(PurchaseOrderMarking.class);

    private final AutotaskPurchasing autotask;
    private final PurchaseOrderTransfers transfers;
    private final PurchaseOrderResync resync;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final boolean transferBeforeSync;

    PurchaseOrderMarking(AutotaskPurchasing autotask, PurchaseOrderTransfers transfers, PurchaseOrderResync resync,
                         PlatformTransactionManager transactions, Clock clock, PurchasingProperties properties) {
        this.autotask = autotask;
        this.transfers = transfers;
        this.resync = resync;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.transferBeforeSync = properties.transferBeforeSync();
    }

    /** Marks one PO after reading it from Autotask: 404 when Autotask has no such PO, 409 when it is Canceled. */
    public MarkResult markOne(long purchaseOrderId) {
        Optional<AutotaskPurchaseOrder> po = AutotaskReads.read(() -> autotask.purchaseOrder(purchaseOrderId));
        if (po.isEmpty()) {
            throw new ApiException(HttpStatus.NOT_FOUND, notFound(purchaseOrderId));
        }
        if (po.get().status() == PurchaseOrderStatus.CANCELED) {
            throw new ApiException(HttpStatus.CONFLICT, canceled(po.get()));
        }
        return markReady(List.of(purchaseOrderId), List.of());
    }

    /**
     * Marks the listed POs that Autotask has and that are not Canceled; every other id comes back refused with its
     * reason, so nothing is dropped silently. Autotask is read with one search by ids (it may be a recent read).
     */
    public MarkResult mark(Collection<Long> purchaseOrderIds) {
        List<AutotaskPurchaseOrder> found = AutotaskReads.read(() -> autotask.search(
                new PurchaseOrderCriteria(null, null, null, purchaseOrderIds))).purchaseOrders();
        Map<Long, AutotaskPurchaseOrder> byId = new HashMap<>();
        for (AutotaskPurchaseOrder po : found) {
            byId.put(po.id(), po);
        }
        List<Long> ready = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (long id : purchaseOrderIds) {
            AutotaskPurchaseOrder po = byId.get(id);
            if (po == null) {
                refused.add(new Refused(id, NOT_FOUND, notFound(id)));
            } else if (po.status() == PurchaseOrderStatus.CANCELED) {
                refused.add(new Refused(id, CANCELED, canceled(po)));
            } else {
                ready.add(id);
            }
        }
        return markReady(ready, refused);
    }

    /**
     * Marks those of the listed POs that were never marked nor transferred (as {@link #mark}); the others are left
     * as they are and not listed. For seeding a demo: marking again would ask for a re-transfer.
     */
    public MarkResult markUntransferred(Collection<Long> purchaseOrderIds) {
        List<Long> untouched = new ArrayList<>();
        Map<Long, PurchaseOrderState> states = transfers.states(purchaseOrderIds);
        for (long id : purchaseOrderIds) {
            PurchaseOrderState state = states.get(id);
            if (state == null || state.status() == TransferStatus.NOT_TRANSFERRED) {
                untouched.add(id);
            }
        }
        return untouched.isEmpty() ? new MarkResult(List.of(), TransferStatus.READY, List.of(), null)
                : mark(untouched);
    }

    /** Marks every transferred PO needing a re-transfer (judged on fresh Autotask data); Canceled ones are refused. */
    public MarkResult markNeedingResync() {
        List<PurchaseOrderDetail> needing = AutotaskReads.read(resync::needingResync);
        List<Long> ready = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (PurchaseOrderDetail detail : needing) {
            AutotaskPurchaseOrder po = detail.purchaseOrder();
            if (po.status() == PurchaseOrderStatus.CANCELED) {
                refused.add(new Refused(po.id(), CANCELED, canceled(po)));
            } else {
                ready.add(po.id());
            }
        }
        return markReady(ready, refused);
    }

    /**
     * Where these POs stand now, and which transferred POs (of all) need a re-transfer, judged on fresh Autotask data.
     * For a summary after a session; Autotask failing is a 502 {@link ApiException}.
     */
    public Progress progress(Collection<Long> purchaseOrderIds) {
        Map<Long, PurchaseOrderState> states = transfers.states(purchaseOrderIds);
        List<Long> transferred = new ArrayList<>();
        List<Long> failed = new ArrayList<>();
        List<Long> waiting = new ArrayList<>();
        for (PurchaseOrderState state : states.values()) {
            switch (state.status()) {
                case TRANSFERRED -> transferred.add(state.purchaseOrderId());
                case FAILED -> failed.add(state.purchaseOrderId());
                case READY -> waiting.add(state.purchaseOrderId());
                case NOT_TRANSFERRED -> { }
            }
        }
        List<Long> needing = new ArrayList<>();
        for (PurchaseOrderDetail detail : AutotaskReads.read(resync::needingResync)) {
            needing.add(detail.purchaseOrder().id());
        }
        return new Progress(transferred, failed, waiting, needing);
    }

    /**
     * A complete sync was armed: with {@code atqb.purchasing.transfer-before-sync} every PO needing a re-transfer is
     * marked, so the session transfers it before the sync and the sync leaves nothing NOT_SYNCED. When Autotask
     * cannot be read the sync still runs (those receipts are NOT_SYNCED, as without the setting).
     */
    @TransactionalEventListener(fallbackExecution = true)
    void onSyncArmed(InventorySyncArmedEvent event) {
        if (!transferBeforeSync) {
            return;
        }
        try {
            MarkResult result = markNeedingResync();
            LOG.info("Transfer before sync (armed by {}): {} purchase order(s) needing a re-transfer marked {}{}",
                    event.trigger(), result.ids().size(), result.ids(),
                    result.refused().isEmpty() ? "" : "; refused " + result.refused());
        } catch (RuntimeException e) {
            // the arming is committed already: a failure here must not turn it into an error answer
            LOG.warn("Transfer before sync (armed by {}): no purchase order marked: {}", event.trigger(),
                    e.getMessage());
        }
    }

    private MarkResult markReady(List<Long> ids, List<Refused> refused) {
        String message = null;
        if (!ids.isEmpty()) {
            Boolean queued = ownTransaction.execute(status -> transfers.markReady(ids, clock.instant()));
            if (!Boolean.TRUE.equals(queued)) {
                message = "No default web connector yet: the purchase orders stay READY and transfer in its first"
                        + " QBWC session";
            }
            LOG.info("Purchase orders marked ready to transfer to QuickBooks: {}", ids);
        }
        return new MarkResult(List.copyOf(ids), TransferStatus.READY, List.copyOf(refused), message);
    }

    private static String notFound(long id) {
        return "Autotask has no purchase order " + id;
    }

    private static String canceled(AutotaskPurchaseOrder po) {
        return "Purchase order " + po.id() + (po.purchaseOrderNumber() == null ? "" : " (" + po.purchaseOrderNumber()
                + ")") + " is Canceled in Autotask; a Canceled purchase order is not transferred";
    }

    /**
     * What a marking did.
     *
     * @param ids            the POs now READY (in the order asked)
     * @param transferStatus READY
     * @param refused        the POs not marked, each with its reason
     * @param message        a note when the transfer cannot start yet (no default connector), else null
     */
    public record MarkResult(List<Long> ids, TransferStatus transferStatus, List<Refused> refused, String message) {
    }

    /**
     * Where marked POs stand.
     *
     * @param transferred   those QuickBooks has
     * @param failed        those whose last attempt failed (the PO's message says why)
     * @param ready         those still waiting for a session
     * @param needingResync every transferred PO (not only those asked about) that needs a re-transfer
     */
    public record Progress(List<Long> transferred, List<Long> failed, List<Long> ready, List<Long> needingResync) {
    }

    /**
     * A PO that was not marked.
     *
     * @param reason {@value #NOT_FOUND} (Autotask has no such PO) or {@value #CANCELED}
     */
    public record Refused(long id, String reason, String message) {
    }
}
