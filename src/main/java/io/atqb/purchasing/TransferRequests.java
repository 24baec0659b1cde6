package io.atqb.purchasing;

import io.atqb.autotask.AutotaskPurchaseOrder;
import io.atqb.autotask.AutotaskPurchaseOrderLine;
import io.atqb.autotask.AutotaskReceipt;
import io.atqb.autotask.PurchaseOrderDetail;
import io.atqb.autotask.ShipTo;
import io.atqb.qbxml.Address;
import io.atqb.qbxml.ItemReceiptAddRq;
import io.atqb.qbxml.ItemReceiptLineAdd;
import io.atqb.qbxml.PurchaseOrderAddRq;
import io.atqb.qbxml.PurchaseOrderLineAdd;
import io.atqb.qbxml.PurchaseOrderLineMod;
import io.atqb.qbxml.PurchaseOrderLineRet;
import io.atqb.qbxml.PurchaseOrderModRq;
import io.atqb.qbxml.PurchaseOrderRet;
import io.atqb.qbxml.QbxmlNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The qbXML a purchase order becomes, plain decisions on values:
 * <ul>
 *   <li>PurchaseOrderAdd: vendor by ListID, RefNumber within 11, VendorMsg from the General Memo within 99, the
 *       ship-to address, one line per Autotask line (item by ListID, quantity, unit cost, Other1 = the line's
 *       origin key) and the PO's ExternalGUID;</li>
 *   <li>PurchaseOrderMod: only when a line changed or is new; every line QuickBooks has is listed (so none is
 *       dropped), a changed quantity never below what QuickBooks already received, new lines as -1;</li>
 *   <li>one ItemReceiptAdd per Autotask receipt: linked to the PO line up to its open quantity, the surplus as an
 *       unlinked line of the item, a cancelled (negative) receipt as an unlinked line with the negative quantity
 *       (QuickBooks refuses negative linked quantities; an unlinked line lowers On Hand by the same amount).</li>
 * </ul>
 */
final class TransferRequests {

    private static final int ADDR = 41;
    private static final int CITY = 31;
    private static final int STATE = 21;
    private static final int POSTAL_CODE = 13;

    private TransferRequests() {
    }

    static PurchaseOrderAddRq purchaseOrderAdd(PurchaseOrderDetail detail, String vendorListId,
                                               Map<Long, String> itemListIds, LocalDate txnDate) {
        AutotaskPurchaseOrder po = detail.purchaseOrder();
        List<PurchaseOrderLineAdd> lines = detail.lines().stream()
                .map(line -> new PurchaseOrderLineAdd(itemListIds.get(line.productId()), null,
                        BigDecimal.valueOf(line.quantity()), price(line.unitCost()),
                        TransferPlanning.lineKey(line.id())))
                .toList();
        return new PurchaseOrderAddRq(null, vendorListId, txnDate,
                TransferPlanning.purchaseOrderRefNumber(po.id(), po.purchaseOrderNumber()), address(po.shipTo()),
                null, TransferPlanning.vendorMessage(po.generalMemo()), TransferPlanning.purchaseOrderGuid(po.id()),
                lines);
    }

    /** The Mod that brings QuickBooks' PO in line with Autotask's lines, or empty when nothing changed. */
    static Optional<PurchaseOrderModRq> purchaseOrderMod(PurchaseOrderDetail detail, PurchaseOrderRet quickbooks,
                                                         Map<Long, String> itemListIds) {
        Map<Long, AutotaskPurchaseOrderLine> autotask = new HashMap<>();
        detail.lines().forEach(line -> autotask.put(line.id(), line));
        Set<Long> present = new HashSet<>();
        List<PurchaseOrderLineMod> lines = new ArrayList<>();
        boolean changed = false;
        for (PurchaseOrderLineRet line : quickbooks.lines()) {
            Long origin = TransferPlanning.lineOfKey(line.other1());
            AutotaskPurchaseOrderLine wanted = origin == null ? null : autotask.get(origin);
            if (wanted == null) {
                lines.add(PurchaseOrderLineMod.keep(line.txnLineId()));
                continue;
            }
            present.add(origin);
            BigDecimal quantity = BigDecimal.valueOf(wanted.quantity()).max(amount(line.receivedQuantity()));
            BigDecimal rate = price(wanted.unitCost());
            if (amount(line.quantity()).compareTo(quantity) != 0 || !TransferPlanning.sameAmount(line.rate(), rate)) {
                changed = true;
                lines.add(new PurchaseOrderLineMod(line.txnLineId(), null, null, quantity, rate, null));
            } else {
                lines.add(PurchaseOrderLineMod.keep(line.txnLineId()));
            }
        }
        for (AutotaskPurchaseOrderLine line : detail.lines()) {
            if (!present.contains(line.id())) {
                changed = true;
                lines.add(PurchaseOrderLineMod.newLine(itemListIds.get(line.productId()), null,
                        BigDecimal.valueOf(line.quantity()), price(line.unitCost()),
                        TransferPlanning.lineKey(line.id())));
            }
        }
        if (!changed) {
            return Optional.empty();
        }
        return Optional.of(new PurchaseOrderModRq(null, quickbooks.txnId(), quickbooks.editSequence(), null, lines));
    }

