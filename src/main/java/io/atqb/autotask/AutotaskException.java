package io.atqb.autotask;

/**
 * Why an Autotask pull failed: a clear message that names the entity, record id and HTTP status where they apply and
 * never contains a credential. A pull that throws this produced no snapshot at all.
 */
public class AutotaskException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String entity;
    private final Long recordId;

    public AutotaskException(String message) {
        this(message, null, null, null);
    }

    public AutotaskException(String message, Throwable cause) {
        this(message, null, null, cause);
    }

    public AutotaskException(String message, String entity, Long recordId, Throwable cause) {
        super(message, cause);
        this.entity = entity;
        this.recordId = recordId;
    }

    /** The Autotask entity concerned (e.g. {@code InventoryItems}), or null. */
    public String entity() {
        return entity;
    }

    /** The id of the Autotask record concerned, or null. */
    public Long recordId() {
        return recordId;
    }
}
