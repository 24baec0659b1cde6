package io.atqb.purchasing;

import io.atqb.autotask.AutotaskProduct;
import io.atqb.autotask.AutotaskReceipt;
import io.atqb.autotask.PurchaseOrderDetail;
import io.atqb.autotask.PurchaseOrderStatus;
import io.atqb.qbwc.JobStep;
import io.atqb.qbwc.QbwcJob;
import io.atqb.qbwc.RequestQueue;
import io.atqb.qbxml.ItemReceiptAddRq;
import io.atqb.qbxml.ItemReceiptQueryRq;
import io.atqb.qbxml.PurchaseOrderAddRq;
import io.atqb.qbxml.PurchaseOrderQueryRq;
import io.atqb.qbxml.PurchaseOrderRet;
import io.atqb.qbxml.QbxmlRequest;
import io.atqb.qbxml.VendorQueryRq;
import io.atqb.quickbooks.NameHolder;
import io.atqb.quickbooks.QuickBooksNames;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The steps of a transfer job in a session. Every purchase order it carries walks VENDOR -> ITEMS -> ORDER ->
 * RECEIPTS; each call queues, for all POs at once, what their current step needs from QuickBooks, and moves on
 * those whose step needs nothing. A new session starts every unfinished PO over from VENDOR; each step skips what
 * is settled, and asks QuickBooks before adding anything that may already be there (never twice).
 */
@Component
class TransferSteps {

    private final TransferJobRepository work;
    private final TransferStateRepository states;
    private final TransferDetails details;
    private final TransferOutcomes outcomes;
    private final QuickBooksItemLinks links;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TransferSteps(TransferJobRepository work, TransferStateRepository states, TransferDetails details,
                  TransferOutcomes outcomes, QuickBooksItemLinks links, ApplicationEventPublisher events,
                  Clock clock) {
        this.work = work;
        this.states = states;
        this.details = details;
        this.outcomes = outcomes;
        this.links = links;
        this.events = events;
        this.clock = clock;
    }

    /** A new session: what an earlier one left queued is gone; every unfinished PO starts over. */
    void beginSession(QbwcJob job, RequestQueue queue) {
        if (work.lock(job.id()).isEmpty()) {
            return;
        }
        queue.discardOutstanding();
        work.saveAll(work.work(job.id()).stream().filter(row -> !row.step().isFinal())
                .map(TransferSteps::startedOver).toList());
    }

    /** The job's queue is empty: queue what each PO's step needs, or say why not. */
    JobStep next(QbwcJob job, RequestQueue queue) {
        var transferJob = work.lock(job.id());
        if (transferJob.isEmpty()) {
            return JobStep.finished();
        }
        // the requests of a PO still waiting were lost on the way (the queue is empty): it starts over
        work.saveAll(work.work(job.id()).stream().filter(row -> isWaiting(row.step()))
                .map(TransferSteps::startedOver).toList());
        List<QbxmlRequest> requests = new ArrayList<>();
        Map<Long, String> itemLinks = links.links(job.connectorId());
        vendors(job, requests);
        items(job, itemLinks, requests);
        orders(job, itemLinks, requests);
        receipts(job, itemLinks, requests);
        if (!requests.isEmpty()) {
            queue.enqueue(requests);
            return JobStep.work();
        }
        TransferJobRepository.TransferJob state = transferJob.get();
        if (state.phase() == TransferJobRepository.Phase.LOADING) {
            return JobStep.waiting("Reading the purchase orders from Autotask");
        }
        List<TransferWork> rows = work.work(job.id());
        List<TransferWork> retry = rows.stream().filter(r -> r.step() == TransferWork.Step.RETRY).toList();
        events.publishEvent(new PurchaseOrderTransfersSettled(job.connectorId()));
        if (!retry.isEmpty()) {
            return JobStep.paused(retry.size() + " purchase order(s) wait for QuickBooks (busy or locked): "
                    + retry.get(0).message());
        }
        if (state.phase() == TransferJobRepository.Phase.LOAD_FAILED) {
            work.deleteWork(job.id());
            return JobStep.failed(state.message());
        }
        work.deleteWork(job.id());
        return JobStep.finished();
    }

    /** One line for closeConnection. */
    String summary(QbwcJob job) {
        List<TransferWork> rows = work.work(job.id());
        if (rows.isEmpty()) {
            return "Purchase-order transfer: " + (job.message() == null ? "done" : job.message());
        }
        Map<TransferWork.Step, Long> counts = rows.stream()
                .collect(Collectors.groupingBy(TransferWork::step, Collectors.counting()));
        return "Purchase-order transfer: " + counts.getOrDefault(TransferWork.Step.DONE, 0L) + " transferred, "
                + counts.getOrDefault(TransferWork.Step.FAILED, 0L) + " failed, "
                + (rows.size() - counts.getOrDefault(TransferWork.Step.DONE, 0L)
                - counts.getOrDefault(TransferWork.Step.FAILED, 0L)) + " to go";
    }

