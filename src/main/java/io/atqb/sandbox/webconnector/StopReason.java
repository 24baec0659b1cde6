package io.atqb.sandbox.webconnector;

/** Why a Web Connector session ended. */
public enum StopReason {
    /** clientVersion answered {@code E:} or {@code O:}. */
    CLIENT_VERSION_REJECTED,
    /** authenticate answered {@code nvu}: invalid user or password. */
    INVALID_USER,
    /** authenticate answered {@code busy}. */
    BUSY,
    /** authenticate answered {@code none}: no work, closeConnection was called. */
    NO_WORK,
    /** The requested company file is not the one open in QuickBooks and connectionError ended the session. */
    CONNECTION_ERROR,
    /** receiveResponseXML answered 100 (or more). */
    COMPLETED,
    /** sendRequestXML answered empty and getLastError returned a message other than NoOp. */
    LAST_ERROR,
    /** receiveResponseXML answered a negative number. */
    NEGATIVE_PROGRESS,
    /** The NoOp bound of the session was reached. */
    NOOP_LIMIT,
    /** The message bound of the session was reached. */
    MESSAGE_LIMIT,
    /** The client disappeared on purpose (fault injection), without closeConnection. */
    DROPPED
}
