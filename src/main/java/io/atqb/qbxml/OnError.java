package io.atqb.qbxml;

/** The {@code onError} attribute of {@code QBXMLMsgsRq}: what QuickBooks does with later requests after one fails. */
public enum OnError {
    STOP_ON_ERROR("stopOnError"),
    CONTINUE_ON_ERROR("continueOnError");

    private final String attributeValue;

    OnError(String attributeValue) {
        this.attributeValue = attributeValue;
    }

    public String attributeValue() {
        return attributeValue;
    }
}