    int remainingEstimate(QbwcJob job) {
        return work.countUnfinished(job.id());
    }

    private static TransferWork startedOver(TransferWork row) {
        return row.at(TransferWork.Step.VENDOR).withQuickBooksLines(null);
    }

    static boolean isWaiting(TransferWork.Step step) {
        return step == TransferWork.Step.VENDOR_WAIT || step == TransferWork.Step.ITEMS_WAIT
                || step == TransferWork.Step.ORDER_WAIT || step == TransferWork.Step.RECEIPTS_WAIT;
    }

    /** VENDOR: a Canceled PO fails; the vendor is asked for by name (each name once). */
    private void vendors(QbwcJob job, List<QbxmlRequest> requests) {
        Map<String, String> names = new LinkedHashMap<>();
        List<TransferWork> moved = new ArrayList<>();
        for (TransferWork row : rowsAt(job, TransferWork.Step.VENDOR)) {
            PurchaseOrderDetail detail = details.detail(row);
            if (detail.purchaseOrder().status() == PurchaseOrderStatus.CANCELED) {
                outcomes.failed(row, "The purchase order is Canceled in Autotask; a canceled purchase order is not"
                        + " transferred");
            } else if (detail.lines().isEmpty()) {
                outcomes.failed(row, "The purchase order has no lines in Autotask; QuickBooks needs at least one");
            } else if (row.vendorListId() != null) {
                moved.add(row.at(TransferWork.Step.ITEMS));
            } else if (row.vendorName() == null || row.vendorName().isBlank()) {
                outcomes.failed(row, "The purchase order's vendor has no name in Autotask");
            } else {
                names.putIfAbsent(QuickBooksNames.key(row.vendorName()), row.vendorName());
                moved.add(row.at(TransferWork.Step.VENDOR_WAIT));
            }
        }
        work.saveAll(moved);
        names.values().forEach(name -> requests.add(new VendorQueryRq(null, List.of(name))));
    }

    /** ITEMS: each product is the item kept for it, or the inventory part of its name (asked for, made if none). */
    private void items(QbwcJob job, Map<Long, String> itemLinks, List<QbxmlRequest> requests) {
        List<TransferWork> rows = rowsAt(job, TransferWork.Step.ITEMS);
        Map<Long, AutotaskProduct> unlinked = new LinkedHashMap<>();
        Map<Long, PurchaseOrderDetail> byRow = new HashMap<>();
        for (TransferWork row : rows) {
            PurchaseOrderDetail detail = details.detail(row);
            byRow.put(row.purchaseOrderId(), detail);
            detail.lines().stream().filter(line -> !itemLinks.containsKey(line.productId()))
                    .forEach(line -> unlinked.put(line.productId(), detail.products().get(line.productId())));
        }
        Map<String, List<Long>> byName = new HashMap<>();
        unlinked.forEach((id, product) -> {
            if (product != null) {
                byName.computeIfAbsent(QuickBooksNames.key(QuickBooksNames.itemName(product.name())),
                        k -> new ArrayList<>()).add(id);
            }
        });
        Set<String> asked = new HashSet<>();
        List<TransferWork> moved = new ArrayList<>();
        for (TransferWork row : rows) {
            PurchaseOrderDetail detail = byRow.get(row.purchaseOrderId());
            String problem = null;
            List<String> names = new ArrayList<>();
            for (var line : detail.lines()) {
                if (itemLinks.containsKey(line.productId())) {
                    continue;
                }
                AutotaskProduct product = detail.products().get(line.productId());
                String name = product == null ? "" : QuickBooksNames.itemName(product.name());
                if (product == null) {
                    problem = "Autotask has no product " + line.productId() + " (line " + line.id() + ")";
                } else if (name.isEmpty() || name.indexOf(':') >= 0) {
                    problem = "The product \"" + product.name() + "\" cannot be a QuickBooks item name";
                } else if (byName.get(QuickBooksNames.key(name)).size() > 1) {
                    problem = "The products " + byName.get(QuickBooksNames.key(name)) + " have the same QuickBooks"
                            + " item name \"" + name + "\" once cut to 31 characters and compared without case";
                } else {
                    names.add(name);
                }
            }
            if (problem != null) {
                outcomes.failed(row, problem);
            } else if (names.isEmpty()) {
                moved.add(row.at(TransferWork.Step.ORDER));
            } else {
                for (String name : names) {
                    if (asked.add(QuickBooksNames.key(name))) {
                        requests.add(NameHolder.inspect(name));
                    }
                }
                moved.add(row.at(TransferWork.Step.ITEMS_WAIT));
            }
        }
        work.saveAll(moved);
    }

