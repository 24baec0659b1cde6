package io.atqb.sandbox.quickbooks;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Builds qbXML request message sets for tests with StAX, from a small element tree. */
final class QbxmlTestMessages {

    /** An element of the tree: attributes, text and children. */
    record Node(String name, Map<String, String> attributes, String text, List<Node> children) {
    }

    /** An attribute for {@link #el(String, Object...)}. */
    record Attr(String name, String value) {
    }

    private QbxmlTestMessages() {
    }

    static Attr attr(String name, String value) {
        return new Attr(name, value);
    }

    /** An element; each content item is an {@link Attr}, a child {@link Node} or text. */
    static Node el(String name, Object... content) {
        Map<String, String> attributes = new LinkedHashMap<>();
        List<Node> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Object item : content) {
            if (item instanceof Attr attribute) {
                attributes.put(attribute.name(), attribute.value());
            } else if (item instanceof Node child) {
                children.add(child);
            } else {
                text.append(item);
            }
        }
        return new Node(name, attributes, text.length() == 0 ? null : text.toString(), children);
    }

    static Node ref(String element, String fullName) {
        return el(element, el("FullName", fullName));
    }

    static Node refById(String element, String listId) {
        return el(element, el("ListID", listId));
    }

    /** A qbXML 13.0 message set with onError="stopOnError". */
    static String message(Node... requests) {
        return message("13.0", "stopOnError", requests);
    }

    static String continueOnError(Node... requests) {
        return message("13.0", "continueOnError", requests);
    }

    static String message(String version, String onError, Node... requests) {
        return message(version, List.of(attr("onError", onError)), requests);
    }

    /** A message set with the given QBXMLMsgsRq attributes (none means no onError). */
    static String message(String version, List<Attr> messageAttributes, Node... requests) {
        List<Object> content = new ArrayList<>(messageAttributes);
        content.addAll(List.of(requests));
        Node messages = el("QBXMLMsgsRq", content.toArray());
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("utf-8", "1.0");
            if (version != null) {
                xml.writeProcessingInstruction("qbxml", "version=\"" + version + "\"");
            }
            write(xml, el("QBXML", messages));
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** An ItemInventoryAddRq for {@code name} with the standard accounts. */
    static Node itemInventoryAdd(String requestId, String name) {
        return el("ItemInventoryAddRq", attr("requestID", requestId),
                el("ItemInventoryAdd",
                        el("Name", name),
                        ref("IncomeAccountRef", SandboxCompanyFile.INCOME_ACCOUNT),
                        ref("COGSAccountRef", SandboxCompanyFile.COGS_ACCOUNT),
                        ref("AssetAccountRef", SandboxCompanyFile.ASSET_ACCOUNT)));
    }

    /** An InventoryAdjustmentAddRq on the standard adjustment account with the given lines. */
    static Node adjustmentAdd(String requestId, Node... lines) {
        List<Object> content = new ArrayList<>();
        content.add(ref("AccountRef", SandboxCompanyFile.ADJUSTMENT_ACCOUNT));
        content.addAll(List.of(lines));
        return el("InventoryAdjustmentAddRq", attr("requestID", requestId),
                el("InventoryAdjustmentAdd", content.toArray()));
    }

    static Node newQuantityLine(String itemFullName, String newQuantity) {
        return el("InventoryAdjustmentLineAdd", ref("ItemRef", itemFullName),
                el("QuantityAdjustment", el("NewQuantity", newQuantity)));
    }

    static Node differenceLine(String itemFullName, String difference) {
        return el("InventoryAdjustmentLineAdd", ref("ItemRef", itemFullName),
                el("QuantityAdjustment", el("QuantityDifference", difference)));
    }

    private static void write(XMLStreamWriter xml, Node node) throws XMLStreamException {
        xml.writeStartElement(node.name());
        for (Map.Entry<String, String> attribute : node.attributes().entrySet()) {
            xml.writeAttribute(attribute.getKey(), attribute.getValue());
        }
        if (node.text() != null) {
            xml.writeCharacters(node.text());
        }
        for (Node child : node.children()) {
            write(xml, child);
        }
        xml.writeEndElement();
    }
}
