package io.atqb.quickbooks;

import io.atqb.qbxml.QbxmlStatus;
import java.util.Set;

/** What QuickBooks status codes mean to a job writing to the company file. */
public final class QuickBooksCodes {

    /** "The name ... of the list element is already in use": another item (of any type) holds the name. */
    public static final int NAME_IN_USE = 3100;

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

    /** QuickBooks' own words for a status, e.g. {@code QuickBooks status 3140: There is an invalid reference}. */
    public static String describe(QbxmlStatus status) {
        return "QuickBooks status " + status.code() + ": " + (status.message() == null ? "" : status.message());
    }
}
