package io.atqb.sandbox.quickbooks;

import static io.atqb.sandbox.quickbooks.RetNode.leaf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Builds VendorRet, PurchaseOrderRet and ItemReceiptRet with their elements in qbXML 13.0 schema order. */
final class PurchasingRets {

    private final CompanyData data;

    PurchasingRets(CompanyData data) {
        this.data = data;
    }

    RetNode vendor(Vendor vendor) {
        return RetNode.parent("VendorRet",
                leaf("ListID", vendor.listId()),
                leaf("TimeCreated", QbxmlFormats.dateTime(vendor.timeCreated())),
                leaf("TimeModified", QbxmlFormats.dateTime(vendor.timeModified())),
                leaf("EditSequence", vendor.editSequence()),
                leaf("Name", vendor.name()),
                leaf("IsActive", Boolean.toString(vendor.active())),
                leaf("Balance", "0.00"));
    }

    /** TxnID … TotalAmount, IsManuallyClosed, IsFullyReceived, Memo, VendorMsg, ExternalGUID, LinkedTxn*, lines. */
    RetNode purchaseOrder(PurchaseOrder po, boolean withLines, boolean withLinkedTxns) {
        List<RetNode> fields = new ArrayList<>();
        fields.add(leaf("TxnID", po.txnId()));
        fields.add(leaf("TimeCreated", QbxmlFormats.dateTime(po.timeCreated())));
        fields.add(leaf("TimeModified", QbxmlFormats.dateTime(po.timeModified())));
        fields.add(leaf("EditSequence", po.editSequence()));
        fields.add(leaf("TxnNumber", Integer.toString(po.txnNumber())));
        fields.add(RetNode.ref("VendorRef", po.vendorListId(), po.vendorName()));
        fields.add(leaf("TxnDate", QbxmlFormats.date(po.txnDate())));
        addIfPresent(fields, "RefNumber", po.refNumber());
        if (po.shipAddress() != null) {
            fields.add(address("ShipAddress", po.shipAddress()));
        }
        fields.add(leaf("TotalAmount", QbxmlFormats.amount(money(po.totalAmount()))));
        fields.add(leaf("IsManuallyClosed", Boolean.toString(po.manuallyClosed())));
        fields.add(leaf("IsFullyReceived", Boolean.toString(po.fullyReceived())));
        addIfPresent(fields, "Memo", po.memo());
        addIfPresent(fields, "VendorMsg", po.vendorMsg());
        fields.add(leaf("IsToBePrinted", "false"));
        fields.add(leaf("IsToBeEmailed", "false"));
        addIfPresent(fields, "ExternalGUID", po.externalGuid());
        if (withLinkedTxns) {
            for (ItemReceipt receipt : data.receiptsLinkedTo(po.txnId())) {
                fields.add(linkedTxn(receipt.txnId(), "ItemReceipt", receipt));
            }
        }
        if (withLines) {
            for (PurchaseOrderLine line : po.lines()) {
                fields.add(purchaseOrderLine(line));
            }
        }
        return RetNode.parent("PurchaseOrderRet", fields);
    }

    private RetNode purchaseOrderLine(PurchaseOrderLine line) {
        List<RetNode> fields = new ArrayList<>();
        fields.add(leaf("TxnLineID", line.txnLineId()));
        if (line.itemListId() != null) {
            fields.add(RetNode.ref("ItemRef", line.itemListId(), line.itemFullName()));
        }
        addIfPresent(fields, "Desc", line.desc());
        fields.add(leaf("Quantity", QbxmlFormats.quantity(line.quantity())));
        fields.add(leaf("Rate", QbxmlFormats.amount(line.rate())));
        fields.add(leaf("Amount", QbxmlFormats.amount(money(line.amount()))));
        fields.add(leaf("ReceivedQuantity", QbxmlFormats.quantity(line.receivedQuantity())));
        fields.add(leaf("UnbilledQuantity", QbxmlFormats.quantity(line.receivedQuantity())));
        fields.add(leaf("IsBilled", "false"));
        fields.add(leaf("IsManuallyClosed", Boolean.toString(line.manuallyClosed())));
        addIfPresent(fields, "Other1", line.other1());
        return RetNode.parent("PurchaseOrderLineRet", fields);
    }

