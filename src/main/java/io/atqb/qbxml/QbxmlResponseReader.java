package io.atqb.qbxml;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streaming reader of qbXML response message sets ({@code QBXML/QBXMLMsgsRs/*Rs}). Each {@code *Rs} is handed
 * over as soon as its end tag is read; elements the model does not need are skipped. Parsing goes through
 * {@link SecureXml}, so DOCTYPEs and entities are refused. Stateless and thread-safe.
 */
public final class QbxmlResponseReader {

    /** Calls {@code sink} once per {@code *Rs}, in document order, as each one ends. */
    public void read(Reader xml, Consumer<QbxmlResponse> sink) {
        walk(xml, response -> sink.accept(readResponse(response)));
    }

    /** All responses of a message set, in document order. */
    public List<QbxmlResponse> readAll(String xml) {
        List<QbxmlResponse> responses = new ArrayList<>();
        read(new StringReader(requireContent(xml)), responses::add);
        return responses;
    }

    /** Parses the HostQueryRs / CompanyQueryRs / PreferencesQueryRs set QBWC sends on the first sendRequestXML. */
    public HostInfo readHostResponse(String strHCPResponse) {
        HostInfoCollector collector = new HostInfoCollector();
        walk(new StringReader(requireContent(strHCPResponse)), collector::onResponse);
        return collector.toHostInfo();
    }

    private interface ResponseHandler {
        /** Called on the {@code *Rs} start tag; must leave the reader on its end tag. */
        void onResponse(XMLStreamReader xml) throws XMLStreamException;
    }

    private static String requireContent(String xml) {
        if (xml == null || xml.isBlank()) {
            throw new QbxmlParseException("qbXML response is empty");
        }
        return xml;
    }

    private static void walk(Reader source, ResponseHandler handler) {
        XMLStreamReader xml = null;
        try {
            xml = SecureXml.createReader(skipLeadingWhitespace(source));
            xml.nextTag();
            if (!"QBXML".equals(xml.getLocalName())) {
                throw new QbxmlParseException("qbXML response must have root <QBXML> but has <"
                        + xml.getLocalName() + ">");
            }
            while (nextChild(xml)) {
                if ("QBXMLMsgsRs".equals(xml.getLocalName())) {
                    walkMessageSet(xml, handler);
                } else {
                    skipElement(xml);
                }
            }
            while (xml.hasNext()) {
                xml.next();
            }
        } catch (SecureXml.RefusedXmlException e) {
            throw new QbxmlParseException("qbXML response refused: " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            throw new QbxmlParseException("qbXML response is not well-formed XML: " + e.getMessage(), e);
        } finally {
            close(xml);
        }
    }

    private static void walkMessageSet(XMLStreamReader xml, ResponseHandler handler) throws XMLStreamException {
        while (nextChild(xml)) {
            if (xml.getLocalName().endsWith("Rs")) {
                handler.onResponse(xml);
            } else {
                skipElement(xml);
            }
        }
    }

    private static QbxmlResponse readResponse(XMLStreamReader xml) throws XMLStreamException {
        String name = xml.getLocalName();
        String requestId = xml.getAttributeValue(null, "requestID");
        QbxmlStatus status = readStatus(xml, name, requestId);
        return switch (name) {
            case "ItemInventoryQueryRs" -> readItemInventoryQuery(xml, requestId, status);
            case "ItemQueryRs" -> readItemQuery(xml, requestId, status);
            case "ItemInventoryAddRs" -> readItemInventoryAdd(xml, requestId, status);
            case "InventoryAdjustmentAddRs" -> readInventoryAdjustmentAdd(xml, requestId, status);
            case "VendorQueryRs" -> PurchasingReader.vendorQuery(xml, requestId, status);
            case "VendorAddRs" -> PurchasingReader.vendorAdd(xml, requestId, status);
            case "PurchaseOrderAddRs", "PurchaseOrderModRs" -> PurchasingReader.purchaseOrderWrite(xml, name,
                    requestId, status);
            case "PurchaseOrderQueryRs" -> PurchasingReader.purchaseOrderQuery(xml, requestId, status);
            case "ItemReceiptAddRs" -> PurchasingReader.itemReceiptAdd(xml, requestId, status);
            case "ItemReceiptQueryRs" -> PurchasingReader.itemReceiptQuery(xml, requestId, status);
            default -> {
                skipElement(xml);
                yield new OtherRs(name, requestId, status);
            }
        };
    }

    private static QbxmlStatus readStatus(XMLStreamReader xml, String name, String requestId) {
        String code = xml.getAttributeValue(null, "statusCode");
        if (code == null) {
            throw new QbxmlParseException("<" + name + " requestID=\"" + requestId + "\"> has no statusCode");
        }
        return new QbxmlStatus(integer(name + "@statusCode", code), xml.getAttributeValue(null, "statusSeverity"),
                xml.getAttributeValue(null, "statusMessage"));
    }

    private static ItemInventoryQueryRs readItemInventoryQuery(XMLStreamReader xml, String requestId,
            QbxmlStatus status) throws XMLStreamException {
        String iteratorId = xml.getAttributeValue(null, "iteratorID");
        String remaining = xml.getAttributeValue(null, "iteratorRemainingCount");
        Integer remainingCount = remaining == null ? null : integer("iteratorRemainingCount", remaining);
        List<ItemInventoryRet> items = new ArrayList<>();
        while (nextChild(xml)) {
            if ("ItemInventoryRet".equals(xml.getLocalName())) {
                items.add(readItemInventoryRet(xml));
            } else {
                skipElement(xml);
            }
        }
        return new ItemInventoryQueryRs(requestId, status, iteratorId, remainingCount, items);
    }

    private static ItemQueryRs readItemQuery(XMLStreamReader xml, String requestId, QbxmlStatus status)
            throws XMLStreamException {
        List<ItemRet> items = new ArrayList<>();
        while (nextChild(xml)) {
            if (xml.getLocalName().endsWith("Ret")) {
                items.add(readItemRet(xml));
            } else {
                skipElement(xml);
            }
        }
        return new ItemQueryRs(requestId, status, items);
    }

    private static ItemInventoryAddRs readItemInventoryAdd(XMLStreamReader xml, String requestId,
            QbxmlStatus status) throws XMLStreamException {
        ItemInventoryRet item = null;
        ErrorRecovery errorRecovery = null;
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "ItemInventoryRet" -> item = readItemInventoryRet(xml);
                case "ErrorRecovery" -> errorRecovery = readErrorRecovery(xml);
                default -> skipElement(xml);
            }
        }
        return new ItemInventoryAddRs(requestId, status, item, errorRecovery);
    }

    private static InventoryAdjustmentAddRs readInventoryAdjustmentAdd(XMLStreamReader xml, String requestId,
            QbxmlStatus status) throws XMLStreamException {
        InventoryAdjustmentRet adjustment = null;
        ErrorRecovery errorRecovery = null;
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "InventoryAdjustmentRet" -> adjustment = readInventoryAdjustmentRet(xml);
                case "ErrorRecovery" -> errorRecovery = readErrorRecovery(xml);
                default -> skipElement(xml);
            }
        }
        return new InventoryAdjustmentAddRs(requestId, status, adjustment, errorRecovery);
    }

    private static ItemInventoryRet readItemInventoryRet(XMLStreamReader xml) throws XMLStreamException {
        String listId = null;
        String editSequence = null;
        String name = null;
        String fullName = null;
        boolean active = true;
        BigDecimal quantityOnHand = null;
        String timeModified = null;
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "ListID" -> listId = xml.getElementText();
                case "TimeModified" -> timeModified = xml.getElementText();
                case "EditSequence" -> editSequence = xml.getElementText();
                case "Name" -> name = xml.getElementText();
                case "FullName" -> fullName = xml.getElementText();
                case "IsActive" -> active = bool(xml.getElementText());
                case "QuantityOnHand" -> quantityOnHand = decimal("QuantityOnHand", xml.getElementText());
                default -> skipElement(xml);
            }
        }
        return new ItemInventoryRet(listId, editSequence, name, fullName, active, quantityOnHand, timeModified);
    }

    private static ItemRet readItemRet(XMLStreamReader xml) throws XMLStreamException {
        String itemType = xml.getLocalName();
        String listId = null;
        String name = null;
        String fullName = null;
        Boolean active = null;
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "ListID" -> listId = xml.getElementText();
                case "Name" -> name = xml.getElementText();
                case "FullName" -> fullName = xml.getElementText();
                case "IsActive" -> active = bool(xml.getElementText());
                default -> skipElement(xml);
            }
        }
        return new ItemRet(itemType, listId, name, fullName, active);
    }

    private static InventoryAdjustmentRet readInventoryAdjustmentRet(XMLStreamReader xml) throws XMLStreamException {
        String txnId = null;
        String refNumber = null;
        String memo = null;
        List<AdjustmentLineRet> lines = new ArrayList<>();
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "TxnID" -> txnId = xml.getElementText();
                case "RefNumber" -> refNumber = xml.getElementText();
                case "Memo" -> memo = xml.getElementText();
                case "InventoryAdjustmentLineRet" -> lines.add(readAdjustmentLineRet(xml));
                default -> skipElement(xml);
            }
        }
        return new InventoryAdjustmentRet(txnId, refNumber, memo, lines);
    }

    private static AdjustmentLineRet readAdjustmentLineRet(XMLStreamReader xml) throws XMLStreamException {
        String itemListId = null;
        String itemFullName = null;
        BigDecimal quantityDifference = null;
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "ItemRef" -> {
                    while (nextChild(xml)) {
                        switch (xml.getLocalName()) {
                            case "ListID" -> itemListId = xml.getElementText();
                            case "FullName" -> itemFullName = xml.getElementText();
                            default -> skipElement(xml);
                        }
                    }
                }
                case "QuantityDifference" -> quantityDifference = decimal("QuantityDifference", xml.getElementText());
                default -> skipElement(xml);
            }
        }
        return new AdjustmentLineRet(itemListId, itemFullName, quantityDifference);
    }

    static ErrorRecovery readErrorRecovery(XMLStreamReader xml) throws XMLStreamException {
        String listId = null;
        String txnId = null;
        String editSequence = null;
        String externalGuid = null;
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "ListID" -> listId = xml.getElementText();
                case "TxnID" -> txnId = xml.getElementText();
                case "EditSequence" -> editSequence = xml.getElementText();
                case "ExternalGUID" -> externalGuid = xml.getElementText();
                default -> skipElement(xml);
            }
        }
        return new ErrorRecovery(listId, txnId, editSequence, externalGuid);
    }

    /** Collects HostRet and CompanyRet fields while the message set streams past. */
    private static final class HostInfoCollector {
        private boolean hostSeen;
        private String productName;
        private String majorVersion;
        private String country;
        private final List<QbxmlVersion> supportedVersions = new ArrayList<>();
        private String fileMode;
        private String companyName;

        void onResponse(XMLStreamReader xml) throws XMLStreamException {
            String response = xml.getLocalName();
            while (nextChild(xml)) {
                String child = xml.getLocalName();
                if ("HostQueryRs".equals(response) && "HostRet".equals(child)) {
                    readHostRet(xml);
                } else if ("CompanyQueryRs".equals(response) && "CompanyRet".equals(child)) {
                    readCompanyRet(xml);
                } else {
                    skipElement(xml);
                }
            }
        }

        private void readHostRet(XMLStreamReader xml) throws XMLStreamException {
            hostSeen = true;
            while (nextChild(xml)) {
                switch (xml.getLocalName()) {
                    case "ProductName" -> productName = xml.getElementText();
                    case "MajorVersion" -> majorVersion = xml.getElementText();
                    case "Country" -> country = xml.getElementText();
                    case "SupportedQBXMLVersion" -> addVersion(xml.getElementText());
                    case "QBFileMode" -> fileMode = xml.getElementText();
                    default -> skipElement(xml);
                }
            }
        }

        /** Country-specific entries such as {@code UK2.0} or {@code CA3.0} are not numeric versions: left out. */
        private void addVersion(String text) {
            try {
                supportedVersions.add(QbxmlVersion.parse(text));
            } catch (IllegalArgumentException notNumeric) {
                // an edition-specific version label; it never applies to the US/CA/UK 13.0 messages we write
            }
        }

        private void readCompanyRet(XMLStreamReader xml) throws XMLStreamException {
            while (nextChild(xml)) {
                if ("CompanyName".equals(xml.getLocalName())) {
                    companyName = xml.getElementText();
                } else {
                    skipElement(xml);
                }
            }
        }

        HostInfo toHostInfo() {
            if (!hostSeen) {
                throw new QbxmlParseException("host response has no HostQueryRs/HostRet: QuickBooks did not "
                        + "describe itself");
            }
            return new HostInfo(productName, majorVersion, country, supportedVersions, fileMode, companyName);
        }
    }

    /** Moves to the next child start tag; false, on the parent's end tag, when there is none. */
    static boolean nextChild(XMLStreamReader xml) throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("document ended inside an element");
            }
        }
    }

    /** From a start tag to its matching end tag. */
    static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("document ended inside an element");
            }
        }
    }

    static boolean bool(String text) {
        return Boolean.parseBoolean(text.strip());
    }

    static BigDecimal decimal(String element, String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new QbxmlParseException("<" + element + "> is not a number: '" + text + "'", e);
        }
    }

    private static int integer(String what, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new QbxmlParseException(what + " is not an integer: '" + text + "'", e);
        }
    }

    /** QBWC hands us strings; tolerate whitespace or a byte-order mark before the XML declaration. */
    private static Reader skipLeadingWhitespace(Reader source) {
        PushbackReader reader = new PushbackReader(source, 1);
        try {
            int c = reader.read();
            while (c != -1 && (Character.isWhitespace(c) || c == '\uFEFF')) {
                c = reader.read();
            }
            if (c != -1) {
                reader.unread(c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read qbXML response: " + e.getMessage(), e);
        }
        return reader;
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // closing a finished or failed reader has nothing left to report
            }
        }
    }
}
