package io.atqb.qbxml;

import static io.atqb.qbxml.QbxmlWriter.writeEach;
import static io.atqb.qbxml.QbxmlWriter.writeElement;
import static io.atqb.qbxml.QbxmlWriter.writeOptional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The vendor, purchase-order and item-receipt requests of {@link QbxmlWriter}, each with its children in qbXML 13.0
 * schema order (QuickBooks refuses a message whose elements are out of order with 0x80040400).
 */
final class PurchasingWriter {

    private PurchasingWriter() {
    }

    static void write(XMLStreamWriter xml, QbxmlRequest request) throws XMLStreamException {
        if (request instanceof VendorQueryRq query) {
            writeVendorQuery(xml, query);
        } else if (request instanceof VendorAddRq add) {
            writeVendorAdd(xml, add);
        } else if (request instanceof PurchaseOrderAddRq add) {
            writePurchaseOrderAdd(xml, add);
        } else if (request instanceof PurchaseOrderModRq mod) {
            writePurchaseOrderMod(xml, mod);
        } else if (request instanceof PurchaseOrderQueryRq query) {
            writePurchaseOrderQuery(xml, query);
        } else if (request instanceof ItemReceiptAddRq add) {
            writeItemReceiptAdd(xml, add);
        } else if (request instanceof ItemReceiptQueryRq query) {
            writeItemReceiptQuery(xml, query);
        } else {
            throw new IllegalArgumentException("no qbXML mapping for " + request.getClass().getName());
        }
    }

    /** FullName+. */
    private static void writeVendorQuery(XMLStreamWriter xml, VendorQueryRq query) throws XMLStreamException {
        startRequest(xml, "VendorQueryRq", query.requestId());
        writeEach(xml, "FullName", query.fullNames());
        xml.writeEndElement();
    }