    /** TxnID … VendorRef, TxnDate, TotalAmount, RefNumber, Memo, ExternalGUID, LinkedTxn*, ItemLineRet*. */
    RetNode itemReceipt(ItemReceipt receipt, boolean withLines, boolean withLinkedTxns) {
        List<RetNode> fields = new ArrayList<>();
        fields.add(leaf("TxnID", receipt.txnId()));
        fields.add(leaf("TimeCreated", QbxmlFormats.dateTime(receipt.timeCreated())));
        fields.add(leaf("TimeModified", QbxmlFormats.dateTime(receipt.timeCreated())));
        fields.add(leaf("EditSequence", receipt.editSequence()));
        fields.add(leaf("TxnNumber", Integer.toString(receipt.txnNumber())));
        fields.add(RetNode.ref("VendorRef", receipt.vendorListId(), receipt.vendorName()));
        fields.add(leaf("TxnDate", QbxmlFormats.date(receipt.txnDate())));
        fields.add(leaf("TotalAmount", QbxmlFormats.amount(money(receipt.totalAmount()))));
        addIfPresent(fields, "RefNumber", receipt.refNumber());
        addIfPresent(fields, "Memo", receipt.memo());
        addIfPresent(fields, "ExternalGUID", receipt.externalGuid());
        if (withLinkedTxns) {
            receipt.lines().stream().map(ItemReceiptLine::linkedTxnId).filter(Objects::nonNull).distinct()
                    .forEach(txnId -> data.purchaseOrder(txnId)
                            .ifPresent(po -> fields.add(linkedTxn(po.txnId(), "PurchaseOrder", po))));
        }
        if (withLines) {
            for (ItemReceiptLine line : receipt.lines()) {
                fields.add(RetNode.parent("ItemLineRet",
                        leaf("TxnLineID", line.txnLineId()),
                        RetNode.ref("ItemRef", line.itemListId(), line.itemFullName()),
                        leaf("Quantity", QbxmlFormats.quantity(line.quantity())),
                        leaf("Cost", QbxmlFormats.amount(line.cost())),
                        leaf("Amount", QbxmlFormats.amount(money(line.amount())))));
            }
        }
        return RetNode.parent("ItemReceiptRet", fields);
    }

    private static RetNode linkedTxn(String txnId, String txnType, Object txn) {
        List<RetNode> fields = new ArrayList<>();
        fields.add(leaf("TxnID", txnId));
        fields.add(leaf("TxnType", txnType));
        if (txn instanceof ItemReceipt receipt) {
            fields.add(leaf("TxnDate", QbxmlFormats.date(receipt.txnDate())));
            addIfPresent(fields, "RefNumber", receipt.refNumber());
        } else if (txn instanceof PurchaseOrder po) {
            fields.add(leaf("TxnDate", QbxmlFormats.date(po.txnDate())));
            addIfPresent(fields, "RefNumber", po.refNumber());
        }
        fields.add(leaf("LinkType", "QUANTYPE"));
        return RetNode.parent("LinkedTxn", fields);
    }

    private static RetNode address(String name, AddressData address) {
        List<RetNode> fields = new ArrayList<>();
        addIfPresent(fields, "Addr1", address.addr1());
        addIfPresent(fields, "Addr2", address.addr2());
        addIfPresent(fields, "Addr3", address.addr3());
        addIfPresent(fields, "Addr4", address.addr4());
        addIfPresent(fields, "Addr5", address.addr5());
        addIfPresent(fields, "City", address.city());
        addIfPresent(fields, "State", address.state());
        addIfPresent(fields, "PostalCode", address.postalCode());
        addIfPresent(fields, "Country", address.country());
        addIfPresent(fields, "Note", address.note());
        return RetNode.parent(name, fields);
    }

    private static void addIfPresent(List<RetNode> fields, String name, String value) {
        if (value != null) {
            fields.add(leaf(name, value));
        }
    }

    /** AMTTYPE keeps two decimals. */
    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
