package io.atqb.purchasing;

import io.atqb.autotask.PurchaseOrderDetail;
import io.atqb.connector.ConnectorAccounts;
import io.atqb.connector.WebConnectorRepository;
import io.atqb.qbwc.QbwcJob;
import io.atqb.qbwc.RequestQueue;
import io.atqb.qbxml.ItemInventoryAddRq;
import io.atqb.qbxml.ItemInventoryAddRs;
import io.atqb.qbxml.ItemQueryRq;
import io.atqb.qbxml.ItemQueryRs;
import io.atqb.qbxml.ItemReceiptAddRq;
import io.atqb.qbxml.ItemReceiptAddRs;
import io.atqb.qbxml.ItemReceiptQueryRq;
import io.atqb.qbxml.ItemReceiptQueryRs;
import io.atqb.qbxml.ItemReceiptRet;
import io.atqb.qbxml.PurchaseOrderAddRq;
import io.atqb.qbxml.PurchaseOrderAddRs;
import io.atqb.qbxml.PurchaseOrderModRq;
import io.atqb.qbxml.PurchaseOrderModRs;
import io.atqb.qbxml.PurchaseOrderQueryRq;
import io.atqb.qbxml.PurchaseOrderQueryRs;
import io.atqb.qbxml.PurchaseOrderRet;
import io.atqb.qbxml.QbxmlStatus;
import io.atqb.qbxml.VendorAddRq;
import io.atqb.qbxml.VendorAddRs;
import io.atqb.qbxml.VendorQueryRq;
import io.atqb.qbxml.VendorQueryRs;
import io.atqb.quickbooks.NameHolder;
import io.atqb.quickbooks.QuickBooksCodes;
import io.atqb.quickbooks.QuickBooksNames;
import io.atqb.quickbooks.Refusal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * QuickBooks' answers to a transfer job's requests, one method per kind: finds the purchase orders an answer is
 * about and moves them on (the next step, a follow-up request), or ends them (FAILED with QuickBooks' words, RETRY
 * in the next session when QuickBooks was busy or locked).
 */
@Component
class TransferResponses {

    private final TransferJobRepository work;
    private final TransferStateRepository states;
    private final TransferDetails details;
    private final TransferOutcomes outcomes;
    private final QuickBooksItemLinks links;
    private final WebConnectorRepository connectors;
    private final Clock clock;

    TransferResponses(TransferJobRepository work, TransferStateRepository states, TransferDetails details,
                      TransferOutcomes outcomes, QuickBooksItemLinks links, WebConnectorRepository connectors,
                      Clock clock) {
        this.work = work;
        this.states = states;
        this.details = details;
        this.outcomes = outcomes;
        this.links = links;
        this.connectors = connectors;
        this.clock = clock;
    }

    /** A query that found nothing answers 1 (or 500 when part of it was not found); those are no refusal. */
    static boolean answered(QbxmlStatus status) {
        return status.isOk() || status.code() == 1 || status.code() == 500;
    }

    void vendorFound(QbwcJob job, VendorQueryRq request, VendorQueryRs rs, RequestQueue queue) {
        String name = request.fullNames().get(0);
        List<TransferWork> rows = vendorRows(job, name);
        if (!answered(rs.status())) {
            refuse(rows, "QuickBooks could not look up the vendor \"" + name + "\"", rs.status());
        } else if (rs.vendors().isEmpty()) {
            queue.enqueue(new VendorAddRq(null, name));
        } else {
            work.saveAll(withVendor(rows, rs.vendors().get(0).listId()));
        }
    }

    void vendorAdded(QbwcJob job, VendorAddRq request, VendorAddRs rs) {
        List<TransferWork> rows = vendorRows(job, request.name());
        if (rs.status().isOk() && rs.vendor() != null) {
            work.saveAll(withVendor(rows, rs.vendor().listId()));
        } else if (QuickBooksCodes.isNameInUse(rs.status())) {
            String reason = "QuickBooks refused to create the vendor \"" + request.name() + "\": the name is held by a"
                    + " customer, employee or other name, and names are unique across those lists ("
                    + QuickBooksCodes.describe(rs.status()) + ")";
            rows.forEach(row -> outcomes.failed(row, reason));
        } else {
            refuse(rows, "QuickBooks refused to create the vendor \"" + request.name() + "\"", rs.status());
        }
    }

