package io.atqb.qbxml;

import static io.atqb.qbxml.QbxmlResponseReader.bool;
import static io.atqb.qbxml.QbxmlResponseReader.decimal;
import static io.atqb.qbxml.QbxmlResponseReader.nextChild;
import static io.atqb.qbxml.QbxmlResponseReader.readErrorRecovery;
import static io.atqb.qbxml.QbxmlResponseReader.skipElement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the vendor, purchase-order and item-receipt responses for {@link QbxmlResponseReader}. Each method starts on
 * the {@code *Rs} start tag and leaves the reader on its end tag; elements the records do not keep are skipped.
 */
final class PurchasingReader {

    private PurchasingReader() {
    }

    static VendorQueryRs vendorQuery(XMLStreamReader xml, String requestId, QbxmlStatus status)
            throws XMLStreamException {
        return new VendorQueryRs(requestId, status, rets(xml, "VendorRet", PurchasingReader::vendorRet));
    }

    static VendorAddRs vendorAdd(XMLStreamReader xml, String requestId, QbxmlStatus status)
            throws XMLStreamException {
        Written<VendorRet> added = written(xml, "VendorRet", PurchasingReader::vendorRet);
        return new VendorAddRs(requestId, status, added.ret(), added.errorRecovery());
    }

    /** PurchaseOrderAddRs or PurchaseOrderModRs: one PurchaseOrderRet and maybe an ErrorRecovery. */
    static QbxmlResponse purchaseOrderWrite(XMLStreamReader xml, String name, String requestId, QbxmlStatus status)
            throws XMLStreamException {
        Written<PurchaseOrderRet> written = written(xml, "PurchaseOrderRet", PurchasingReader::purchaseOrderRet);
        return "PurchaseOrderModRs".equals(name)
                ? new PurchaseOrderModRs(requestId, status, written.ret(), written.errorRecovery())
                : new PurchaseOrderAddRs(requestId, status, written.ret(), written.errorRecovery());
    }

    static PurchaseOrderQueryRs purchaseOrderQuery(XMLStreamReader xml, String requestId, QbxmlStatus status)
            throws XMLStreamException {
        return new PurchaseOrderQueryRs(requestId, status,
                rets(xml, "PurchaseOrderRet", PurchasingReader::purchaseOrderRet));
    }

    static ItemReceiptAddRs itemReceiptAdd(XMLStreamReader xml, String requestId, QbxmlStatus status)
            throws XMLStreamException {
        Written<ItemReceiptRet> added = written(xml, "ItemReceiptRet", PurchasingReader::itemReceiptRet);
        return new ItemReceiptAddRs(requestId, status, added.ret(), added.errorRecovery());
    }

    static ItemReceiptQueryRs itemReceiptQuery(XMLStreamReader xml, String requestId, QbxmlStatus status)
            throws XMLStreamException {
        return new ItemReceiptQueryRs(requestId, status, rets(xml, "ItemReceiptRet", PurchasingReader::itemReceiptRet));
    }

    /** Reads one {@code *Ret} element, starting on its start tag. */
    @FunctionalInterface
    private interface RetReader<T> {
        T read(XMLStreamReader xml) throws XMLStreamException;
    }

    /** What an Add or Mod answered: its {@code *Ret} (null when refused) and QuickBooks' ErrorRecovery, if any. */
    private record Written<T>(T ret, ErrorRecovery errorRecovery) {
    }

    /** A query's answer: every {@code element} child, in order; other children skipped. */
    private static <T> List<T> rets(XMLStreamReader xml, String element, RetReader<T> reader)
            throws XMLStreamException {
        List<T> rets = new ArrayList<>();
        while (nextChild(xml)) {
            if (element.equals(xml.getLocalName())) {
                rets.add(reader.read(xml));
            } else {
                skipElement(xml);
            }
        }
        return rets;
    }

    /** An Add's or Mod's answer: its {@code element} child and ErrorRecovery; other children skipped. */
    private static <T> Written<T> written(XMLStreamReader xml, String element, RetReader<T> reader)
            throws XMLStreamException {
        T ret = null;
        ErrorRecovery errorRecovery = null;
        while (nextChild(xml)) {
            String name = xml.getLocalName();
            if (element.equals(name)) {
                ret = reader.read(xml);
            } else if ("ErrorRecovery".equals(name)) {
                errorRecovery = readErrorRecovery(xml);
            } else {
                skipElement(xml);
            }
        }
        return new Written<>(ret, errorRecovery);
    }

