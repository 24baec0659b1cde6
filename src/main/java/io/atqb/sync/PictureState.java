package io.atqb.sync;

/**
 * How far the current session of a run has read QuickBooks' inventory items into the run's picture. Kept apart from
 * the run's phase: QuickBooks may be read while the Autotask snapshot still loads, and the load owns the phase then.
 */
public enum PictureState {
    /** Not read in this session (a new session always starts here). */
    NONE,
    /** The item query's pages are coming in. */
    READING,
    /** Every page but the last is in, read while the snapshot loaded; the last is asked for once it is planned. */
    LAST_PAGE,
    /** Every page is in. */
    READ,
    /** QuickBooks refused the query while the snapshot loaded; it is asked again once the run is planned. */
    REFUSED
}
