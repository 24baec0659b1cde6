package io.atqb.sandbox.quickbooks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Answers ItemInventoryAddRq: name rules, unique names across every item type, account references. */
final class ItemInventoryAddHandler {

    private final CompanyData data;
    private final FaultInjections faults;
    private final RetBuilders rets;

    ItemInventoryAddHandler(CompanyData data, FaultInjections faults, RetBuilders rets) {
        this.data = data;
        this.faults = faults;
        this.rets = rets;
    }

    RequestResponse handle(ItemInventoryAddRequest request) {
        String name = request.name().strip();
        Optional<Status> injected = faults.consume(List.of(name));
        if (injected.isPresent()) {
            return fail(request, injected.get());
        }
        if (name.isEmpty()) {
            return fail(request, Status.of(3150, "There is a missing element: \"Name\"."));
        }
        if (name.length() > CompanyData.NAME_MAX_LENGTH) {
            return fail(request, Status.stringTooLong("Name", name));
        }
        String fullName = name;
        if (request.parentRef() != null && !request.parentRef().isEmpty()) {
            Optional<Item> parent = data.resolveItem(request.parentRef());
            if (parent.isEmpty() || parent.get().type() != ItemType.INVENTORY) {
                return fail(request, Status.invalidReference("Item", request.parentRef().describe(), "Item"));
            }
            fullName = parent.get().fullName() + ":" + name;
        }
        if (fullName.length() > CompanyData.FULL_NAME_MAX_LENGTH) {
            return fail(request, Status.stringTooLong("FullName", fullName));
        }
        if (data.itemByFullName(fullName).isPresent()) {
            return fail(request, Status.nameInUse(name));
        }
        AccountCheck income = account(request.incomeAccountRef(), "IncomeAccountRef");
        AccountCheck cogs = account(request.cogsAccountRef(), "COGSAccountRef");
        AccountCheck asset = account(request.assetAccountRef(), "AssetAccountRef");
        for (AccountCheck check : List.of(income, cogs, asset)) {
            if (check.failure() != null) {
                return fail(request, check.failure());
            }
        }
        Item item = data.createItem(new CompanyData.NewItem(ItemType.INVENTORY, name, fullName,
                request.isActive() == null || request.isActive(),
                request.quantityOnHand() == null ? BigDecimal.ZERO : request.quantityOnHand(),
                income.fullName(), cogs.fullName(), asset.fullName(), request.salesDesc(), request.purchaseDesc(),
                request.salesPrice(), request.purchaseCost()));
        return RequestResponse.of(request.requestType(), request.requestId(), Status.OK,
                List.of(rets.item(item).restrictedTo(request.includeRetElements())));
    }

    /** A resolved account full name, or the status that rejects the request. */
    private record AccountCheck(String fullName, Status failure) {
    }

    private AccountCheck account(ListRef ref, String element) {
        if (ref == null || ref.isEmpty()) {
            return new AccountCheck(null, Status.of(3270, "There is a missing posting account: an inventory item "
                    + "needs an income, a cost of goods sold and an asset account, and " + element + " is missing."));
        }
        return data.resolveAccount(ref)
                .map(account -> new AccountCheck(account.fullName(), null))
                .orElseGet(() -> new AccountCheck(null, Status.invalidReference("Account", ref.describe(), "Item")));
    }

    private static RequestResponse fail(ItemInventoryAddRequest request, Status status) {
        return RequestResponse.statusOnly(request.requestType(), request.requestId(), status);
    }
}
