package io.atqb.sandbox.quickbooks;

import io.atqb.sandbox.quickbooks.ItemReceiptAddRequest.Line;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers ItemReceiptAddRq. A line linked to a purchase-order line ({@code LinkToTxn}) takes the item from that
 * line (an ItemRef next to it is refused), raises its ReceivedQuantity and the item's On Hand; a linked quantity
 * may be neither negative nor above what is still open on the line (3210). An unlinked line names its item and
 * changes On Hand by its quantity, negative included (a returned or cancelled receipt); a negative cost on an
 * inventory line is refused (QuickBooks takes a credit on an inventory line only as a negative quantity). Every
 * line is checked before anything posts, so one bad line rejects the whole receipt.
 */
final class ItemReceiptHandler {

    static final int REF_NUMBER_MAX_LENGTH = 20;
    private static final int TEXT_MAX_LENGTH = 4095;
    private static final String CONTEXT = "Item Receipt";

    private final CompanyData data;
    private final FaultInjections faults;
    private final PurchasingRets rets;

    ItemReceiptHandler(CompanyData data, FaultInjections faults, PurchasingRets rets) {
        this.data = data;
        this.faults = faults;
        this.rets = rets;
    }

    /** A checked line waiting to post; poTxnId/poTxnLineId are null for an unlinked line. */
    private record PlannedLine(Item item, BigDecimal quantity, BigDecimal cost, String poTxnId, String poTxnLineId) {
    }

    /** A checked line, or the status that rejects the receipt. */
    private record LineCheck(PlannedLine line, Status failure) {
        static LineCheck failed(Status status) {
            return new LineCheck(null, status);
        }
    }

    RequestResponse add(ItemReceiptAddRequest request) {
        Optional<Status> injected = faults.consume(touchedKeys(request));
        if (injected.isPresent()) {
            return fail(request, injected.get());
        }
        if (request.unsupported() != null) {
            return fail(request, Status.notSupported(request.unsupported() + " in an item receipt"));
        }
        Optional<Vendor> vendor = request.vendorRef().isEmpty() ? Optional.empty()
                : data.resolveVendor(request.vendorRef());
        if (vendor.isEmpty()) {
            return fail(request, Status.invalidReference("Vendor", request.vendorRef().describe(), CONTEXT));
        }
        Optional<Status> problem = FieldChecks.first(
                FieldChecks.date("TxnDate", request.txnDate()),
                FieldChecks.length("RefNumber", request.refNumber(), REF_NUMBER_MAX_LENGTH),
                FieldChecks.length("Memo", request.memo(), TEXT_MAX_LENGTH),
                FieldChecks.guid("ExternalGUID", request.externalGuid()));
        if (problem.isPresent()) {
            return fail(request, problem.get());
        }
        if (request.lines().isEmpty()) {
            return fail(request, Status.invalidValue("ItemLineAdd", "", "An item receipt needs at least one line."));
        }
        Map<String, BigDecimal> receivedSoFar = new HashMap<>();
        List<PlannedLine> planned = new ArrayList<>();
        for (Line line : request.lines()) {
            LineCheck check = line.isLinked() ? linked(line, vendor.get(), receivedSoFar) : unlinked(line);
            if (check.failure() != null) {
                return fail(request, check.failure());
            }
            if (check.line().item().type() == ItemType.INVENTORY && check.line().cost().signum() < 0) {
                return fail(request, Status.invalidValue("Cost", QbxmlFormats.amount(check.line().cost()), "An "
                        + "inventory line takes a negative quantity, not a negative cost."));
            }
            planned.add(check.line());
        }
        ItemReceipt receipt = post(request, vendor.get(), planned);
        return RequestResponse.of(request.requestType(), request.requestId(), Status.OK,
                List.of(rets.itemReceipt(receipt, true, false).restrictedTo(request.includeRetElements())));
    }

    private LineCheck linked(Line line, Vendor vendor, Map<String, BigDecimal> receivedSoFar) {
        if (line.itemRef() != null && !line.itemRef().isEmpty()) {
            return LineCheck.failed(Status.invalidValue("ItemRef", line.itemRef().describe(), "An item line linked "
                    + "to a purchase order takes its item from the purchase-order line; ItemRef must be left out."));
        }
        Optional<PurchaseOrder> po = data.purchaseOrder(line.linkTxnId());
        if (po.isEmpty()) {
            return LineCheck.failed(Status.objectNotFound(line.linkTxnId()));
        }
        Optional<PurchaseOrderLine> poLine = po.get().line(line.linkTxnLineId());
        if (poLine.isEmpty()) {
            return LineCheck.failed(Status.objectNotFound(line.linkTxnLineId()));
        }
        if (!po.get().vendorListId().equals(vendor.listId())) {
            return LineCheck.failed(Status.invalidValue("LinkToTxn", line.linkTxnId(), "The purchase order belongs "
                    + "to the vendor \"" + po.get().vendorName() + "\", not to \"" + vendor.name() + "\"."));
        }
        if (po.get().manuallyClosed() || poLine.get().manuallyClosed() || poLine.get().itemListId() == null) {
            return LineCheck.failed(Status.invalidValue("LinkToTxn", line.linkTxnLineId(), "The purchase-order "
                    + "line is closed or has no item to receive."));
        }
        String key = line.linkTxnId() + "/" + line.linkTxnLineId();
        BigDecimal received = receivedSoFar.getOrDefault(key, poLine.get().receivedQuantity());
        BigDecimal open = poLine.get().quantity().subtract(received).max(BigDecimal.ZERO);
        BigDecimal quantity = line.quantity() == null ? open : line.quantity();
        if (quantity.signum() < 0) {
            return LineCheck.failed(Status.invalidValue("Quantity", QbxmlFormats.quantity(quantity), "A line linked "
                    + "to a purchase order cannot receive a negative quantity; return items on an unlinked line."));
        }
        if (quantity.compareTo(open) > 0) {
            return LineCheck.failed(Status.invalidValue("Quantity", QbxmlFormats.quantity(quantity), "Only "
                    + QbxmlFormats.quantity(open) + " remain open on the purchase-order line "
                    + line.linkTxnLineId() + "; receive the surplus on an unlinked line."));
        }
        Optional<Status> problem = FieldChecks.length("Desc", line.desc(), TEXT_MAX_LENGTH);
        if (problem.isPresent()) {
            return LineCheck.failed(problem.get());
        }
        receivedSoFar.put(key, received.add(quantity));
        Item item = data.itemByListId(poLine.get().itemListId()).orElseThrow();
        BigDecimal cost = line.cost() == null ? poLine.get().rate() : line.cost();
        return new LineCheck(new PlannedLine(item, quantity, cost, line.linkTxnId(), line.linkTxnLineId()), null);
    }

