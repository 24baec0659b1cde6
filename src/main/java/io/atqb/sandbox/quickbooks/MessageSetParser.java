package io.atqb.sandbox.quickbooks;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses a qbXML request message set the way the QuickBooks request processor does: an XML declaration, a
 * {@code <?qbxml version?>} instruction, {@code QBXML/QBXMLMsgsRq} with a valid onError, and schema-valid requests.
 * The parser is hardened: a DOCTYPE is refused and no external entity or DTD is ever loaded.
 */
final class MessageSetParser {

    private static final Pattern VERSION_PSEUDO_ATTRIBUTE =
            Pattern.compile("\\s*version\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')\\s*");
    private static final Set<String> MESSAGE_SET_ATTRIBUTES =
            Set.of("onError", "newMessageSetID", "oldMessageSetID", "responseData");

    private final DocumentBuilderFactory factory;
    private final RequestParsers requestParsers;

    MessageSetParser(RequestParsers requestParsers) {
        this.requestParsers = requestParsers;
        this.factory = hardenedFactory();
    }

    MessageSet parse(String text) {
        if (text == null || !text.startsWith("<?xml")) {
            throw new QbxmlParseFailure("the message does not start with an XML declaration (<?xml ...?>)");
        }
        Document document = parseDocument(text);
        QbxmlVersion version = QbxmlVersion.parse(qbxmlVersionText(document));
        Element root = document.getDocumentElement();
        if (!"QBXML".equals(root.getTagName())) {
            throw new QbxmlParseFailure("the root element is <" + root.getTagName() + ">, not <QBXML>");
        }
        Elements.requireOnlyAttributes(root, Set.of());
        List<Element> sections = Elements.children(root);
        if (sections.size() != 1 || !"QBXMLMsgsRq".equals(sections.get(0).getTagName())) {
            throw new QbxmlParseFailure("<QBXML> must hold exactly one <QBXMLMsgsRq>");
        }
        Element messages = sections.get(0);
        Elements.requireOnlyAttributes(messages, MESSAGE_SET_ATTRIBUTES);
        boolean stopOnError = stopOnError(messages);
        boolean includeResponseData = includeResponseData(messages);
        List<QbxmlRequest> requests = new ArrayList<>();
        for (Element request : Elements.children(messages)) {
            requests.add(requestParsers.parse(request, version));
        }
        return new MessageSet(version, stopOnError, includeResponseData, requests);
    }

    private Document parseDocument(String text) {
        try {
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new FailingErrorHandler());
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed: " + systemId);
            });
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (SAXException e) {
            throw new QbxmlParseFailure("the message is not well-formed XML: " + e.getMessage(), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new QbxmlParseFailure("the message could not be read: " + e.getMessage(), e);
        }
    }

    private static String qbxmlVersionText(Document document) {
        NodeList nodes = document.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node.getNodeType() == Node.ELEMENT_NODE) {
                break;
            }
            if (node.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE && "qbxml".equals(node.getNodeName())) {
                Matcher matcher = VERSION_PSEUDO_ATTRIBUTE.matcher(node.getNodeValue());
                if (!matcher.matches()) {
                    throw new QbxmlParseFailure("<?qbxml " + node.getNodeValue() + "?> does not declare a version");
                }
                return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            }
        }
        throw new QbxmlParseFailure("the message has no <?qbxml version=\"...\"?> instruction before <QBXML>");
    }

    private static boolean stopOnError(Element messages) {
        String onError = Elements.attribute(messages, "onError");
        if (onError == null) {
            throw new QbxmlParseFailure("<QBXMLMsgsRq> has no onError attribute");
        }
        return switch (onError) {
            case "stopOnError" -> true;
            case "continueOnError" -> false;
            default -> throw new QbxmlParseFailure("onError=\"" + onError + "\" is not stopOnError or "
                    + "continueOnError");
        };
    }

    private static boolean includeResponseData(Element messages) {
        String responseData = Elements.attribute(messages, "responseData");
        if (responseData == null || "includeAll".equals(responseData)) {
            return true;
        }
        if ("includeNone".equals(responseData)) {
            return false;
        }
        throw new QbxmlParseFailure("responseData=\"" + responseData + "\" is not includeAll or includeNone");
    }

    private static DocumentBuilderFactory hardenedFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be hardened against DTDs and external entities",
                    e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        factory.setValidating(false);
        return factory;
    }

    /** Turns every parser complaint into an exception instead of printing it to stderr. */
    private static final class FailingErrorHandler implements ErrorHandler {

        @Override
        public void warning(SAXParseException exception) {
            // warnings do not make a message unparseable
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }
}