    /** Which item holds a product's name: an inventory part is linked; none: it is created; another kind fails. */
    void nameInspected(QbwcJob job, ItemQueryRq request, ItemQueryRs rs, RequestQueue queue) {
        String name = request.fullNames().get(0);
        List<Long> products = productsNamed(job, name);
        List<TransferWork> rows = itemRows(job, products);
        if (!answered(rs.status())) {
            refuse(rows, "QuickBooks could not look up the item \"" + name + "\"", rs.status());
            return;
        }
        Optional<NameHolder> holder = NameHolder.of(rs);
        if (holder.isEmpty()) {
            ConnectorAccounts accounts = connectors.findById(job.connectorId()).orElseThrow().accounts();
            queue.enqueue(new ItemInventoryAddRq(null, name, null, accounts.income(), null, accounts.cogs(),
                    accounts.asset()));
        } else if (holder.get().isInventoryPart()) {
            link(job, products, holder.get().listId());
        } else {
            String reason = "QuickBooks already has a " + holder.get().kind() + " named \"" + holder.get().fullName()
                    + "\"; item names are unique across item types, so no inventory item can be made for this"
                    + " product (rename it or make it an inventory part)";
            rows.forEach(row -> outcomes.failed(row, reason));
        }
    }

    void itemCreated(QbwcJob job, ItemInventoryAddRq request, ItemInventoryAddRs rs, RequestQueue queue) {
        List<Long> products = productsNamed(job, request.name());
        if (rs.status().isOk() && rs.item() != null) {
            link(job, products, rs.item().listId());
        } else if (QuickBooksCodes.isNameInUse(rs.status())) {
            queue.enqueue(NameHolder.inspect(request.name()));
        } else {
            refuse(itemRows(job, products), "QuickBooks refused to create the item \"" + request.name() + "\"",
                    rs.status());
        }
    }

    /** QuickBooks' PO read by TxnID or RefNumber. */
    void orderRead(QbwcJob job, PurchaseOrderQueryRq request, PurchaseOrderQueryRs rs, RequestQueue queue) {
        List<TransferWork> rows = orderRows(job, request);
        if (!answered(rs.status())) {
            refuse(rows, "QuickBooks could not read the purchase order", rs.status());
            return;
        }
        for (TransferWork row : rows) {
            String guid = TransferPlanning.purchaseOrderGuid(row.purchaseOrderId());
            TransferStateRepository.StoredState state = states.state(row.purchaseOrderId()).orElseThrow();
            Optional<PurchaseOrderRet> found = rs.purchaseOrders().stream()
                    .filter(po -> state.txnId() != null ? state.txnId().equals(po.txnId())
                            : guid.equalsIgnoreCase(po.externalGuid()))
                    .findFirst();
            if (found.isPresent()) {
                withOrder(job, row, found.get(), queue);
            } else if (state.txnId() != null) {
                outcomes.failed(row, "QuickBooks no longer has the purchase order (TxnID " + state.txnId()
                        + ") this PO was transferred as");
            } else {
                // the add did not reach QuickBooks: it is sent now
                PurchaseOrderDetail detail = details.detail(row);
                states.markAddSent(row.purchaseOrderId(), clock.instant());
                queue.enqueue(TransferRequests.purchaseOrderAdd(detail, row.vendorListId(),
                        links.links(job.connectorId(), productsOf(detail)), java.time.LocalDate.ofInstant(clock.instant(),
                                java.time.ZoneOffset.UTC)));
            }
        }
    }

    void orderAdded(QbwcJob job, PurchaseOrderAddRq request, PurchaseOrderAddRs rs, RequestQueue queue) {
        Optional<TransferWork> row = rowOfGuid(job, request.externalGuid());
        if (row.isEmpty()) {
            return;
        }
        if (rs.status().isOk() && rs.purchaseOrder() != null) {
            withOrder(job, row.get(), rs.purchaseOrder(), queue);
            return;
        }
        states.clearAddSent(row.get().purchaseOrderId(), clock.instant());
        refuse(List.of(row.get()), "QuickBooks refused the purchase order", rs.status());
    }

