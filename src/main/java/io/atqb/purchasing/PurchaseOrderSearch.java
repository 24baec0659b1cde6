package io.atqb.purchasing;

import io.atqb.autotask.AutotaskPurchaseOrder;
import io.atqb.autotask.AutotaskPurchasing;
import io.atqb.autotask.PurchaseOrderCriteria;
import io.atqb.autotask.PurchaseOrderDetail;
import io.atqb.autotask.PurchaseOrderSearchResult;
import io.atqb.purchasing.PurchaseOrderRequests.SearchFilter;
import io.atqb.purchasing.PurchaseOrderResync.Resync;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Searches Autotask's purchase orders (through {@link AutotaskPurchasing}, so within its budget and backoff, and
 * from a recent read when the same search was just made) and joins each with its transfer state. The re-transfer
 * need of transferred POs is judged on fresh Autotask data: for every candidate when {@code needsResync} filters,
 * else only for the page answered.
 */
@Service
public class PurchaseOrderSearch {

    /** Ids per transfer-state lookup (one SQL IN list). */
    static final int STATE_BATCH = 1000;

    private final AutotaskPurchasing autotask;
    private final PurchaseOrderTransfers transfers;
    private final PurchaseOrderResync resync;
    private final Clock clock;

    PurchaseOrderSearch(AutotaskPurchasing autotask, PurchaseOrderTransfers transfers, PurchaseOrderResync resync,
                        Clock clock) {
        this.autotask = autotask;
        this.transfers = transfers;
        this.resync = resync;
        this.clock = clock;
    }

    public SearchPage search(SearchFilter filter) {
        Collection<Long> only = restriction(filter);
        if (only != null && only.isEmpty()) {
            // no PO can match (e.g. none was ever transferred): nothing to ask Autotask
            return new SearchPage(List.of(), 0, clock.instant(), false);
        }
        PurchaseOrderSearchResult found = AutotaskReads.read(() -> autotask.search(
                new PurchaseOrderCriteria(filter.number(), filter.vendor(), filter.status(), only)));
        List<AutotaskPurchaseOrder> candidates = found.purchaseOrders();
        Map<Long, PurchaseOrderState> states = states(ids(candidates));
        List<AutotaskPurchaseOrder> matching = new ArrayList<>();
        for (AutotaskPurchaseOrder po : candidates) {
            if (filter.transferStatus() == null || state(states, po.id()).status() == filter.transferStatus()) {
                matching.add(po);
            }
        }
        Map<Long, Resync> resyncs = Map.of();
        if (filter.needsResync() != null) {
            resyncs = judge(matching, states);
            List<AutotaskPurchaseOrder> kept = new ArrayList<>();
            for (AutotaskPurchaseOrder po : matching) {
                if (resyncs.getOrDefault(po.id(), Resync.NONE).needed() == filter.needsResync()) {
                    kept.add(po);
                }
            }
            matching = kept;
        }
        List<AutotaskPurchaseOrder> page = matching.subList(Math.min(filter.offset(), matching.size()),
                (int) Math.min((long) filter.offset() + filter.limit(), matching.size()));
        if (filter.needsResync() == null) {
            resyncs = judge(page, states);
        }
        List<PurchaseOrderViews.Entry> entries = new ArrayList<>();
        for (AutotaskPurchaseOrder po : page) {
            entries.add(PurchaseOrderViews.Entry.of(po, state(states, po.id()),
                    resyncs.getOrDefault(po.id(), Resync.NONE)));
        }
        return new SearchPage(entries, matching.size(), found.readAt(), found.fromCache());
    }

    /** One PO with its lines and transfer attempts, read fresh from Autotask; empty when Autotask has no such PO. */
    public Optional<PurchaseOrderViews.Detail> detail(long purchaseOrderId) {
        List<PurchaseOrderDetail> read = AutotaskReads.read(() -> autotask.transferData(List.of(purchaseOrderId)));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        PurchaseOrderDetail detail = read.get(0);
        PurchaseOrderState state = state(transfers.states(List.of(purchaseOrderId)), purchaseOrderId);
        Resync need = state.transferredAt() == null ? Resync.NONE : resync.of(detail);
        return Optional.of(PurchaseOrderViews.Detail.of(detail, state, need, transfers.attempts(purchaseOrderId)));
    }

    /** The ids the transfer filters allow, or null when they allow any PO. */
    private Collection<Long> restriction(SearchFilter filter) {
        Set<Long> only = null;
        TransferStatus wanted = filter.transferStatus();
        if (wanted != null && wanted != TransferStatus.NOT_TRANSFERRED) {
            only = new HashSet<>(transfers.idsWithStatus(wanted));
        }
        if (Boolean.TRUE.equals(filter.needsResync())) {
            Set<Long> transferred = new HashSet<>(transfers.transferredIds());
            if (only == null) {
                only = transferred;
            } else {
                only.retainAll(transferred);
            }
        }
        return only;
    }

    private Map<Long, Resync> judge(List<AutotaskPurchaseOrder> pos, Map<Long, PurchaseOrderState> states) {
        List<PurchaseOrderState> wanted = new ArrayList<>();
        for (AutotaskPurchaseOrder po : pos) {
            wanted.add(state(states, po.id()));
        }
        return AutotaskReads.read(() -> resync.of(wanted));
    }

    /** The transfer states of these POs, read in batches so a search over thousands stays within SQL's limits. */
    private Map<Long, PurchaseOrderState> states(List<Long> ids) {
        Map<Long, PurchaseOrderState> states = new HashMap<>();
        for (int from = 0; from < ids.size(); from += STATE_BATCH) {
            states.putAll(transfers.states(ids.subList(from, Math.min(from + STATE_BATCH, ids.size()))));
        }
        return states;
    }

    private static PurchaseOrderState state(Map<Long, PurchaseOrderState> states, long purchaseOrderId) {
        PurchaseOrderState state = states.get(purchaseOrderId);
        return state != null ? state : PurchaseOrderState.notTransferred(purchaseOrderId);
    }

    private static List<Long> ids(List<AutotaskPurchaseOrder> pos) {
        List<Long> ids = new ArrayList<>(pos.size());
        for (AutotaskPurchaseOrder po : pos) {
            ids.add(po.id());
        }
        return ids;
    }

    /**
     * One page of a search.
     *
     * @param entries   the POs of the page, in id order
     * @param total     how many POs match in all
     * @param readAt    when the Autotask data of the search was read
     * @param fromCache true when Autotask was not called (a recent read of the same search answered)
     */
    public record SearchPage(List<PurchaseOrderViews.Entry> entries, int total, Instant readAt, boolean fromCache) {
    }
}
