package io.atqb.qbxml;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a qbXML request message set with StAX: the XML declaration first, the {@code <?qbxml?>} instruction,
 * then each request with its children in qbXML 13.0 schema order. Every non-ASCII character leaves as a decimal
 * character reference. Stateless and thread-safe.
 */
public final class QbxmlWriter {

    private final XMLOutputFactory outputFactory = XMLOutputFactory.newDefaultFactory();

    /** The message set as a string, ready to return from sendRequestXML. */
    public String write(QbxmlVersion version, OnError onError, List<? extends QbxmlRequest> requests) {
        StringWriter out = new StringWriter();
        try {
            write(version, onError, requests, out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write qbXML: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** Writes the message set to {@code out}, flushes it and leaves it open. */
    public void write(QbxmlVersion version, OnError onError, List<? extends QbxmlRequest> requests, Writer out)
            throws IOException {
        checkArguments(version, onError, requests);
        CharacterReferenceWriter ascii = new CharacterReferenceWriter(out);
        try {
            XMLStreamWriter xml = outputFactory.createXMLStreamWriter(ascii);
            xml.writeStartDocument("utf-8", "1.0");
            xml.writeProcessingInstruction("qbxml", "version=\"" + version + "\"");
            xml.writeStartElement("QBXML");
            xml.writeStartElement("QBXMLMsgsRq");
            xml.writeAttribute("onError", onError.attributeValue());
            for (QbxmlRequest request : requests) {
                writeRequest(xml, request);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not write qbXML: " + e.getMessage(), e);
        }
        ascii.close();
    }

    private static void checkArguments(QbxmlVersion version, OnError onError, List<? extends QbxmlRequest> requests) {
        if (version == null || onError == null) {
            throw new IllegalArgumentException("qbXML version and onError are required");
        }
        if (requests == null || requests.isEmpty()) {
            throw new IllegalArgumentException("a qbXML message set needs at least one request");
        }
        for (QbxmlRequest request : requests) {
            if (request == null) {
                throw new IllegalArgumentException("qbXML requests must not contain null");
            }
            if (request.requestId() == null) {
                throw new IllegalArgumentException(request.getClass().getSimpleName()
                        + " has no requestId; assign one with withRequestId(..) before writing");
            }
        }
    }

    private static void writeRequest(XMLStreamWriter xml, QbxmlRequest request) throws XMLStreamException {
        if (request instanceof ItemInventoryQueryRq query) {
            writeItemInventoryQuery(xml, query);
        } else if (request instanceof ItemQueryRq query) {
            writeItemQuery(xml, query);
        } else if (request instanceof ItemInventoryAddRq add) {
            writeItemInventoryAdd(xml, add);
        } else if (request instanceof InventoryAdjustmentAddRq adjustment) {
            writeInventoryAdjustmentAdd(xml, adjustment);
        } else {
            PurchasingWriter.write(xml, request);
        }
    }

    /** ListID* | FullName* | (MaxReturned?, ActiveStatus?), then IncludeRetElement*. */
    private static void writeItemInventoryQuery(XMLStreamWriter xml, ItemInventoryQueryRq query)
            throws XMLStreamException {
        xml.writeStartElement("ItemInventoryQueryRq");
        xml.writeAttribute("requestID", query.requestId());
        if (query.iterator() != null) {
            xml.writeAttribute("iterator", query.iterator().attributeValue());
        }
        if (query.iteratorId() != null) {
            xml.writeAttribute("iteratorID", query.iteratorId());
        }
        writeEach(xml, "ListID", query.listIds());
        writeEach(xml, "FullName", query.fullNames());
        if (query.maxReturned() != null) {
            writeElement(xml, "MaxReturned", query.maxReturned().toString());
        }
        if (query.activeStatus() != null) {
            writeElement(xml, "ActiveStatus", query.activeStatus().elementValue());
        }
        writeEach(xml, "IncludeRetElement", query.includeRetElements());
        xml.writeEndElement();
    }

    /** ListID* | FullName*. */
    private static void writeItemQuery(XMLStreamWriter xml, ItemQueryRq query) throws XMLStreamException {
        xml.writeStartElement("ItemQueryRq");
        xml.writeAttribute("requestID", query.requestId());
        writeEach(xml, "ListID", query.listIds());
        writeEach(xml, "FullName", query.fullNames());
        xml.writeEndElement();
    }

    /** Name, SalesDesc, IncomeAccountRef, PurchaseDesc, COGSAccountRef, AssetAccountRef (schema order). */
    private static void writeItemInventoryAdd(XMLStreamWriter xml, ItemInventoryAddRq add) throws XMLStreamException {
        xml.writeStartElement("ItemInventoryAddRq");
        xml.writeAttribute("requestID", add.requestId());
        xml.writeStartElement("ItemInventoryAdd");
        writeElement(xml, "Name", add.name());
        writeOptional(xml, "SalesDesc", add.salesDesc());
        writeFullNameRef(xml, "IncomeAccountRef", add.incomeAccount());
        writeOptional(xml, "PurchaseDesc", add.purchaseDesc());
        writeFullNameRef(xml, "COGSAccountRef", add.cogsAccount());
        writeFullNameRef(xml, "AssetAccountRef", add.assetAccount());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** AccountRef, TxnDate, RefNumber, Memo, InventoryAdjustmentLineAdd+ (schema order). */
    private static void writeInventoryAdjustmentAdd(XMLStreamWriter xml, InventoryAdjustmentAddRq adjustment)
            throws XMLStreamException {
        xml.writeStartElement("InventoryAdjustmentAddRq");
        xml.writeAttribute("requestID", adjustment.requestId());
        xml.writeStartElement("InventoryAdjustmentAdd");
        writeFullNameRef(xml, "AccountRef", adjustment.account());
        if (adjustment.txnDate() != null) {
            writeElement(xml, "TxnDate", adjustment.txnDate().toString());
        }
        writeOptional(xml, "RefNumber", adjustment.refNumber());
        writeOptional(xml, "Memo", adjustment.memo());
        for (AdjustmentLine line : adjustment.lines()) {
            writeAdjustmentLine(xml, line);
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void writeAdjustmentLine(XMLStreamWriter xml, AdjustmentLine line) throws XMLStreamException {
        xml.writeStartElement("InventoryAdjustmentLineAdd");
        xml.writeStartElement("ItemRef");
        writeOptional(xml, "ListID", line.item().listId());
        writeOptional(xml, "FullName", line.item().fullName());
        xml.writeEndElement();
        xml.writeStartElement("QuantityAdjustment");
        if (line.newQuantity() != null) {
            writeElement(xml, "NewQuantity", quantity(line.newQuantity()));
        } else {
            writeElement(xml, "QuantityDifference", quantity(line.quantityDifference()));
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** Plain decimal without exponent or trailing zeros: 40.00000 -> "40", 2.50 -> "2.5". */
    static String quantity(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static void writeFullNameRef(XMLStreamWriter xml, String refName, String fullName)
            throws XMLStreamException {
        if (fullName != null) {
            xml.writeStartElement(refName);
            writeElement(xml, "FullName", fullName);
            xml.writeEndElement();
        }
    }

    static void writeEach(XMLStreamWriter xml, String name, List<String> values) throws XMLStreamException {
        for (String value : values) {
            writeElement(xml, name, value);
        }
    }

    static void writeOptional(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        if (text != null) {
            writeElement(xml, name, text);
        }
    }

    static void writeElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
