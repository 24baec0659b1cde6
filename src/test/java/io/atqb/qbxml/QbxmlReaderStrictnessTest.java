package io.atqb.qbxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/** The reader reads a response to its very end and looks past nothing but comments, instructions and blanks. */
class QbxmlReaderStrictnessTest {

    @Test
    void shouldRefuseContentAfterTheRootElement() {
        String xml = "<?xml version=\"1.0\" ?><QBXML><QBXMLMsgsRs/></QBXML><QBXML/>";

        assertThatThrownBy(() -> new QbxmlResponseReader().readAll(xml))
                .isInstanceOf(QbxmlParseException.class)
                .hasMessageStartingWith("qbXML response is not well-formed XML");
    }

    @Test
    void shouldRefuseABrokenXmlDeclarationAsMalformed() {
        String xml = "<?xml versio=\"1.0\" ?><QBXML><QBXMLMsgsRs/></QBXML>";

        assertThatThrownBy(() -> new QbxmlResponseReader().readAll(xml))
                .isInstanceOf(QbxmlParseException.class)
                .hasMessageStartingWith("qbXML response is not well-formed XML");
    }

    @Test
    void shouldSkipCommentsInstructionsAndBlanksWhenLookingForATag() throws Exception {
        XMLStreamReader reader = SecureXml.createReader(
                new StringReader("<a><!-- note --><?app hint?>\n  <b/></a>"));
        reader.nextTag();

        assertThat(reader.nextTag()).isEqualTo(XMLStreamConstants.START_ELEMENT);
        assertThat(reader.getLocalName()).isEqualTo("b");
    }

    @Test
    void shouldRefuseTextWhereATagBelongs() throws Exception {
        XMLStreamReader reader = SecureXml.createReader(new StringReader("<a>text<b/></a>"));
        reader.nextTag();

        assertThatThrownBy(reader::nextTag)
                .isInstanceOf(XMLStreamException.class)
                .hasMessageContaining("expected a tag but found XML event " + XMLStreamConstants.CHARACTERS);
    }
}