    void orderModified(QbwcJob job, PurchaseOrderModRq request, PurchaseOrderModRs rs, RequestQueue queue) {
        Optional<TransferWork> row = rowOfTxn(job, request.txnId());
        if (row.isEmpty()) {
            return;
        }
        if (rs.status().isOk() && rs.purchaseOrder() != null) {
            withOrder(job, row.get(), rs.purchaseOrder(), queue);
        } else if (QuickBooksCodes.isStaleEditSequence(rs.status())) {
            queue.enqueue(new PurchaseOrderQueryRq(null, List.of(request.txnId()), List.of(), true, false));
        } else {
            refuse(List.of(row.get()), "QuickBooks refused to change the purchase order's lines", rs.status());
        }
    }

    /** The item receipts QuickBooks has of receipts whose add may have reached it. */
    void receiptsRead(QbwcJob job, ItemReceiptQueryRq request, ItemReceiptQueryRs rs) {
        List<Long> receivings = request.refNumbers().stream().map(TransferRequests::receivingOf)
                .filter(Objects::nonNull).toList();
        Optional<TransferWork> row = rowOfReceivings(job, receivings);
        if (row.isEmpty()) {
            return;
        }
        if (!answered(rs.status())) {
            refuse(List.of(row.get()), "QuickBooks could not read the item receipts", rs.status());
            return;
        }
        for (TransferStateRepository.StoredReceipt receipt : states.receipts(row.get().purchaseOrderId())) {
            if (receipt.sent() || !receivings.contains(receipt.receivingId())) {
                continue;
            }
            String guid = TransferPlanning.receiptGuid(receipt.receivingId());
            Optional<ItemReceiptRet> there = rs.receipts().stream()
                    .filter(r -> guid.equalsIgnoreCase(r.externalGuid())).findFirst();
            if (there.isPresent()) {
                states.saveReceipt(sent(receipt, there.get().txnId()), clock.instant());
            } else {
                states.forgetReceipt(receipt.receivingId());
            }
        }
        work.save(row.get().at(TransferWork.Step.RECEIPTS));
    }

    void receiptAdded(QbwcJob job, ItemReceiptAddRq request, ItemReceiptAddRs rs) {
        Long receivingId = TransferRequests.receivingOf(request.refNumber());
        Optional<TransferWork> row = rowOfReceivings(job, receivingId == null ? List.of() : List.of(receivingId));
        if (row.isEmpty()) {
            return;
        }
        List<TransferStateRepository.StoredReceipt> recorded = states.receipts(row.get().purchaseOrderId());
        if (!rs.status().isOk() || rs.receipt() == null) {
            states.forgetReceipt(receivingId);
            refuse(List.of(row.get()), "QuickBooks refused the item receipt of Autotask receipt " + receivingId,
                    rs.status());
            return;
        }
        recorded.stream().filter(r -> r.receivingId() == receivingId).findFirst()
                .ifPresent(r -> states.saveReceipt(sent(r, rs.receipt().txnId()), clock.instant()));
        // the PO's other receipts as read above: this answer changed only its own
        boolean pending = recorded.stream().anyMatch(r -> r.receivingId() != receivingId && !r.sent());
        if (row.get().step() == TransferWork.Step.RECEIPTS_WAIT && !pending) {
            outcomes.transferred(row.get());
        }
    }

    /** QuickBooks has the PO: change its lines when Autotask's differ, else on to the receipts. */
    private void withOrder(QbwcJob job, TransferWork row, PurchaseOrderRet quickbooks, RequestQueue queue) {
        states.recordQuickBooksOrder(row.purchaseOrderId(), job.connectorId(), quickbooks.txnId(),
                quickbooks.editSequence(), quickbooks.refNumber(), clock.instant());
        PurchaseOrderDetail detail = details.detail(row);
        Map<Long, String> itemLinks = links.links(job.connectorId(), productsOf(detail));
        Optional<PurchaseOrderModRq> mod;
        try {
            mod = TransferRequests.purchaseOrderMod(detail, quickbooks, itemLinks);
        } catch (IllegalArgumentException e) {
            outcomes.failed(row, "The purchase order's lines cannot be written as qbXML: " + e.getMessage());
            return;
        }
        if (mod.isPresent()) {
            queue.enqueue(mod.get());
            work.save(row.at(TransferWork.Step.ORDER_WAIT));
            return;
        }
        outcomes.recordLines(detail, quickbooks);
        work.save(row.withQuickBooksLines(details.write(quickbooks)).at(TransferWork.Step.RECEIPTS));
    }