    private static VendorRet vendorRet(XMLStreamReader xml) throws XMLStreamException {
        String listId = null;
        String editSequence = null;
        String name = null;
        boolean active = true;
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "ListID" -> listId = xml.getElementText();
                case "EditSequence" -> editSequence = xml.getElementText();
                case "Name" -> name = xml.getElementText();
                case "IsActive" -> active = bool(xml.getElementText());
                default -> skipElement(xml);
            }
        }
        return new VendorRet(listId, editSequence, name, active);
    }

    private static PurchaseOrderRet purchaseOrderRet(XMLStreamReader xml) throws XMLStreamException {
        String txnId = null;
        String editSequence = null;
        Ref vendor = Ref.NONE;
        String refNumber = null;
        String externalGuid = null;
        boolean fullyReceived = false;
        boolean manuallyClosed = false;
        List<PurchaseOrderLineRet> lines = new ArrayList<>();
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "TxnID" -> txnId = xml.getElementText();
                case "EditSequence" -> editSequence = xml.getElementText();
                case "VendorRef" -> vendor = ref(xml);
                case "RefNumber" -> refNumber = xml.getElementText();
                case "IsManuallyClosed" -> manuallyClosed = bool(xml.getElementText());
                case "IsFullyReceived" -> fullyReceived = bool(xml.getElementText());
                case "ExternalGUID" -> externalGuid = xml.getElementText();
                case "PurchaseOrderLineRet" -> lines.add(purchaseOrderLineRet(xml));
                case "PurchaseOrderLineGroupRet" -> addGroupLines(xml, lines);
                default -> skipElement(xml);
            }
        }
        return new PurchaseOrderRet(txnId, editSequence, vendor.listId(), vendor.fullName(), refNumber, externalGuid,
                fullyReceived, manuallyClosed, lines);
    }

    /** The lines inside a group line belong to the purchase order just like top-level lines. */
    private static void addGroupLines(XMLStreamReader xml, List<PurchaseOrderLineRet> lines)
            throws XMLStreamException {
        while (nextChild(xml)) {
            if ("PurchaseOrderLineRet".equals(xml.getLocalName())) {
                lines.add(purchaseOrderLineRet(xml));
            } else {
                skipElement(xml);
            }
        }
    }

    private static PurchaseOrderLineRet purchaseOrderLineRet(XMLStreamReader xml) throws XMLStreamException {
        String txnLineId = null;
        Ref item = Ref.NONE;
        String desc = null;
        BigDecimal quantity = null;
        BigDecimal rate = null;
        BigDecimal receivedQuantity = null;
        boolean manuallyClosed = false;
        String other1 = null;
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "TxnLineID" -> txnLineId = xml.getElementText();
                case "ItemRef" -> item = ref(xml);
                case "Desc" -> desc = xml.getElementText();
                case "Quantity" -> quantity = decimal("Quantity", xml.getElementText());
                case "Rate" -> rate = decimal("Rate", xml.getElementText());
                case "ReceivedQuantity" -> receivedQuantity = decimal("ReceivedQuantity", xml.getElementText());
                case "IsManuallyClosed" -> manuallyClosed = bool(xml.getElementText());
                case "Other1" -> other1 = xml.getElementText();
                default -> skipElement(xml);
            }
        }
        return new PurchaseOrderLineRet(txnLineId, item.listId(), item.fullName(), desc, quantity, rate,
                receivedQuantity, manuallyClosed, other1);
    }

    private static ItemReceiptRet itemReceiptRet(XMLStreamReader xml) throws XMLStreamException {
        String txnId = null;
        String editSequence = null;
        Ref vendor = Ref.NONE;
        String refNumber = null;
        String externalGuid = null;
        List<ItemReceiptLineRet> lines = new ArrayList<>();
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "TxnID" -> txnId = xml.getElementText();
                case "EditSequence" -> editSequence = xml.getElementText();
                case "VendorRef" -> vendor = ref(xml);
                case "RefNumber" -> refNumber = xml.getElementText();
                case "ExternalGUID" -> externalGuid = xml.getElementText();
                case "ItemLineRet" -> lines.add(itemReceiptLineRet(xml));
                default -> skipElement(xml);
            }
        }
        return new ItemReceiptRet(txnId, editSequence, vendor.listId(), refNumber, externalGuid, lines);
    }

    private static ItemReceiptLineRet itemReceiptLineRet(XMLStreamReader xml) throws XMLStreamException {
        String txnLineId = null;
        Ref item = Ref.NONE;
        BigDecimal quantity = null;
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "TxnLineID" -> txnLineId = xml.getElementText();
                case "ItemRef" -> item = ref(xml);
                case "Quantity" -> quantity = decimal("Quantity", xml.getElementText());
                default -> skipElement(xml);
            }
        }
        return new ItemReceiptLineRet(txnLineId, item.listId(), quantity);
    }

    /** The ListID and FullName of a reference aggregate. */
    private record Ref(String listId, String fullName) {
        static final Ref NONE = new Ref(null, null);
    }

    private static Ref ref(XMLStreamReader xml) throws XMLStreamException {
        String listId = null;
        String fullName = null;
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "ListID" -> listId = xml.getElementText();
                case "FullName" -> fullName = xml.getElementText();
                default -> skipElement(xml);
            }
        }
        return new Ref(listId, fullName);
    }
}