    /** ORDER: QuickBooks' PO is read (by TxnID, or by RefNumber when an add may have gone), or added. */
    private void orders(QbwcJob job, Map<Long, String> itemLinks, List<QbxmlRequest> requests) {
        List<TransferWork> moved = new ArrayList<>();
        for (TransferWork row : rowsAt(job, TransferWork.Step.ORDER)) {
            PurchaseOrderDetail detail = details.detail(row);
            TransferStateRepository.StoredState state = states.state(row.purchaseOrderId()).orElseThrow();
            if (state.txnId() != null) {
                requests.add(new PurchaseOrderQueryRq(null, List.of(state.txnId()), List.of(), true, false));
            } else if (state.addSentAt() != null) {
                requests.add(new PurchaseOrderQueryRq(null, List.of(), List.of(TransferPlanning.purchaseOrderRefNumber(
                        row.purchaseOrderId(), detail.purchaseOrder().purchaseOrderNumber())), true, false));
            } else {
                PurchaseOrderAddRq add;
                try {
                    add = TransferRequests.purchaseOrderAdd(detail, row.vendorListId(), itemLinks, today());
                } catch (IllegalArgumentException e) {
                    outcomes.failed(row, "The purchase order cannot be written as qbXML: " + e.getMessage());
                    continue;
                }
                states.markAddSent(row.purchaseOrderId(), clock.instant());
                requests.add(add);
            }
            moved.add(row.at(TransferWork.Step.ORDER_WAIT));
        }
        work.saveAll(moved);
    }

    /**
     * RECEIPTS: receipts whose add may have reached QuickBooks are asked for by RefNumber first; then one
     * ItemReceiptAdd per receipt QuickBooks lacks; a PO with nothing left to send is transferred.
     */
    private void receipts(QbwcJob job, Map<Long, String> itemLinks, List<QbxmlRequest> requests) {
        List<TransferWork> moved = new ArrayList<>();
        for (TransferWork row : rowsAt(job, TransferWork.Step.RECEIPTS)) {
            PurchaseOrderDetail detail = details.detail(row);
            PurchaseOrderRet quickbooks = details.quickbooks(row);
            Map<Long, TransferStateRepository.StoredReceipt> stored = new HashMap<>();
            states.receipts(row.purchaseOrderId()).forEach(r -> stored.put(r.receivingId(), r));
            List<String> inDoubt = stored.values().stream().filter(r -> !r.sent())
                    .map(r -> TransferPlanning.receiptRefNumber(r.receivingId())).sorted().toList();
            if (!inDoubt.isEmpty()) {
                requests.add(new ItemReceiptQueryRq(null, inDoubt, false));
                moved.add(row.at(TransferWork.Step.RECEIPTS_WAIT));
                continue;
            }
            // receipts not recorded for the PO are new here: recorded in a batch, not each looked for first
            List<AutotaskReceipt> toSend = new ArrayList<>();
            List<TransferStateRepository.StoredReceipt> nothingToReceive = new ArrayList<>();
            for (AutotaskReceipt receipt : detail.receipts()) {
                if (stored.containsKey(receipt.id())) {
                    continue;
                }
                if (receipt.quantity() == 0) {
                    // nothing to receive: QuickBooks needs no item receipt for it
                    nothingToReceive.add(receiptRow(detail, receipt, row.attemptId(),
                            TransferStateRepository.StoredReceipt.SENT, null));
                } else {
                    toSend.add(receipt);
                }
            }
            states.insertReceipts(nothingToReceive, clock.instant());
            List<ItemReceiptAddRq> adds;
            try {
                adds = TransferRequests.itemReceipts(detail, quickbooks, row.vendorListId(), itemLinks, toSend,
                        today());
            } catch (IllegalArgumentException e) {
                outcomes.failed(row, "A receipt cannot be written as qbXML: " + e.getMessage());
                continue;
            }
            if (adds.isEmpty()) {
                outcomes.transferred(row);
                continue;
            }
            Map<Long, AutotaskReceipt> byId = new HashMap<>();
            toSend.forEach(r -> byId.put(r.id(), r));
            List<TransferStateRepository.StoredReceipt> sending = new ArrayList<>();
            for (ItemReceiptAddRq add : adds) {
                AutotaskReceipt receipt = byId.get(TransferRequests.receivingOf(add.refNumber()));
                sending.add(receiptRow(detail, receipt, row.attemptId(), TransferStateRepository.StoredReceipt.SENDING,
                        null));
                requests.add(add);
            }
            states.insertReceipts(sending, clock.instant());
            moved.add(row.at(TransferWork.Step.RECEIPTS_WAIT));
        }
        work.saveAll(moved);
    }

    static TransferStateRepository.StoredReceipt receiptRow(PurchaseOrderDetail detail, AutotaskReceipt receipt,
                                                            long attemptId, String status, String txnId) {
        long productId = detail.lines().stream().filter(l -> l.id() == receipt.purchaseOrderItemId())
                .mapToLong(l -> l.productId()).findFirst().orElse(0L);
        return new TransferStateRepository.StoredReceipt(receipt.id(), detail.purchaseOrder().id(),
                receipt.purchaseOrderItemId(), productId, receipt.quantity(), status, attemptId, txnId);
    }

    private List<TransferWork> rowsAt(QbwcJob job, TransferWork.Step step) {
        return work.at(job.id(), step);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
