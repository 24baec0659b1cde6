package io.atqb.sandbox.quickbooks;

import io.atqb.sandbox.quickbooks.PurchaseOrderAddRequest.Line;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers PurchaseOrderAddRq and PurchaseOrderModRq. Every field and reference is checked before anything is saved.
 * A Mod that lists lines replaces the line set: unlisted lines are deleted, TxnLineID {@code -1} adds a line; a
 * line received against (ReceivedQuantity above zero) is never deleted, reduced below what was received or given
 * another item (3210).
 */
final class PurchaseOrderHandler {

    static final int REF_NUMBER_MAX_LENGTH = 11;
    static final int VENDOR_MSG_MAX_LENGTH = 99;
    static final int TEXT_MAX_LENGTH = 4095;
    static final int HEADER_OTHER_MAX_LENGTH = 25;
    static final int LINE_OTHER_MAX_LENGTH = 29;
    private static final String CONTEXT = "Purchase Order";

    private final CompanyData data;
    private final PurchasingRets rets;

    PurchaseOrderHandler(CompanyData data, PurchasingRets rets) {
        this.data = data;
        this.rets = rets;
    }

    RequestResponse add(PurchaseOrderAddRequest request) {
        if (request.unsupported() != null) {
            return fail(request, Status.notSupported(request.unsupported() + " in a purchase order"));
        }
        if (request.vendorRef() == null || request.vendorRef().isEmpty()) {
            return fail(request, Status.missingElement("VendorRef"));
        }
        Optional<Vendor> vendor = data.resolveVendor(request.vendorRef());
        if (vendor.isEmpty()) {
            return fail(request, Status.invalidReference("Vendor", request.vendorRef().describe(), CONTEXT));
        }
        Optional<Status> problem = FieldChecks.first(
                FieldChecks.date("TxnDate", request.txnDate()),
                FieldChecks.length("RefNumber", request.refNumber(), REF_NUMBER_MAX_LENGTH),
                FieldChecks.address("ShipAddress", request.shipAddress()),
                FieldChecks.length("Memo", request.memo(), TEXT_MAX_LENGTH),
                FieldChecks.length("VendorMsg", request.vendorMsg(), VENDOR_MSG_MAX_LENGTH),
                FieldChecks.length("Other1", request.other1(), HEADER_OTHER_MAX_LENGTH),
                FieldChecks.guid("ExternalGUID", request.externalGuid()));
        if (problem.isPresent()) {
            return fail(request, problem.get());
        }
        OffsetDateTime created = data.now();
        List<PurchaseOrderLine> lines = new ArrayList<>();
        for (Line line : request.lines()) {
            LineCheck check = newLine(line, created);
            if (check.failure() != null) {
                return fail(request, check.failure());
            }
            lines.add(check.line());
        }
        LocalDate txnDate = request.txnDate() == null ? created.toLocalDate()
                : QbxmlFormats.parseDate(request.txnDate()).orElseThrow();
        PurchaseOrder po = new PurchaseOrder(data.newTxnId(created), data.newTxnNumber(), created, created,
                data.nextEditSequence(created), vendor.get().listId(), vendor.get().name(), txnDate,
                request.refNumber(), request.shipAddress(), request.memo(), request.vendorMsg(),
                request.externalGuid() == null ? null : request.externalGuid().strip(), false, lines);
        data.putPurchaseOrder(po);
        return RequestResponse.of(request.requestType(), request.requestId(), Status.OK,
                List.of(rets.purchaseOrder(po, true, false).restrictedTo(request.includeRetElements())));
    }

