package io.atqb.sync;

/** Where one product of a run stands within the QuickBooks side of the sync. */
public enum ItemState {
    /** to be matched against QuickBooks in the current session */
    PLANNED,
    /** no QuickBooks item: an ItemInventoryAdd is to be queued */
    NEEDS_CREATE,
    /** ItemInventoryAdd queued or sent */
    CREATING,
    /** QuickBooks said the name is in use: finding out what holds it */
    INSPECTING,
    /** the count differs: an adjustment line is to be queued */
    NEEDS_ADJUST,
    /** adjustment queued or sent */
    ADJUSTING,
    /** QuickBooks was busy or the item locked: retried in the next session */
    RETRY,
    /** the outcome is final and in the history */
    DONE
}
