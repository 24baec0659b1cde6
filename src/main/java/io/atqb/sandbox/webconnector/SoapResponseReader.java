package io.atqb.sandbox.webconnector;

import static io.atqb.sandbox.webconnector.SoapEnvelopeWriter.INTUIT_NAMESPACE;
import static io.atqb.sandbox.webconnector.SoapEnvelopeWriter.SOAP_NAMESPACE;
import static io.atqb.sandbox.webconnector.SoapEnvelopeWriter.XSI_NAMESPACE;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads SOAP 1.1 answers as strictly as QBWC's .NET client: a text/xml SOAP 1.1 envelope whose body holds
 * {@code <opResponse>} in the Intuit namespace, or a Fault. The StAX reader is hardened: DTDs are not supported,
 * external entities are never resolved, and a DOCTYPE makes the answer unusable.
 */
final class SoapResponseReader {

    private final XMLInputFactory inputFactory;

    SoapResponseReader() {
        inputFactory = XMLInputFactory.newFactory();
        inputFactory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        inputFactory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        inputFactory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        inputFactory.setProperty(XMLInputFactory.IS_COALESCING, true);
        inputFactory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entities are not allowed: " + systemId);
        });
    }

    /**
     * The result of {@code operation}; a SOAP Fault becomes a {@link SoapFaultException}.
     *
     * @param stringArray true for authenticate, whose result is a list of {@code <string>} elements
     */
    SoapResult read(String operation, HttpReply reply, boolean stringArray) {
        if (reply.status() != 200 && reply.status() != 500) {
            throw new WebConnectorException(operation + " failed: the server answered HTTP " + reply.status()
                    + " (" + preview(reply) + ")");
        }
        requireSoap11ContentType(operation, reply);
        try {
            XMLStreamReader xml = inputFactory.createXMLStreamReader(new ByteArrayInputStream(reply.body()));
            try {
                moveToBodyChild(operation, xml);
                if (new QName(SOAP_NAMESPACE, "Fault").equals(xml.getName())) {
                    throw readFault(operation, reply.status(), xml);
                }
                if (reply.status() != 200) {
                    throw new WebConnectorException(operation + " failed: HTTP " + reply.status()
                            + " without a SOAP Fault");
                }
                QName expected = new QName(INTUIT_NAMESPACE, operation + "Response");
                if (!expected.equals(xml.getName())) {
                    throw new WebConnectorException(operation + " answered <" + xml.getName() + "> but QBWC expects "
                            + expected);
                }
                return readResult(operation, xml, stringArray);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new WebConnectorException(operation + " answered with a body that is not well-formed XML: "
                    + e.getMessage(), e);
        }
    }

    private static void requireSoap11ContentType(String operation, HttpReply reply) {
        String contentType = reply.contentType() == null ? "" : reply.contentType().toLowerCase(Locale.ROOT);
        if (!contentType.startsWith("text/xml")) {
            throw new WebConnectorException(operation + " answered with Content-Type '" + reply.contentType()
                    + "', but a SOAP 1.1 client expects 'text/xml'");
        }
    }

    /** Advances to the first element inside soap:Body. */
    private static void moveToBodyChild(String operation, XMLStreamReader xml) throws XMLStreamException {
        nextElement(operation, xml);
        if (!new QName(SOAP_NAMESPACE, "Envelope").equals(xml.getName())) {
            throw new WebConnectorException(operation + " answered <" + xml.getName()
                    + ">, not a SOAP 1.1 Envelope (" + SOAP_NAMESPACE + ")");
        }
        nextElement(operation, xml);
        if (new QName(SOAP_NAMESPACE, "Header").equals(xml.getName())) {
            skipElement(xml);
            nextElement(operation, xml);
        }
        if (!new QName(SOAP_NAMESPACE, "Body").equals(xml.getName())) {
            throw new WebConnectorException(operation + " answered an envelope without soap:Body");
        }
        nextElement(operation, xml);
    }

    private static void nextElement(String operation, XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new WebConnectorException(operation + " answered with a DOCTYPE, which QBWC refuses");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
                break;
            }
        }
        throw new WebConnectorException(operation + " answered with an incomplete SOAP envelope");
    }

    private static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static SoapFaultException readFault(String operation, int status, XMLStreamReader xml)
            throws XMLStreamException {
        String faultCode = "";
        String faultString = "";
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("faultcode".equals(name)) {
                    faultCode = xml.getElementText().strip();
                } else if ("faultstring".equals(name)) {
                    faultString = xml.getElementText();
                } else {
                    skipElement(xml);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        return new SoapFaultException(operation, status, faultCode, faultString);
    }

    private static SoapResult readResult(String operation, XMLStreamReader xml, boolean stringArray)
            throws XMLStreamException {
        QName resultName = new QName(INTUIT_NAMESPACE, operation + "Result");
        SoapResult result = SoapResult.absent();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (resultName.equals(xml.getName())) {
                    result = stringArray ? readStrings(xml) : readText(xml);
                } else {
                    skipElement(xml);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        return result;
    }

    private static SoapResult readText(XMLStreamReader xml) throws XMLStreamException {
        if (isNil(xml)) {
            skipElement(xml);
            return SoapResult.absent();
        }
        return new SoapResult(true, xml.getElementText(), List.of());
    }

    private static SoapResult readStrings(XMLStreamReader xml) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        QName stringName = new QName(INTUIT_NAMESPACE, "string");
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (stringName.equals(xml.getName())) {
                    strings.add(isNil(xml) ? "" : xml.getElementText());
                    if (xml.getEventType() != XMLStreamConstants.END_ELEMENT) {
                        skipElement(xml);
                    }
                } else {
                    skipElement(xml);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        return new SoapResult(true, null, strings);
    }

    private static boolean isNil(XMLStreamReader xml) {
        return "true".equals(xml.getAttributeValue(XSI_NAMESPACE, "nil"));
    }

    private static String preview(HttpReply reply) {
        String body = new String(reply.body(), StandardCharsets.UTF_8).strip();
        return body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }
}
