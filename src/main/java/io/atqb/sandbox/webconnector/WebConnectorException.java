package io.atqb.sandbox.webconnector;

/**
 * The Web Connector could not go on with a session: transport failure, unusable answer (not SOAP 1.1, wrong
 * namespace, DOCTYPE, non-integer progress, too few authenticate strings). Real QBWC shows a QBWC10xx error here.
 */
public class WebConnectorException extends RuntimeException {

    public WebConnectorException(String message) {
        super(message);
    }

    public WebConnectorException(String message, Throwable cause) {
        super(message, cause);
    }
}