    private static List<TransferWork> withVendor(List<TransferWork> rows, String listId) {
        return rows.stream().map(row -> row.withVendor(listId).at(TransferWork.Step.ITEMS)).toList();
    }

    private void refuse(List<TransferWork> rows, String what, QbxmlStatus status) {
        Refusal refusal = Refusal.of(what, status);
        for (TransferWork row : rows) {
            if (refusal.retry()) {
                outcomes.retry(row, refusal.message());
            } else {
                outcomes.failed(row, refusal.message());
            }
        }
    }

    /** The products are this item now: the POs waiting for them whose every product has its item go on. */
    private void link(QbwcJob job, List<Long> products, String listId) {
        Map<Long, String> linked = new java.util.HashMap<>();
        products.forEach(id -> linked.put(id, listId));
        links.save(job.connectorId(), linked, clock.instant());
        List<TransferWork> rows = work.atWithProducts(job.id(), TransferWork.Step.ITEMS_WAIT, products);
        Map<Long, List<Long>> productsByRow = work.products(job.id(),
                rows.stream().map(TransferWork::purchaseOrderId).toList());
        Map<Long, String> itemLinks = links.links(job.connectorId(),
                productsByRow.values().stream().flatMap(List::stream).distinct().toList());
        for (TransferWork row : rows) {
            boolean complete = productsByRow.getOrDefault(row.purchaseOrderId(), List.of()).stream()
                    .allMatch(itemLinks::containsKey);
            if (complete) {
                work.save(row.at(TransferWork.Step.ORDER));
            }
        }
    }

    private static List<Long> productsOf(PurchaseOrderDetail detail) {
        return detail.lines().stream().map(line -> line.productId()).distinct().toList();
    }

    private static TransferStateRepository.StoredReceipt sent(TransferStateRepository.StoredReceipt receipt,
                                                              String txnId) {
        return new TransferStateRepository.StoredReceipt(receipt.receivingId(), receipt.purchaseOrderId(),
                receipt.purchaseOrderItemId(), receipt.productId(), receipt.quantity(),
                TransferStateRepository.StoredReceipt.SENT, receipt.attemptId(), txnId);
    }

    private List<TransferWork> vendorRows(QbwcJob job, String name) {
        return work.atWithVendor(job.id(), TransferWork.Step.VENDOR_WAIT, QuickBooksNames.key(name));
    }

    /** The unlinked products (of POs waiting for their items) whose QuickBooks item name is this one. */
    private List<Long> productsNamed(QbwcJob job, String name) {
        List<Long> named = work.productsNamed(job.id(), TransferWork.Step.ITEMS_WAIT,
                QuickBooksNames.key(QuickBooksNames.itemName(name)));
        Map<Long, String> itemLinks = links.links(job.connectorId(), named);
        return named.stream().filter(id -> !itemLinks.containsKey(id)).toList();
    }

    private List<TransferWork> itemRows(QbwcJob job, List<Long> products) {
        return work.atWithProducts(job.id(), TransferWork.Step.ITEMS_WAIT, products);
    }

    private List<TransferWork> orderRows(QbwcJob job, PurchaseOrderQueryRq request) {
        if (!request.txnIds().isEmpty()) {
            return work.atWithTxnIds(job.id(), TransferWork.Step.ORDER_WAIT, request.txnIds());
        }
        return work.atWithRefNumbersWithoutTxn(job.id(), TransferWork.Step.ORDER_WAIT, request.refNumbers());
    }

    private Optional<TransferWork> rowOfGuid(QbwcJob job, String guid) {
        return work.atWithGuid(job.id(), TransferWork.Step.ORDER_WAIT, guid);
    }

    private Optional<TransferWork> rowOfTxn(QbwcJob job, String txnId) {
        return work.atWithTxnIds(job.id(), TransferWork.Step.ORDER_WAIT, List.of(txnId)).stream().findFirst();
    }

    /** The PO of these receipts (they were recorded as SENDING when their requests were queued). */
    private Optional<TransferWork> rowOfReceivings(QbwcJob job, List<Long> receivingIds) {
        return receivingIds.stream().map(states::purchaseOrderOfReceipt).flatMap(Optional::stream).findFirst()
                .flatMap(purchaseOrderId -> work.work(job.id(), purchaseOrderId));
    }

}
