package io.atqb.connector;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Component;

/** Writes the .qwc file a user adds to the QuickBooks Web Connector to register a connector. */
@Component
public class QwcFileWriter {

    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    public String write(WebConnector connector, String publicBaseUrl) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out);
            xml.writeStartDocument("utf-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("QBWCXML");
            element(xml, "AppName", "atqb-sync (" + connector.name() + ")");
            element(xml, "AppID", "");
            element(xml, "AppURL", publicBaseUrl + "/qbwc");
            element(xml, "AppDescription", "Keeps QuickBooks inventory in step with Autotask");
            element(xml, "AppSupport", publicBaseUrl + "/support");
            element(xml, "UserName", connector.username());
            element(xml, "OwnerID", connector.ownerId());
            element(xml, "FileID", connector.fileId());
            element(xml, "QBType", "QBFS");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("Scheduler");
            element(xml, "RunEveryNMinutes", Integer.toString(connector.runEveryMinutes()), "\n    ");
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            element(xml, "IsReadOnly", "false");
            element(xml, "UnattendedModePref", "umpOptional");
            element(xml, "PersonalDataPref", "pdpNotNeeded");
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the .qwc file", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        element(xml, name, text, "\n  ");
    }

    private static void element(XMLStreamWriter xml, String name, String text, String indent) throws XMLStreamException {
        xml.writeCharacters(indent);
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
