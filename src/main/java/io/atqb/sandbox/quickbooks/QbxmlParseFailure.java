package io.atqb.sandbox.quickbooks;

/**
 * QuickBooks could not parse a qbXML message set (HRESULT 0x80040400): nothing in the message was executed.
 * The Web Connector passes {@link #hresult()} and {@link #getMessage()} to receiveResponseXML instead of a response.
 */
public class QbxmlParseFailure extends RuntimeException {

    /** The HRESULT QuickBooks reports for a message set it cannot parse. */
    public static final String PARSE_ERROR_HRESULT = "0x80040400";

    /** The text QuickBooks reports with {@link #PARSE_ERROR_HRESULT}. */
    public static final String PARSE_ERROR_MESSAGE =
            "QuickBooks found an error when parsing the provided XML text stream.";

    private final String reason;

    public QbxmlParseFailure(String reason) {
        this(reason, null);
    }

    public QbxmlParseFailure(String reason, Throwable cause) {
        super(PARSE_ERROR_MESSAGE, cause);
        this.reason = reason;
    }

    /** The HRESULT of the failure, always {@value #PARSE_ERROR_HRESULT}. */
    public String hresult() {
        return PARSE_ERROR_HRESULT;
    }

    /** What the sandbox found wrong in the message (QuickBooks itself does not say; this is for test diagnostics). */
    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return "QbxmlParseFailure[" + PARSE_ERROR_HRESULT + ": " + reason + "]";
    }
}
