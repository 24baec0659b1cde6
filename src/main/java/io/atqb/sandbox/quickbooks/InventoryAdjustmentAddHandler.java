package io.atqb.sandbox.quickbooks;

import io.atqb.sandbox.quickbooks.InventoryAdjustmentAddRequest.Kind;
import io.atqb.sandbox.quickbooks.InventoryAdjustmentAddRequest.Line;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers InventoryAdjustmentAddRq. Every reference is checked before anything posts, so a bad line rejects the
 * whole transaction. NewQuantity is turned into the difference QuickBooks stores.
 */
final class InventoryAdjustmentAddHandler {

    private static final int REF_NUMBER_MAX_LENGTH = 11;
    private static final int MEMO_MAX_LENGTH = 4095;
    private static final String CONTEXT = "Inventory Adjustment";

    private final CompanyData data;
    private final FaultInjections faults;
    private final RetBuilders rets;

    InventoryAdjustmentAddHandler(CompanyData data, FaultInjections faults, RetBuilders rets) {
        this.data = data;
        this.faults = faults;
        this.rets = rets;
    }

    RequestResponse handle(InventoryAdjustmentAddRequest request) {
        Optional<Status> injected = faults.consume(touchedKeys(request));
        if (injected.isPresent()) {
            return fail(request, injected.get());
        }
        Optional<Account> account = request.accountRef().isEmpty() ? Optional.empty()
                : data.resolveAccount(request.accountRef());
        if (account.isEmpty()) {
            return fail(request, Status.invalidReference("Account", request.accountRef().describe(),
                    CONTEXT));
        }
        Optional<Status> headerProblem = checkHeader(request);
        if (headerProblem.isPresent()) {
            return fail(request, headerProblem.get());
        }
        List<PlannedLine> planned = new ArrayList<>();
        Map<String, BigDecimal> runningQuantity = new HashMap<>();
        for (Line line : request.lines()) {
            Optional<Status> lineProblem = checkLine(line);
            if (lineProblem.isPresent()) {
                return fail(request, lineProblem.get());
            }
            Item item = data.resolveItem(line.itemRef()).orElseThrow();
            BigDecimal before = runningQuantity.getOrDefault(item.listId(), item.quantityOnHand());
            BigDecimal difference = line.newQuantity() != null ? line.newQuantity().subtract(before)
                    : line.quantityDifference();
            runningQuantity.put(item.listId(), before.add(difference));
            planned.add(new PlannedLine(item, difference, line.newQuantity()));
        }
        Adjustment adjustment = post(request, account.get(), planned, runningQuantity);
        return RequestResponse.of(request.requestType(), request.requestId(), Status.OK,
                List.of(rets.adjustment(adjustment).restrictedTo(request.includeRetElements())));
    }

    /** A checked line waiting to post. */
    private record PlannedLine(Item item, BigDecimal difference, BigDecimal requestedNewQuantity) {
    }

    private Optional<Status> checkHeader(InventoryAdjustmentAddRequest request) {
        if (request.inventorySiteRef() != null && !request.inventorySiteRef().isEmpty()) {
            return Optional.of(Status.notSupported("Advanced Inventory sites (InventorySiteRef)"));
        }
        if (request.txnDate() != null && QbxmlFormats.parseDate(request.txnDate()).isEmpty()) {
            return Optional.of(Status.invalidDate("TxnDate", request.txnDate()));
        }
        if (request.refNumber() != null && request.refNumber().length() > REF_NUMBER_MAX_LENGTH) {
            return Optional.of(Status.stringTooLong("RefNumber", request.refNumber()));
        }
        if (request.memo() != null && request.memo().length() > MEMO_MAX_LENGTH) {
            return Optional.of(Status.stringTooLong("Memo", request.memo()));
        }
        return Optional.empty();
    }

    private Optional<Status> checkLine(Line line) {
        if (line.kind() != Kind.QUANTITY) {
            return Optional.of(Status.notSupported("an inventory adjustment line with " + line.kind()));
        }
        if (line.usesSiteLocation()) {
            return Optional.of(Status.notSupported("Advanced Inventory site locations (InventorySiteLocationRef)"));
        }
        Optional<Item> item = line.itemRef() == null || line.itemRef().isEmpty() ? Optional.empty()
                : data.resolveItem(line.itemRef());
        if (item.isEmpty() || item.get().type() != ItemType.INVENTORY) {
            String reference = line.itemRef() == null ? "" : line.itemRef().describe();
            return Optional.of(Status.invalidReference("Item", reference, CONTEXT));
        }
        return Optional.empty();
    }

    private Adjustment post(InventoryAdjustmentAddRequest request, Account account, List<PlannedLine> planned,
                            Map<String, BigDecimal> finalQuantities) {
        OffsetDateTime created = data.now();
        String txnId = data.newTxnId(created);
        List<AdjustmentLine> lines = new ArrayList<>();
        for (PlannedLine line : planned) {
            lines.add(new AdjustmentLine(data.newTxnId(created), line.item().listId(), line.item().fullName(),
                    line.difference(), line.requestedNewQuantity()));
        }
        LocalDate txnDate = request.txnDate() == null ? created.toLocalDate()
                : QbxmlFormats.parseDate(request.txnDate()).orElseThrow();
        Adjustment adjustment = new Adjustment(txnId, data.newTxnNumber(), created,
                CompanyData.editSequence(created), account.listId(), account.fullName(), txnDate,
                request.refNumber(), request.memo(), request.externalGuid(), lines);
        finalQuantities.forEach(data::setQuantityOnHand);
        data.addAdjustment(adjustment);
        return adjustment;
    }

    /** Every name and ListID the request's lines mention or resolve to, for fault injection. */
    private Set<String> touchedKeys(InventoryAdjustmentAddRequest request) {
        Set<String> keys = new LinkedHashSet<>();
        for (Line line : request.lines()) {
            if (line.itemRef() == null) {
                continue;
            }
            addIfPresent(keys, line.itemRef().listId());
            addIfPresent(keys, line.itemRef().fullName());
            data.resolveItem(line.itemRef()).ifPresent(item -> {
                keys.add(item.listId());
                keys.add(item.fullName());
                keys.add(item.name());
            });
        }
        return keys;
    }

    private static void addIfPresent(Set<String> keys, String value) {
        if (value != null && !value.isBlank()) {
            keys.add(value.strip());
        }
    }

    private static RequestResponse fail(InventoryAdjustmentAddRequest request, Status status) {
        return RequestResponse.statusOnly(request.requestType(), request.requestId(), status);
    }
}
