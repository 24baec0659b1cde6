package io.atqb.sandbox.quickbooks;

/** The statusCode / statusSeverity / statusMessage QuickBooks puts on every response element. */
record Status(int code, String severity, String message) {

    static final String INFO = "Info";
    static final String WARN = "Warn";
    static final String ERROR = "Error";

    static final Status OK = new Status(0, INFO, "Status OK");
    static final Status NO_MATCH =
            new Status(1, INFO, "A query request did not find a matching object in QuickBooks");

    /** A status whose severity follows QuickBooks' code ranges: below 500 Info, below 1000 Warn, else Error. */
    static Status of(int code, String message) {
        return new Status(code, severityOf(code), message);
    }

    static String severityOf(int code) {
        if (code < 500) {
            return INFO;
        }
        return code < 1000 ? WARN : ERROR;
    }

    static Status stringTooLong(String field, String value) {
        return of(3070, "The string \"" + value + "\" in the field \"" + field + "\" is too long.");
    }

    static Status nameInUse(String name) {
        return of(3100, "The name \"" + name + "\" of the list element is already in use.");
    }

    static Status invalidReference(String listType, String reference, String context) {
        return of(3140, "There is an invalid reference to QuickBooks " + listType + " \"" + reference + "\" in the "
                + context + ". QuickBooks error message: Invalid argument. "
                + "The specified record does not exist in the list.");
    }

    static Status invalidObjectId(String field, String value) {
        return of(3000, "The given object ID \"" + value + "\" in the field \"" + field + "\" is invalid.");
    }

    static Status objectNotFound(String id) {
        return of(3120, "Object \"" + id + "\" specified in the request cannot be found.");
    }

    static Status missingElement(String element) {
        return of(3150, "There is a missing element: \"" + element + "\".");
    }

    static Status editSequenceOutOfDate(String editSequence) {
        return of(3200, "The provided edit sequence \"" + editSequence + "\" is out-of-date.");
    }

    /**
     * 3210, QuickBooks' answer for a value its business rules refuse. The sandbox uses it for what a user would be
     * stopped from saving (receiving more than is open on a PO line, deleting a received line): not retryable.
     */
    static Status invalidValue(String field, String value, String why) {
        return of(3210, "The \"" + field + "\" field has an invalid value \"" + value + "\". QuickBooks error "
                + "message: " + why);
    }

    static Status invalidDate(String field, String value) {
        return of(3020, "There was an error when converting the date value \"" + value + "\" in the field \""
                + field + "\".");
    }

    static Status notSupported(String what) {
        return of(3250, "This feature is not enabled or not available in this version of QuickBooks: " + what
                + " is not supported by the sandbox company file.");
    }

    boolean isError() {
        return ERROR.equals(severity);
    }
}