    /**
     * One ItemReceiptAdd per receipt, in the order given, linking each to its PO line up to the line's open quantity
     * in QuickBooks (what it ordered less what it received, less what earlier receipts here link). A receipt with
     * nothing to send (quantity 0, or a line QuickBooks lacks) is left out.
     */
    static List<ItemReceiptAddRq> itemReceipts(PurchaseOrderDetail detail, PurchaseOrderRet quickbooks,
                                               String vendorListId, Map<Long, String> itemListIds,
                                               List<AutotaskReceipt> receipts, LocalDate today) {
        Map<Long, PurchaseOrderLineRet> byOrigin = new HashMap<>();
        Map<String, BigDecimal> open = new HashMap<>();
        for (PurchaseOrderLineRet line : quickbooks.lines()) {
            Long origin = TransferPlanning.lineOfKey(line.other1());
            if (origin != null) {
                byOrigin.put(origin, line);
                BigDecimal left = amount(line.quantity()).subtract(amount(line.receivedQuantity()));
                open.put(line.txnLineId(), left.max(BigDecimal.ZERO));
            }
        }
        Map<Long, AutotaskPurchaseOrderLine> lines = new HashMap<>();
        detail.lines().forEach(line -> lines.put(line.id(), line));
        List<ItemReceiptAddRq> adds = new ArrayList<>();
        for (AutotaskReceipt receipt : receipts) {
            AutotaskPurchaseOrderLine line = lines.get(receipt.purchaseOrderItemId());
            PurchaseOrderLineRet target = byOrigin.get(receipt.purchaseOrderItemId());
            if (receipt.quantity() == 0 || line == null || target == null) {
                continue;
            }
            String itemListId = itemListIds.get(line.productId());
            BigDecimal cost = price(line.unitCost());
            BigDecimal quantity = BigDecimal.valueOf(receipt.quantity());
            List<ItemReceiptLineAdd> receiptLines = new ArrayList<>();
            if (quantity.signum() < 0) {
                receiptLines.add(new ItemReceiptLineAdd(itemListId, quantity, cost, null, null));
            } else {
                BigDecimal linked = quantity.min(open.get(target.txnLineId()));
                if (linked.signum() > 0) {
                    receiptLines.add(new ItemReceiptLineAdd(null, linked, cost, quickbooks.txnId(),
                            target.txnLineId()));
                    open.put(target.txnLineId(), open.get(target.txnLineId()).subtract(linked));
                }
                BigDecimal surplus = quantity.subtract(linked);
                if (surplus.signum() > 0) {
                    receiptLines.add(new ItemReceiptLineAdd(itemListId, surplus, cost, null, null));
                }
            }
            adds.add(new ItemReceiptAddRq(null, vendorListId, dateOf(receipt.receiveDate(), today),
                    TransferPlanning.receiptRefNumber(receipt.id()), null, TransferPlanning.receiptGuid(receipt.id()),
                    receiptLines));
        }
        return adds;
    }

    /** The Autotask receiving id an item receipt's RefNumber names, or null. */
    static Long receivingOf(String refNumber) {
        if (refNumber == null || !refNumber.startsWith("AT")) {
            return null;
        }
        try {
            return Long.parseLong(refNumber.substring(2));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Address address(ShipTo shipTo) {
        if (shipTo == null) {
            return null;
        }
        Address address = new Address(cut(shipTo.name(), ADDR), cut(shipTo.address1(), ADDR),
                cut(shipTo.address2(), ADDR), cut(shipTo.city(), CITY), cut(shipTo.state(), STATE),
                cut(shipTo.postalCode(), POSTAL_CODE), null);
        boolean empty = address.addr1() == null && address.addr2() == null && address.addr3() == null
                && address.city() == null && address.state() == null && address.postalCode() == null;
        return empty ? null : address;
    }

    /**
     * A unit cost as a qbXML price: at most {@link QbxmlNumbers#DECIMALS} decimals (rounded half up); none = 0. Unlike
     * {@link QbxmlNumbers#price} it keeps the cost's own scale (trailing zeros) when it has few enough decimals.
     */
    static BigDecimal price(BigDecimal value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value.scale() > QbxmlNumbers.DECIMALS ? value.setScale(QbxmlNumbers.DECIMALS, RoundingMode.HALF_UP) : value;
    }

    private static BigDecimal amount(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static LocalDate dateOf(Instant instant, LocalDate fallback) {
        return instant == null ? fallback : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String cut(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        return value.codePointCount(0, value.length()) <= max ? value
                : value.substring(0, value.offsetByCodePoints(0, max)).stripTrailing();
    }
}
