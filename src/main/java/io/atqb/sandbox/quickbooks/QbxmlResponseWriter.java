package io.atqb.sandbox.quickbooks;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a qbXML response message set the way QuickBooks does: {@code <?xml version="1.0" ?>} then QBXML. */
final class QbxmlResponseWriter {

    /** QuickBooks' own declaration (with the space before {@code ?>}); written verbatim before the StAX output. */
    static final String XML_DECLARATION = "<?xml version=\"1.0\" ?>";

    private final XMLOutputFactory outputFactory = XMLOutputFactory.newFactory();

    String write(List<RequestResponse> responses, boolean includeResponseData) {
        StringWriter out = new StringWriter();
        out.write(XML_DECLARATION);
        try {
            XMLStreamWriter xml = outputFactory.createXMLStreamWriter(out);
            xml.writeStartElement("QBXML");
            xml.writeStartElement("QBXMLMsgsRs");
            for (RequestResponse response : responses) {
                writeResponse(xml, response, includeResponseData);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the qbXML response message set", e);
        }
        return out.toString();
    }

    private void writeResponse(XMLStreamWriter xml, RequestResponse response, boolean includeResponseData)
            throws XMLStreamException {
        boolean withRets = includeResponseData && !response.rets().isEmpty();
        if (withRets) {
            xml.writeStartElement(response.elementName());
        } else {
            xml.writeEmptyElement(response.elementName());
        }
        if (response.requestId() != null) {
            xml.writeAttribute("requestID", response.requestId());
        }
        xml.writeAttribute("statusCode", Integer.toString(response.status().code()));
        xml.writeAttribute("statusSeverity", response.status().severity());
        xml.writeAttribute("statusMessage", response.status().message());
        for (Map.Entry<String, String> attribute : response.extraAttributes().entrySet()) {
            xml.writeAttribute(attribute.getKey(), attribute.getValue());
        }
        if (withRets) {
            for (RetNode ret : response.rets()) {
                writeNode(xml, ret);
            }
            xml.writeEndElement();
        }
    }

    private void writeNode(XMLStreamWriter xml, RetNode node) throws XMLStreamException {
        xml.writeStartElement(node.name());
        if (node.text() != null) {
            xml.writeCharacters(node.text());
        }
        for (RetNode child : node.children()) {
            writeNode(xml, child);
        }
        xml.writeEndElement();
    }
}
