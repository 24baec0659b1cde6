package io.atqb.quickbooks;

import io.atqb.qbxml.QbxmlStatus;
import java.util.Set;

/** What QuickBooks status codes mean to a job writing to the company file. */
public final class QuickBooksCodes {

    /** "The name ... of the list element is already in use": another item (of any type) holds the name. */
    public static final int NAME_IN_USE = 3100;

    /** "Object ... specified in the request cannot be found": an unknown TxnID, TxnLineID or ListID. */
    public static final int OBJECT_NOT_FOUND = 3120;

    /** "There is an invalid reference to QuickBooks ...": a vendor, item or account reference does not resolve. */
    public static final int INVALID_REFERENCE = 3140;

    /** "The provided edit sequence ... is out-of-date": re-query the record, then modify it again. */
    public static final int STALE_EDIT_SEQUENCE = 3200;

    /**
     * "The ... field has an invalid value": a business rule refused the value. The simulated QuickBooks answers it
     * for receiving more than is open on a purchase-order line, a negative linked receipt quantity, and deleting or
     * reducing below its received quantity a purchase-order line that was received against. Not retryable.
     */
    public static final int INVALID_VALUE = 3210;

    /** A query by ListIDs/TxnIDs/names found some but not all: "The query request has not been fully completed". */
    public static final int QUERY_INCOMPLETE = 500;

    /**
     * Modified by another user (3170), object in use (3175), could not be locked (3176), could not be saved
     * (3180): someone else holds the record or the file; the same request succeeds in a later session.
     */
    public static final Set<Integer> BUSY = Set.of(3170, 3175, 3176, 3180);

    private QuickBooksCodes() {
    }

    /** Whether the request was refused only because the record or the company file was busy or locked. */
    public static boolean isBusy(QbxmlStatus status) {
        return BUSY.contains(status.code());
    }

    /** Whether an add was refused because the name is held by another item. */
    public static boolean isNameInUse(QbxmlStatus status) {
        return status.code() == NAME_IN_USE;
    }

    /** Whether a Mod was refused because the record changed since its EditSequence was read. */
    public static boolean isStaleEditSequence(QbxmlStatus status) {
        return status.code() == STALE_EDIT_SEQUENCE;
    }

    /** Whether a query answered: with results (0), none (1) or only some of the asked-for ones (500). */
    public static boolean isAnswered(QbxmlStatus status) {
        return status.isOk() || status.isNoMatch() || status.code() == QUERY_INCOMPLETE;
    }

    /** QuickBooks' own words for a status, e.g. {@code QuickBooks status 3140: There is an invalid reference}. */
    public static String describe(QbxmlStatus status) {
        return "QuickBooks status " + status.code() + ": " + (status.message() == null ? "" : status.message());
    }
}
