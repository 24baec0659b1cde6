package io.atqb.sync;

import io.atqb.qbxml.QbxmlStatus;
import java.util.Set;

/** What QuickBooks status codes mean for the sync. */
final class QuickBooksCodes {

    /** "the name ... is already in use" */
    static final int NAME_IN_USE = 3100;
    /** modified by another user, in use, locked, could not save: try again in the next session */
    private static final Set<Integer> BUSY = Set.of(3170, 3175, 3176, 3180);

    private QuickBooksCodes() {
    }

    static boolean isBusy(QbxmlStatus status) {
        return BUSY.contains(status.code());
    }

    static String describe(QbxmlStatus status) {
        return "QuickBooks status " + status.code() + ": " + (status.message() == null ? "" : status.message());
    }
}
