package io.atqb.qbxml;

/** A qbXML response could not be read: not well-formed, refused for safety, or not shaped like qbXML. */
public class QbxmlParseException extends RuntimeException {

    public QbxmlParseException(String message) {
        super(message);
    }

    public QbxmlParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