    RequestResponse mod(PurchaseOrderModRequest request) {
        if (request.unsupported() != null) {
            return fail(request, Status.notSupported(request.unsupported() + " in a purchase order"));
        }
        Optional<PurchaseOrder> found = data.purchaseOrder(request.txnId());
        if (found.isEmpty()) {
            return fail(request, Status.objectNotFound(request.txnId()));
        }
        PurchaseOrder po = found.get();
        if (!po.editSequence().equals(request.editSequence())) {
            return fail(request, Status.editSequenceOutOfDate(request.editSequence()));
        }
        Vendor vendor = null;
        if (request.vendorRef() != null && !request.vendorRef().isEmpty()) {
            Optional<Vendor> resolved = data.resolveVendor(request.vendorRef());
            if (resolved.isEmpty()) {
                return fail(request, Status.invalidReference("Vendor", request.vendorRef().describe(), CONTEXT));
            }
            vendor = resolved.get();
        }
        Optional<Status> problem = FieldChecks.first(
                FieldChecks.date("TxnDate", request.txnDate()),
                FieldChecks.length("RefNumber", request.refNumber(), REF_NUMBER_MAX_LENGTH),
                FieldChecks.length("Memo", request.memo(), TEXT_MAX_LENGTH),
                FieldChecks.length("VendorMsg", request.vendorMsg(), VENDOR_MSG_MAX_LENGTH));
        if (problem.isPresent()) {
            return fail(request, problem.get());
        }
        OffsetDateTime modified = data.now();
        List<PurchaseOrderLine> lines = po.lines();
        if (!request.lines().isEmpty()) {
            LinesCheck check = modifiedLines(po, request.lines(), modified);
            if (check.failure() != null) {
                return fail(request, check.failure());
            }
            lines = check.lines();
        }
        boolean manuallyClosed = request.manuallyClosed() == null ? po.manuallyClosed() : request.manuallyClosed();
        if (Boolean.TRUE.equals(request.manuallyClosed())) {
            lines = lines.stream().map(PurchaseOrderLine::closed).toList();
        }
        PurchaseOrder changed = new PurchaseOrder(po.txnId(), po.txnNumber(), po.timeCreated(), modified,
                data.nextEditSequence(modified), vendor == null ? po.vendorListId() : vendor.listId(),
                vendor == null ? po.vendorName() : vendor.name(),
                request.txnDate() == null ? po.txnDate() : QbxmlFormats.parseDate(request.txnDate()).orElseThrow(),
                request.refNumber() == null ? po.refNumber() : request.refNumber(), po.shipAddress(),
                request.memo() == null ? po.memo() : request.memo(),
                request.vendorMsg() == null ? po.vendorMsg() : request.vendorMsg(), po.externalGuid(), manuallyClosed,
                lines);
        data.putPurchaseOrder(changed);
        return RequestResponse.of(request.requestType(), request.requestId(), Status.OK,
                List.of(rets.purchaseOrder(changed, true, false).restrictedTo(request.includeRetElements())));
    }

    /** A checked new line, or the status that rejects the request. */
    private record LineCheck(PurchaseOrderLine line, Status failure) {
        static LineCheck failed(Status status) {
            return new LineCheck(null, status);
        }
    }

    /** The checked line set after a Mod, or the status that rejects the request. */
    private record LinesCheck(List<PurchaseOrderLine> lines, Status failure) {
    }

    private LineCheck newLine(Line line, OffsetDateTime created) {
        Item item = null;
        if (line.itemRef() != null && !line.itemRef().isEmpty()) {
            Optional<Item> resolved = data.resolveItem(line.itemRef());
            if (resolved.isEmpty()) {
                return LineCheck.failed(Status.invalidReference("Item", line.itemRef().describe(), CONTEXT));
            }
            item = resolved.get();
        }
        Optional<Status> problem = lineFields(line);
        if (problem.isPresent()) {
            return LineCheck.failed(problem.get());
        }
        BigDecimal rate = line.rate() != null ? line.rate()
                : item != null && item.purchaseCost() != null ? item.purchaseCost() : BigDecimal.ZERO;
        String desc = line.desc() != null ? line.desc() : item == null ? null : item.purchaseDesc();
        return new LineCheck(new PurchaseOrderLine(data.newTxnId(created), item == null ? null : item.listId(),
                item == null ? null : item.fullName(), desc,
                line.quantity() == null ? BigDecimal.ZERO : line.quantity(),
                rate, BigDecimal.ZERO, Boolean.TRUE.equals(line.manuallyClosed()), line.other1()), null);
    }

