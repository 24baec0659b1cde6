package io.atqb.sandbox.quickbooks;

import static io.atqb.sandbox.quickbooks.RetNode.leaf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Builds the *Ret aggregates QuickBooks returns, with their elements in qbXML 13.0 schema order. */
final class RetBuilders {

    private final CompanyData data;

    RetBuilders(CompanyData data) {
        this.data = data;
    }

    RetNode item(Item item) {
        List<RetNode> fields = listHeader(item);
        switch (item.type()) {
            case INVENTORY -> addInventoryFields(item, fields);
            case NON_INVENTORY, SERVICE -> addSalesOrPurchase(item, fields);
            default -> throw new IllegalStateException("Unknown item type " + item.type());
        }
        return RetNode.parent(item.type().retElement(), fields);
    }

    private List<RetNode> listHeader(Item item) {
        List<RetNode> fields = new ArrayList<>();
        fields.add(leaf("ListID", item.listId()));
        fields.add(leaf("TimeCreated", QbxmlFormats.dateTime(item.timeCreated())));
        fields.add(leaf("TimeModified", QbxmlFormats.dateTime(item.timeModified())));
        fields.add(leaf("EditSequence", item.editSequence()));
        fields.add(leaf("Name", item.name()));
        fields.add(leaf("FullName", item.fullName()));
        fields.add(leaf("IsActive", Boolean.toString(item.active())));
        String parent = item.parentFullName();
        if (parent != null) {
            String parentListId = data.itemByFullName(parent).map(Item::listId).orElse(null);
            fields.add(RetNode.ref("ParentRef", parentListId, parent));
        }
        fields.add(leaf("Sublevel", Integer.toString(item.sublevel())));
        return fields;
    }

    private void addInventoryFields(Item item, List<RetNode> fields) {
        if (item.salesDesc() != null) {
            fields.add(leaf("SalesDesc", item.salesDesc()));
        }
        fields.add(leaf("SalesPrice", QbxmlFormats.amount(orZero(item.salesPrice()))));
        addAccountRef(fields, "IncomeAccountRef", item.incomeAccount());
        if (item.purchaseDesc() != null) {
            fields.add(leaf("PurchaseDesc", item.purchaseDesc()));
        }
        fields.add(leaf("PurchaseCost", QbxmlFormats.amount(orZero(item.purchaseCost()))));
        addAccountRef(fields, "COGSAccountRef", item.cogsAccount());
        addAccountRef(fields, "AssetAccountRef", item.assetAccount());
        fields.add(leaf("QuantityOnHand", QbxmlFormats.quantity(item.quantityOnHand())));
        fields.add(leaf("AverageCost", QbxmlFormats.amount(orZero(item.purchaseCost()))));
        fields.add(leaf("QuantityOnOrder", "0"));
        fields.add(leaf("QuantityOnSalesOrder", "0"));
    }

    private void addSalesOrPurchase(Item item, List<RetNode> fields) {
        if (item.incomeAccount() == null) {
            return;
        }
        List<RetNode> salesOrPurchase = new ArrayList<>();
        if (item.salesDesc() != null) {
            salesOrPurchase.add(leaf("Desc", item.salesDesc()));
        }
        salesOrPurchase.add(leaf("Price", QbxmlFormats.amount(orZero(item.salesPrice()))));
        salesOrPurchase.add(RetNode.ref("AccountRef", data.accountListId(item.incomeAccount()),
                item.incomeAccount()));
        fields.add(RetNode.parent("SalesOrPurchase", salesOrPurchase));
    }

    private void addAccountRef(List<RetNode> fields, String element, String accountFullName) {
        if (accountFullName != null) {
            fields.add(RetNode.ref(element, data.accountListId(accountFullName), accountFullName));
        }
    }

    RetNode adjustment(Adjustment adjustment) {
        List<RetNode> fields = new ArrayList<>();
        fields.add(leaf("TxnID", adjustment.txnId()));
        fields.add(leaf("TimeCreated", QbxmlFormats.dateTime(adjustment.timeCreated())));
        fields.add(leaf("TimeModified", QbxmlFormats.dateTime(adjustment.timeCreated())));
        fields.add(leaf("EditSequence", adjustment.editSequence()));
        fields.add(leaf("TxnNumber", Integer.toString(adjustment.txnNumber())));
        fields.add(RetNode.ref("AccountRef", adjustment.accountListId(), adjustment.accountFullName()));
        fields.add(leaf("TxnDate", QbxmlFormats.date(adjustment.txnDate())));
        if (adjustment.refNumber() != null) {
            fields.add(leaf("RefNumber", adjustment.refNumber()));
        }
        if (adjustment.memo() != null) {
            fields.add(leaf("Memo", adjustment.memo()));
        }
        if (adjustment.externalGuid() != null) {
            fields.add(leaf("ExternalGUID", adjustment.externalGuid()));
        }
        for (AdjustmentLine line : adjustment.lines()) {
            fields.add(RetNode.parent("InventoryAdjustmentLineRet",
                    leaf("TxnLineID", line.txnLineId()),
                    RetNode.ref("ItemRef", line.itemListId(), line.itemFullName()),
                    leaf("QuantityDifference", QbxmlFormats.quantity(line.quantityDifference()))));
        }
        return RetNode.parent("InventoryAdjustmentRet", fields);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
