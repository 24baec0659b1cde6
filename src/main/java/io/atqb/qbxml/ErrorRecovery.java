package io.atqb.qbxml;

/** The {@code ErrorRecovery} block QuickBooks may add to an Add response; identifies what was (or was not) saved. */
public record ErrorRecovery(String listId, String txnId, String editSequence, String externalGuid) {
}