    private LineCheck unlinked(Line line) {
        if (line.itemRef() == null || line.itemRef().isEmpty()) {
            return LineCheck.failed(Status.missingElement("ItemRef"));
        }
        Optional<Item> item = data.resolveItem(line.itemRef());
        if (item.isEmpty()) {
            return LineCheck.failed(Status.invalidReference("Item", line.itemRef().describe(), CONTEXT));
        }
        Optional<Status> problem = FieldChecks.length("Desc", line.desc(), TEXT_MAX_LENGTH);
        if (problem.isPresent()) {
            return LineCheck.failed(problem.get());
        }
        BigDecimal cost = line.cost() != null ? line.cost()
                : item.get().purchaseCost() != null ? item.get().purchaseCost() : BigDecimal.ZERO;
        BigDecimal quantity = line.quantity() == null ? BigDecimal.ZERO : line.quantity();
        return new LineCheck(new PlannedLine(item.get(), quantity, cost, null, null), null);
    }

    private ItemReceipt post(ItemReceiptAddRequest request, Vendor vendor, List<PlannedLine> planned) {
        OffsetDateTime created = data.now();
        String txnId = data.newTxnId(created);
        List<ItemReceiptLine> lines = new ArrayList<>();
        Map<String, BigDecimal> onHand = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> receivedByPo = new LinkedHashMap<>();
        for (PlannedLine line : planned) {
            lines.add(new ItemReceiptLine(data.newTxnId(created), line.item().listId(), line.item().fullName(),
                    line.quantity(), line.cost(), line.poTxnId(), line.poTxnLineId()));
            if (line.item().type() == ItemType.INVENTORY) {
                BigDecimal before = onHand.getOrDefault(line.item().listId(),
                        data.itemByListId(line.item().listId()).orElseThrow().quantityOnHand());
                onHand.put(line.item().listId(), before.add(line.quantity()));
            }
            if (line.poTxnId() != null) {
                receivedByPo.computeIfAbsent(line.poTxnId(), id -> new HashMap<>())
                        .merge(line.poTxnLineId(), line.quantity(), BigDecimal::add);
            }
        }
        LocalDate txnDate = request.txnDate() == null ? created.toLocalDate()
                : QbxmlFormats.parseDate(request.txnDate()).orElseThrow();
        ItemReceipt receipt = new ItemReceipt(txnId, data.newTxnNumber(), created, data.nextEditSequence(created),
                vendor.listId(), vendor.name(), txnDate, request.refNumber(), request.memo(),
                request.externalGuid() == null ? null : request.externalGuid().strip(), lines);
        onHand.forEach(data::setQuantityOnHand);
        receivedByPo.forEach((poTxnId, received) -> receive(poTxnId, received, created));
        data.addItemReceipt(receipt);
        return receipt;
    }

    /** Raises the received quantities of a linked purchase order; QuickBooks saves it with a new EditSequence. */
    private void receive(String poTxnId, Map<String, BigDecimal> receivedByLine, OffsetDateTime modified) {
        PurchaseOrder po = data.purchaseOrder(poTxnId).orElseThrow();
        List<PurchaseOrderLine> lines = new ArrayList<>();
        for (PurchaseOrderLine line : po.lines()) {
            BigDecimal more = receivedByLine.get(line.txnLineId());
            lines.add(more == null ? line : line.withReceived(line.receivedQuantity().add(more)));
        }
        data.putPurchaseOrder(po.withChanges(modified, data.nextEditSequence(modified), lines));
    }

    /** The names and ListIDs of every item the receipt's lines touch, for fault injection. */
    private Set<String> touchedKeys(ItemReceiptAddRequest request) {
        Set<String> keys = new LinkedHashSet<>();
        for (Line line : request.lines()) {
            Optional<Item> item = line.isLinked() ? linkedItem(line)
                    : line.itemRef() == null ? Optional.empty() : data.resolveItem(line.itemRef());
            if (item.isPresent()) {
                keys.add(item.get().listId());
                keys.add(item.get().fullName());
                keys.add(item.get().name());
            }
        }
        return keys;
    }

    private Optional<Item> linkedItem(Line line) {
        return data.purchaseOrder(line.linkTxnId())
                .flatMap(po -> po.line(line.linkTxnLineId()))
                .map(PurchaseOrderLine::itemListId)
                .flatMap(data::itemByListId);
    }

    private static RequestResponse fail(QbxmlRequest request, Status status) {
        return RequestResponse.statusOnly(request.requestType(), request.requestId(), status);
    }
}
