package io.atqb.purchasing;

import io.atqb.autotask.AutotaskPurchaseOrderLine;
import io.atqb.autotask.AutotaskReceipt;
import io.atqb.autotask.PurchaseOrderDetail;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The transfer's planning rules, plain decisions on values: the origin keys QuickBooks keeps of each Autotask
 * record, the numbers and texts within QuickBooks' lengths, and what changed since the last transfer.
 */
final class TransferPlanning {

    /** RefNumber of a purchase order: at most 11 characters. */
    static final int PO_REF_MAX = 11;
    /** RefNumber of an item receipt: at most 20 characters. */
    static final int RECEIPT_REF_MAX = 20;
    /** VendorMsg: at most 99 characters. */
    static final int VENDOR_MESSAGE_MAX = 99;
    /** Vendor Name: at most 41 characters. */
    static final int VENDOR_NAME_MAX = 41;
    /** The PO line's Other1 carries "ATPOI-" and the Autotask line id. */
    static final String LINE_KEY_PREFIX = "ATPOI-";

    private TransferPlanning() {
    }

    /** The PO's ExternalGUID: a name-based UUID of "autotask-purchase-order:&lt;id&gt;", braced and upper case. */
    static String purchaseOrderGuid(long purchaseOrderId) {
        return guid("autotask-purchase-order:" + purchaseOrderId);
    }

    /** The item receipt's ExternalGUID: a name-based UUID of "autotask-receiving:&lt;id&gt;". */
    static String receiptGuid(long receivingId) {
        return guid("autotask-receiving:" + receivingId);
    }

    /** The item receipt's RefNumber: "AT" and the Autotask receiving id. */
    static String receiptRefNumber(long receivingId) {
        return "AT" + receivingId;
    }

    /** The PO's RefNumber: Autotask's PO number when it has one, cut to 11, else the PO id. */
    static String purchaseOrderRefNumber(long purchaseOrderId, String purchaseOrderNumber) {
        String number = purchaseOrderNumber == null ? "" : purchaseOrderNumber.strip();
        return number.isEmpty() ? Long.toString(purchaseOrderId) : cut(number, PO_REF_MAX);
    }

    /** The vendor's QuickBooks name: the Autotask company name, trimmed and cut to 41. */
    static String vendorName(String companyName) {
        return companyName == null ? "" : cut(companyName.strip(), VENDOR_NAME_MAX).stripTrailing();
    }

    /** The PO's vendor message: the General Memo, cut to 99 (null when there is none). */
    static String vendorMessage(String generalMemo) {
        if (generalMemo == null || generalMemo.isBlank()) {
            return null;
        }
        return cut(generalMemo.strip(), VENDOR_MESSAGE_MAX).stripTrailing();
    }

    /** Other1 of a PO line: its Autotask line. */
    static String lineKey(long purchaseOrderItemId) {
        return LINE_KEY_PREFIX + purchaseOrderItemId;
    }

    /** The Autotask line id an Other1 names, or null. */
    static Long lineOfKey(String other1) {
        if (other1 == null || !other1.startsWith(LINE_KEY_PREFIX)) {
            return null;
        }
        try {
            return Long.parseLong(other1.substring(LINE_KEY_PREFIX.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Receipts QuickBooks lacks, lines changed in quantity or unit cost, lines never sent. */
    static TransferDifference difference(PurchaseOrderDetail autotask, List<TransferStateRepository.StoredLine> sentLines,
                                         List<TransferStateRepository.StoredReceipt> sentReceipts) {
        Map<Long, TransferStateRepository.StoredLine> sent = new HashMap<>();
        sentLines.forEach(line -> sent.put(line.purchaseOrderItemId(), line));
        Set<Long> received = sentReceipts.stream().filter(TransferStateRepository.StoredReceipt::sent)
                .map(TransferStateRepository.StoredReceipt::receivingId).collect(Collectors.toSet());
        List<AutotaskPurchaseOrderLine> changed = new ArrayList<>();
        List<AutotaskPurchaseOrderLine> added = new ArrayList<>();
        for (AutotaskPurchaseOrderLine line : autotask.lines()) {
            TransferStateRepository.StoredLine before = sent.get(line.id());
            if (before == null) {
                added.add(line);
            } else if (before.quantity() != line.quantity() || !sameAmount(before.unitCost(), line.unitCost())) {
                changed.add(line);
            }
        }
        List<AutotaskReceipt> newReceipts = autotask.receipts().stream()
                .filter(r -> !received.contains(r.id())).toList();
        return new TransferDifference(newReceipts, changed, added);
    }

    static boolean sameAmount(BigDecimal a, BigDecimal b) {
        BigDecimal x = a == null ? BigDecimal.ZERO : a;
        BigDecimal y = b == null ? BigDecimal.ZERO : b;
        return x.compareTo(y) == 0;
    }

    private static String guid(String name) {
        return "{" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString().toUpperCase(Locale.ROOT)
                + "}";
    }

    private static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max));
    }
}
