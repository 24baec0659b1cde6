package io.atqb.qbxml;

/** The {@code iterator} attribute of a paged query: start a page run, fetch the next page, or release the iterator. */
public enum IteratorMode {
    START("Start"),
    CONTINUE("Continue"),
    STOP("Stop");

    private final String attributeValue;

    IteratorMode(String attributeValue) {
        this.attributeValue = attributeValue;
    }

    public String attributeValue() {
        return attributeValue;
    }
}
