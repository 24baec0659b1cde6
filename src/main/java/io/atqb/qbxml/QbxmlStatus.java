package io.atqb.qbxml;

/** The statusCode / statusSeverity / statusMessage attributes of one {@code *Rs}. */
public record QbxmlStatus(int code, String severity, String message) {

    /** Code 0: the request succeeded. */
    public boolean isOk() {
        return code == 0;
    }

    /** Code 1: a query found nothing; an empty result, not a failure. */
    public boolean isNoMatch() {
        return code == 1;
    }

    /** Severity {@code Error}: the request was not carried out. */
    public boolean isError() {
        return "Error".equals(severity);
    }
}
