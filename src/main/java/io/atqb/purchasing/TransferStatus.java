package io.atqb.purchasing;

/** Where an Autotask purchase order stands on its way to QuickBooks (CONTRACT 7 "transferStatus"). */
public enum TransferStatus {
    /** never marked, or marked and nothing recorded yet */
    NOT_TRANSFERRED,
    /** marked: the default connector's next QBWC session transfers it (an update when it went over before) */
    READY,
    /** QuickBooks has it */
    TRANSFERRED,
    /** its last attempt failed; the message says why */
    FAILED
}
