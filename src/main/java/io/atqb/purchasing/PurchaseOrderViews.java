package io.atqb.purchasing;

import io.atqb.autotask.AutotaskProduct;
import io.atqb.autotask.AutotaskPurchaseOrder;
import io.atqb.autotask.AutotaskPurchaseOrderLine;
import io.atqb.autotask.AutotaskReceipt;
import io.atqb.autotask.PurchaseOrderDetail;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How /api/purchase-orders shows purchase orders, their lines and their transfer attempts (CONTRACT 5 and 7). */
public final class PurchaseOrderViews {

    private PurchaseOrderViews() {
    }

    /** One purchase order of a search: Autotask's header joined with its transfer state. */
    public record Entry(long id, String purchaseOrderNumber, String vendorName, String status, TransferStatus transferStatus,
                 Instant transferredAt, String quickbooksTxnId, String quickbooksRefNumber, boolean needsResync,
                 List<Receipt> receivedSinceTransfer, String message) {

        static Entry of(AutotaskPurchaseOrder po, PurchaseOrderState state, PurchaseOrderResync.Resync resync) {
            return new Entry(po.id(), po.purchaseOrderNumber(), po.vendorName(), po.status().name(), state.status(),
                    state.transferredAt(), state.quickbooksTxnId(), state.quickbooksRefNumber(),
                    resync.needed(), resync.receivedSinceTransfer(), state.message());
        }
    }

    /** One purchase order with its lines and every transfer attempt. */
    public record Detail(long id, String purchaseOrderNumber, String vendorName, String status,
                  TransferStatus transferStatus, Instant transferredAt, String quickbooksTxnId,
                  String quickbooksRefNumber, boolean needsResync, List<Receipt> receivedSinceTransfer, String message,
                  List<Line> lines, List<Transfer> transfers) {

        static Detail of(PurchaseOrderDetail autotask, PurchaseOrderState state, PurchaseOrderResync.Resync resync,
                         List<TransferAttempt> attempts) {
            Entry entry = Entry.of(autotask.purchaseOrder(), state, resync);
            Map<Long, List<Receipt>> receipts = receiptsByLine(autotask);
            List<Line> lines = autotask.lines().stream()
                    .map(line -> Line.of(line, autotask.products().get(line.productId()),
                            receipts.getOrDefault(line.id(), List.of())))
                    .toList();
            return new Detail(entry.id(), entry.purchaseOrderNumber(), entry.vendorName(), entry.status(),
                    entry.transferStatus(), entry.transferredAt(), entry.quickbooksTxnId(),
                    entry.quickbooksRefNumber(), entry.needsResync(), entry.receivedSinceTransfer(), entry.message(),
                    lines, attempts.stream().map(Transfer::of).toList());
        }

        private static Map<Long, List<Receipt>> receiptsByLine(PurchaseOrderDetail autotask) {
            Map<Long, Long> products = productsByLine(autotask);
            Map<Long, List<Receipt>> byLine = new HashMap<>();
            for (AutotaskReceipt receipt : autotask.receipts()) {
                byLine.computeIfAbsent(receipt.purchaseOrderItemId(), id -> new ArrayList<>())
                        .add(Receipt.of(receipt, products));
            }
            return byLine;
        }
    }

    /** A PO line with the receipts on it. */
    public record Line(long id, long productId, String productName, Long locationId, int quantity, BigDecimal unitCost,
                String memo, List<Receipt> receipts) {

        static Line of(AutotaskPurchaseOrderLine line, AutotaskProduct product, List<Receipt> receipts) {
            return new Line(line.id(), line.productId(), product == null ? null : product.name(), line.locationId(),
                    line.quantity(), line.unitCost(), line.memo(), List.copyOf(receipts));
        }
    }

    /** An Autotask receipt (PurchaseOrderItemReceiving); a negative quantity is a cancelled receipt. */
    public record Receipt(long receivingId, long productId, int quantity, Instant receiveDate) {

        static Receipt of(AutotaskReceipt receipt, Map<Long, Long> productsByLine) {
            Long productId = productsByLine.get(receipt.purchaseOrderItemId());
            return new Receipt(receipt.id(), productId == null ? 0 : productId, receipt.quantity(),
                    receipt.receiveDate());
        }
    }

    /** One transfer attempt of a PO (an ADD or an UPDATE) and the receipts it sent. */
    public record Transfer(long id, TransferAttempt.Kind kind, TransferAttempt.Status status, Instant startedAt,
                    Instant finishedAt, String quickbooksTxnId, List<TransferredReceipt> receipts, String message) {

        static Transfer of(TransferAttempt attempt) {
            return new Transfer(attempt.id(), attempt.kind(), attempt.status(), attempt.startedAt(),
                    attempt.finishedAt(), attempt.quickbooksTxnId(), attempt.receipts(), attempt.message());
        }
    }

    /** Product id of each line of the PO, by line id. */
    static Map<Long, Long> productsByLine(PurchaseOrderDetail autotask) {
        Map<Long, Long> products = new HashMap<>();
        for (AutotaskPurchaseOrderLine line : autotask.lines()) {
            products.put(line.id(), line.productId());
        }
        return products;
    }
}
