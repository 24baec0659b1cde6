package io.atqb.sandbox.webconnector;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes request envelopes the way QBWC 2.x (a .NET SOAP 1.1 client) does: the operation element carries the
 * default namespace {@value #INTUIT_NAMESPACE} and its parameters are unprefixed children in WSDL order.
 */
final class SoapEnvelopeWriter {

    static final String SOAP_NAMESPACE = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String INTUIT_NAMESPACE = "http://developer.intuit.com/";
    static final String XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance";
    static final String XSD_NAMESPACE = "http://www.w3.org/2001/XMLSchema";

    private final XMLOutputFactory outputFactory = XMLOutputFactory.newFactory();

    /** The UTF-8 bytes of the envelope for {@code operation} with {@code parameters} in order. */
    byte[] write(String operation, List<SoapParameter> parameters) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = outputFactory.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeStartElement("soap", "Envelope", SOAP_NAMESPACE);
            xml.writeNamespace("soap", SOAP_NAMESPACE);
            xml.writeNamespace("xsi", XSI_NAMESPACE);
            xml.writeNamespace("xsd", XSD_NAMESPACE);
            xml.writeStartElement("soap", "Body", SOAP_NAMESPACE);
            if (parameters.isEmpty()) {
                xml.writeEmptyElement("", operation, INTUIT_NAMESPACE);
                xml.writeDefaultNamespace(INTUIT_NAMESPACE);
            } else {
                xml.writeStartElement("", operation, INTUIT_NAMESPACE);
                xml.writeDefaultNamespace(INTUIT_NAMESPACE);
                for (SoapParameter parameter : parameters) {
                    writeParameter(xml, parameter);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the SOAP envelope for " + operation, e);
        }
        return out.toByteArray();
    }

    private static void writeParameter(XMLStreamWriter xml, SoapParameter parameter) throws XMLStreamException {
        if (parameter.value() == null) {
            return;
        }
        if (parameter.value().isEmpty()) {
            xml.writeEmptyElement("", parameter.name(), INTUIT_NAMESPACE);
            return;
        }
        xml.writeStartElement("", parameter.name(), INTUIT_NAMESPACE);
        xml.writeCharacters(parameter.value());
        xml.writeEndElement();
    }
}
