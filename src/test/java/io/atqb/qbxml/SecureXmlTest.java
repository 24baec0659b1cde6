package io.atqb.qbxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

class SecureXmlTest {

    @Test
    void shouldDisableDtdsAndExternalEntitiesWhenCreatingAFactory() {
        XMLInputFactory factory = SecureXml.newInputFactory();

        assertThat(factory.getProperty(XMLInputFactory.SUPPORT_DTD)).isEqualTo(false);
        assertThat(factory.getProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES)).isEqualTo(false);
    }

    @Test
    void shouldRefuseTheDoctypeWhenReadingEventByEventOrTagByTag() throws Exception {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>";
        XMLStreamReader byEvent = SecureXml.createReader(new StringReader(xml));
        XMLStreamReader byTag = SecureXml.createReader(new StringReader(xml));

        assertThatThrownBy(byEvent::next).isInstanceOf(SecureXml.RefusedXmlException.class)
                .hasMessage("DOCTYPE declarations are not allowed");
        assertThatThrownBy(byTag::nextTag).isInstanceOf(SecureXml.RefusedXmlException.class)
                .hasMessage("DOCTYPE declarations are not allowed");
    }

    @Test
    void shouldReadPlainDocumentsWhenNoDoctypeIsPresent() throws Exception {
        XMLStreamReader reader = SecureXml.createReader(new StringReader(
                "<?xml version=\"1.0\"?><?qbxml version=\"13.0\"?><!-- c --><a>Caf&#233; &amp; co</a>"));

        assertThat(reader.nextTag()).isEqualTo(XMLStreamConstants.START_ELEMENT);
        assertThat(reader.getElementText()).isEqualTo("Café & co");
    }
}