    /** VendorAdd: Name. */
    private static void writeVendorAdd(XMLStreamWriter xml, VendorAddRq add) throws XMLStreamException {
        startRequest(xml, "VendorAddRq", add.requestId());
        xml.writeStartElement("VendorAdd");
        writeElement(xml, "Name", add.name());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /**
     * PurchaseOrderAdd: VendorRef, TxnDate, RefNumber, ShipAddress, Memo, VendorMsg, ExternalGUID,
     * PurchaseOrderLineAdd+.
     */
    private static void writePurchaseOrderAdd(XMLStreamWriter xml, PurchaseOrderAddRq add) throws XMLStreamException {
        startRequest(xml, "PurchaseOrderAddRq", add.requestId());
        xml.writeStartElement("PurchaseOrderAdd");
        writeListIdRef(xml, "VendorRef", add.vendorListId());
        writeDate(xml, "TxnDate", add.txnDate());
        writeOptional(xml, "RefNumber", add.refNumber());
        writeAddress(xml, "ShipAddress", add.shipAddress());
        writeOptional(xml, "Memo", add.memo());
        writeOptional(xml, "VendorMsg", add.vendorMsg());
        writeOptional(xml, "ExternalGUID", add.externalGuid());
        for (PurchaseOrderLineAdd line : add.lines()) {
            xml.writeStartElement("PurchaseOrderLineAdd");
            writeLine(xml, line.itemListId(), line.desc(), line.quantity(), line.rate(), line.other1());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** PurchaseOrderMod: TxnID, EditSequence, VendorMsg, PurchaseOrderLineMod*. */
    private static void writePurchaseOrderMod(XMLStreamWriter xml, PurchaseOrderModRq mod) throws XMLStreamException {
        startRequest(xml, "PurchaseOrderModRq", mod.requestId());
        xml.writeStartElement("PurchaseOrderMod");
        writeElement(xml, "TxnID", mod.txnId());
        writeElement(xml, "EditSequence", mod.editSequence());
        writeOptional(xml, "VendorMsg", mod.vendorMsg());
        for (PurchaseOrderLineMod line : mod.lines()) {
            xml.writeStartElement("PurchaseOrderLineMod");
            writeElement(xml, "TxnLineID", line.txnLineId());
            writeLine(xml, line.itemListId(), line.desc(), line.quantity(), line.rate(), line.other1());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** What a PO line Add and Mod share, in schema order: ItemRef, Desc, Quantity, Rate, Other1. */
    private static void writeLine(XMLStreamWriter xml, String itemListId, String desc, BigDecimal quantity,
                                  BigDecimal rate, String other1) throws XMLStreamException {
        writeListIdRef(xml, "ItemRef", itemListId);
        writeOptional(xml, "Desc", desc);
        writeQuantity(xml, "Quantity", quantity);
        writePrice(xml, "Rate", rate);
        writeOptional(xml, "Other1", other1);
    }

    /** TxnID+ | RefNumber+, then IncludeLineItems, IncludeLinkedTxns. */
    private static void writePurchaseOrderQuery(XMLStreamWriter xml, PurchaseOrderQueryRq query)
            throws XMLStreamException {
        startRequest(xml, "PurchaseOrderQueryRq", query.requestId());
        writeEach(xml, "TxnID", query.txnIds());
        writeEach(xml, "RefNumber", query.refNumbers());
        writeFlag(xml, "IncludeLineItems", query.includeLineItems());
        writeFlag(xml, "IncludeLinkedTxns", query.includeLinkedTxns());
        xml.writeEndElement();
    }

    /** ItemReceiptAdd: VendorRef, TxnDate, RefNumber, Memo, ExternalGUID, ItemLineAdd+. */
    private static void writeItemReceiptAdd(XMLStreamWriter xml, ItemReceiptAddRq add) throws XMLStreamException {
        startRequest(xml, "ItemReceiptAddRq", add.requestId());
        xml.writeStartElement("ItemReceiptAdd");
        writeListIdRef(xml, "VendorRef", add.vendorListId());
        writeDate(xml, "TxnDate", add.txnDate());
        writeOptional(xml, "RefNumber", add.refNumber());
        writeOptional(xml, "Memo", add.memo());
        writeOptional(xml, "ExternalGUID", add.externalGuid());
        for (ItemReceiptLineAdd line : add.lines()) {
            writeItemReceiptLine(xml, line);
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** ItemLineAdd: ItemRef (unlinked only), Quantity, Cost, LinkToTxn (linked only). */
    private static void writeItemReceiptLine(XMLStreamWriter xml, ItemReceiptLineAdd line) throws XMLStreamException {
        xml.writeStartElement("ItemLineAdd");
        writeListIdRef(xml, "ItemRef", line.itemListId());
        writeQuantity(xml, "Quantity", line.quantity());
        writePrice(xml, "Cost", line.cost());
        if (line.isLinked()) {
            xml.writeStartElement("LinkToTxn");
            writeElement(xml, "TxnID", line.linkTxnId());
            writeElement(xml, "TxnLineID", line.linkTxnLineId());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** RefNumber+, then IncludeLineItems. */
    private static void writeItemReceiptQuery(XMLStreamWriter xml, ItemReceiptQueryRq query)
            throws XMLStreamException {
        startRequest(xml, "ItemReceiptQueryRq", query.requestId());
        writeEach(xml, "RefNumber", query.refNumbers());
        writeFlag(xml, "IncludeLineItems", query.includeLineItems());
        xml.writeEndElement();
    }

    /** AddressData: Addr1, Addr2, Addr3, City, State, PostalCode, Country; nothing when every field is null. */
    private static void writeAddress(XMLStreamWriter xml, String name, Address address) throws XMLStreamException {
        if (address == null || isEmpty(address)) {
            return;
        }
        xml.writeStartElement(name);
        writeOptional(xml, "Addr1", address.addr1());
        writeOptional(xml, "Addr2", address.addr2());
        writeOptional(xml, "Addr3", address.addr3());
        writeOptional(xml, "City", address.city());
        writeOptional(xml, "State", address.state());
        writeOptional(xml, "PostalCode", address.postalCode());
        writeOptional(xml, "Country", address.country());
        xml.writeEndElement();
    }

    private static boolean isEmpty(Address address) {
        return address.addr1() == null && address.addr2() == null && address.addr3() == null && address.city() == null
                && address.state() == null && address.postalCode() == null && address.country() == null;
    }

    private static void startRequest(XMLStreamWriter xml, String name, String requestId) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeAttribute("requestID", requestId);
    }

    private static void writeListIdRef(XMLStreamWriter xml, String name, String listId) throws XMLStreamException {
        if (listId != null) {
            xml.writeStartElement(name);
            writeElement(xml, "ListID", listId);
            xml.writeEndElement();
        }
    }

    private static void writeDate(XMLStreamWriter xml, String name, LocalDate date) throws XMLStreamException {
        if (date != null) {
            writeElement(xml, name, date.toString());
        }
    }

    /** Written only when true: false is QuickBooks' default. */
    private static void writeFlag(XMLStreamWriter xml, String name, boolean value) throws XMLStreamException {
        if (value) {
            writeElement(xml, name, "true");
        }
    }

    /** QUANTYPE: plain, without needless zeros (3, 2.5, -1). */
    private static void writeQuantity(XMLStreamWriter xml, String name, BigDecimal value) throws XMLStreamException {
        if (value != null) {
            writeElement(xml, name, QbxmlNumbers.format(value));
        }
    }

    /** PRICETYPE: plain, with 2 to 5 decimals as QuickBooks writes prices (12.00, 9.5 as 9.50, 1.23456). */
    private static void writePrice(XMLStreamWriter xml, String name, BigDecimal value) throws XMLStreamException {
        if (value != null) {
            writeElement(xml, name, price(value));
        }
    }

    static String price(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2, RoundingMode.UNNECESSARY).toPlainString()
                : stripped.toPlainString();
    }
}
