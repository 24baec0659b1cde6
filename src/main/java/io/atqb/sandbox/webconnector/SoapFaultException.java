package io.atqb.sandbox.webconnector;

/** The server answered a Web Connector call with a SOAP Fault. */
public class SoapFaultException extends WebConnectorException {

    private final String operation;
    private final int httpStatus;
    private final String faultCode;
    private final String faultString;

    public SoapFaultException(String operation, int httpStatus, String faultCode, String faultString) {
        super(operation + " answered with a SOAP Fault (HTTP " + httpStatus + ", " + faultCode + "): " + faultString);
        this.operation = operation;
        this.httpStatus = httpStatus;
        this.faultCode = faultCode;
        this.faultString = faultString;
    }

    /** The Web Connector operation that failed, e.g. {@code sendRequestXML}. */
    public String operation() {
        return operation;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The faultcode text, e.g. {@code soap:Server}. */
    public String faultCode() {
        return faultCode;
    }

    /** The faultstring text. */
    public String faultString() {
        return faultString;
    }
}
