package io.atqb.qbxml;

import java.io.Reader;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Hardened StAX input for XML that comes from outside: the JDK parser with DTDs and external entities disabled,
 * and readers that refuse a DOCTYPE or entity reference outright instead of silently skipping it.
 */
public final class SecureXml {

    private SecureXml() {
    }

    /** A new JDK (not classpath-discovered) input factory with DTD support and external access switched off. */
    public static XMLInputFactory newInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new RefusedXmlException("external entities are not allowed: " + systemId);
        });
        return factory;
    }

    /**
     * A reader over {@code source} whose {@code next()} and {@code nextTag()} throw {@link RefusedXmlException}
     * on a DOCTYPE declaration or an entity reference.
     */
    public static XMLStreamReader createReader(Reader source) throws XMLStreamException {
        return new RefusingReader(newInputFactory().createXMLStreamReader(source));
    }

    /** The document was refused for safety reasons rather than for being malformed. */
    public static final class RefusedXmlException extends XMLStreamException {

        public RefusedXmlException(String message) {
            super(message);
        }
    }

    private static final class RefusingReader extends StreamReaderDelegate {

        RefusingReader(XMLStreamReader reader) {
            super(reader);
        }

        @Override
        public int next() throws XMLStreamException {
            int event = super.next();
            if (event == XMLStreamConstants.DTD) {
                throw new RefusedXmlException("DOCTYPE declarations are not allowed");
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new RefusedXmlException("entity references are not allowed: &" + getLocalName() + ";");
            }
            return event;
        }

        /** Implemented on {@link #next()} so the refusal also applies while looking for a tag. */
        @Override
        public int nextTag() throws XMLStreamException {
            while (true) {
                int event = next();
                if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                    return event;
                }
                boolean ignorable = event == XMLStreamConstants.SPACE
                        || event == XMLStreamConstants.COMMENT
                        || event == XMLStreamConstants.PROCESSING_INSTRUCTION
                        || (event == XMLStreamConstants.CHARACTERS && isWhiteSpace());
                if (!ignorable) {
                    throw new XMLStreamException("expected a tag but found XML event " + event, getLocation());
                }
            }
        }
    }
}