    private static Optional<Status> lineFields(Line line) {
        return FieldChecks.first(FieldChecks.length("Desc", line.desc(), TEXT_MAX_LENGTH),
                FieldChecks.length("Other1", line.other1(), LINE_OTHER_MAX_LENGTH));
    }

    private LinesCheck modifiedLines(PurchaseOrder po, List<Line> requested, OffsetDateTime modified) {
        Map<String, PurchaseOrderLine> kept = new LinkedHashMap<>();
        List<PurchaseOrderLine> result = new ArrayList<>();
        for (Line line : requested) {
            if ("-1".equals(line.txnLineId())) {
                LineCheck check = newLine(line, modified);
                if (check.failure() != null) {
                    return new LinesCheck(null, check.failure());
                }
                result.add(check.line());
                continue;
            }
            Optional<PurchaseOrderLine> existing = po.line(line.txnLineId());
            if (existing.isEmpty()) {
                return new LinesCheck(null, Status.objectNotFound(line.txnLineId()));
            }
            if (kept.containsKey(line.txnLineId())) {
                return new LinesCheck(null, Status.invalidValue("TxnLineID", line.txnLineId(),
                        "The line is listed more than once."));
            }
            LineCheck check = changedLine(existing.get(), line);
            if (check.failure() != null) {
                return new LinesCheck(null, check.failure());
            }
            kept.put(line.txnLineId(), check.line());
            result.add(check.line());
        }
        for (PurchaseOrderLine line : po.lines()) {
            if (!kept.containsKey(line.txnLineId()) && line.receivedQuantity().signum() > 0) {
                return new LinesCheck(null, Status.invalidValue("TxnLineID", line.txnLineId(), "The line has been "
                        + "received against (received quantity " + QbxmlFormats.quantity(line.receivedQuantity())
                        + ") and cannot be deleted from the purchase order."));
            }
        }
        return new LinesCheck(result, null);
    }

    private LineCheck changedLine(PurchaseOrderLine existing, Line line) {
        Optional<Status> problem = lineFields(line);
        if (problem.isPresent()) {
            return LineCheck.failed(problem.get());
        }
        String itemListId = existing.itemListId();
        String itemFullName = existing.itemFullName();
        if (line.itemRef() != null && !line.itemRef().isEmpty()) {
            Optional<Item> item = data.resolveItem(line.itemRef());
            if (item.isEmpty()) {
                return LineCheck.failed(Status.invalidReference("Item", line.itemRef().describe(), CONTEXT));
            }
            if (!item.get().listId().equals(existing.itemListId()) && existing.receivedQuantity().signum() > 0) {
                return LineCheck.failed(Status.invalidValue("ItemRef", line.itemRef().describe(), "The line "
                        + existing.txnLineId() + " has been received against; its item cannot change."));
            }
            itemListId = item.get().listId();
            itemFullName = item.get().fullName();
        }
        BigDecimal quantity = line.quantity() == null ? existing.quantity() : line.quantity();
        if (quantity.compareTo(existing.receivedQuantity()) < 0) {
            return LineCheck.failed(Status.invalidValue("Quantity", QbxmlFormats.quantity(quantity), "The line "
                    + existing.txnLineId() + " has received quantity " + QbxmlFormats.quantity(
                    existing.receivedQuantity()) + "; its quantity cannot be lower."));
        }
        return new LineCheck(new PurchaseOrderLine(existing.txnLineId(), itemListId, itemFullName,
                line.desc() == null ? existing.desc() : line.desc(), quantity,
                line.rate() == null ? existing.rate() : line.rate(), existing.receivedQuantity(),
                line.manuallyClosed() == null ? existing.manuallyClosed() : line.manuallyClosed(),
                line.other1() == null ? existing.other1() : line.other1()), null);
    }

    private static RequestResponse fail(QbxmlRequest request, Status status) {
        return RequestResponse.statusOnly(request.requestType(), request.requestId(), status);
    }
}
