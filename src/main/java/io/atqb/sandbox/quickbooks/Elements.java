package io.atqb.sandbox.quickbooks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** DOM helpers for reading qbXML requests strictly: every surprise is a {@link QbxmlParseFailure}. */
final class Elements {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

    private Elements() {
    }

    /** The child elements of {@code parent}; text other than whitespace between them is a parse failure. */
    static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            switch (node.getNodeType()) {
                case Node.ELEMENT_NODE -> elements.add((Element) node);
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> {
                    if (!node.getNodeValue().isBlank()) {
                        throw new QbxmlParseFailure("unexpected text \"" + node.getNodeValue().strip() + "\" inside <"
                                + parent.getTagName() + ">");
                    }
                }
                case Node.COMMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE -> {
                    // ignorable
                }
                default -> throw new QbxmlParseFailure("unexpected node inside <" + parent.getTagName() + ">");
            }
        }
        return elements;
    }

    /** The text of a simple-valued element; child elements are a parse failure. */
    static String text(Element element) {
        StringBuilder text = new StringBuilder();
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node.getNodeType() == Node.ELEMENT_NODE) {
                throw new QbxmlParseFailure("<" + element.getTagName() + "> must hold text, not <"
                        + node.getNodeName() + ">");
            }
            if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(node.getNodeValue());
            }
        }
        return text.toString();
    }

    static Element first(List<Element> elements, String name) {
        return elements.stream().filter(e -> e.getTagName().equals(name)).findFirst().orElse(null);
    }

    static List<Element> all(List<Element> elements, String name) {
        return elements.stream().filter(e -> e.getTagName().equals(name)).toList();
    }

    static String textOf(List<Element> elements, String name) {
        Element element = first(elements, name);
        return element == null ? null : text(element);
    }

    static List<String> textsOf(List<Element> elements, String name) {
        return all(elements, name).stream().map(Elements::text).toList();
    }

    static BigDecimal decimalOf(List<Element> elements, String name) {
        String value = textOf(elements, name);
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (!DECIMAL.matcher(trimmed).matches()) {
            throw new QbxmlParseFailure("<" + name + "> is not a number: \"" + value + "\"");
        }
        return new BigDecimal(trimmed);
    }

    static Integer integerOf(List<Element> elements, String name) {
        String value = textOf(elements, name);
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (!INTEGER.matcher(trimmed).matches()) {
            throw new QbxmlParseFailure("<" + name + "> is not an integer: \"" + value + "\"");
        }
        return Integer.valueOf(trimmed);
    }

    static Boolean booleanOf(List<Element> elements, String name) {
        String value = textOf(elements, name);
        if (value == null) {
            return null;
        }
        return switch (value.strip()) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw new QbxmlParseFailure("<" + name + "> is not a boolean: \"" + value + "\"");
        };
    }

    /** A reference aggregate ({@code ListID?, FullName?}) or null when absent. */
    static ListRef refOf(List<Element> elements, String name) {
        Element element = first(elements, name);
        if (element == null) {
            return null;
        }
        List<Element> parts = ChildSequence.of(name,
                ChildSequence.optional("ListID"),
                ChildSequence.optional("FullName")).validate(element);
        return new ListRef(textOf(parts, "ListID"), textOf(parts, "FullName"));
    }

    /** Refuses any attribute that is not in {@code allowed}. */
    static void requireOnlyAttributes(Element element, Set<String> allowed) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (!allowed.contains(attribute.getName())) {
                throw new QbxmlParseFailure("unknown attribute " + attribute.getName() + " on <"
                        + element.getTagName() + ">");
            }
        }
    }

    /** The attribute value, or null when the attribute is absent. */
    static String attribute(Element element, String name) {
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }
}
