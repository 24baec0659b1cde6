package io.atqb.sandbox.quickbooks;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A parsed qbXML response message set with XPath helpers for assertions. */
final class QbxmlTestResponse {

    private final String xml;
    private final Document document;

    private QbxmlTestResponse(String xml, Document document) {
        this.xml = xml;
        this.document = document;
    }

    static QbxmlTestResponse parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return new QbxmlTestResponse(xml,
                    factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))));
        } catch (Exception e) {
            throw new AssertionError("The response is not well-formed XML: " + xml, e);
        }
    }

    String xml() {
        return xml;
    }

    /** The *Rs elements in order. */
    List<Element> responses() {
        return elements("/QBXML/QBXMLMsgsRs/*");
    }

    Element response(int index) {
        List<Element> responses = responses();
        if (index >= responses.size()) {
            throw new AssertionError("There is no response #" + index + " in " + xml);
        }
        return responses.get(index);
    }

    String statusCode(int index) {
        return response(index).getAttribute("statusCode");
    }

    List<String> texts(String xpath) {
        NodeList nodes = nodes(xpath);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    String text(String xpath) {
        List<String> texts = texts(xpath);
        if (texts.size() != 1) {
            throw new AssertionError("Expected one match for " + xpath + " but found " + texts.size() + " in " + xml);
        }
        return texts.get(0);
    }

    List<Element> elements(String xpath) {
        NodeList nodes = nodes(xpath);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) nodes.item(i));
            }
        }
        return elements;
    }

    /** The names of an element's child elements in order. */
    static List<String> childNames(Element element) {
        List<String> names = new ArrayList<>();
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeType() == Node.ELEMENT_NODE) {
                names.add(children.item(i).getNodeName());
            }
        }
        return names;
    }

    private NodeList nodes(String xpath) {
        try {
            return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException("Bad XPath " + xpath, e);
        }
    }
}
