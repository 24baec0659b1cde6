package io.atqb.quickbooks;

import io.atqb.qbxml.QbxmlStatus;

/**
 * How a request QuickBooks refused settles for the record it was about: a busy or locked record is retried
 * in the next session; anything else fails the record with QuickBooks' words.
 *
 * @param retry   true: retried in the next session; false: the record fails
 * @param message what to tell the user, naming what was refused and QuickBooks' status
 */
public record Refusal(boolean retry, String message) {

    /**
     * The refusal of {@code what} (e.g. "QuickBooks refused the inventory adjustment") with this status.
     * The status is expected not to be OK; an OK status without its result fails too.
     */
    public static Refusal of(String what, QbxmlStatus status) {
        if (QuickBooksCodes.isBusy(status)) {
            return new Refusal(true, what + " (" + QuickBooksCodes.describe(status) + "); retried in the next session");
        }
        return new Refusal(false, what + ": " + QuickBooksCodes.describe(status));
    }
}
