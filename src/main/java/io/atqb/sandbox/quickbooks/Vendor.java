package io.atqb.sandbox.quickbooks;

import java.time.OffsetDateTime;

/** A vendor in the sandbox company file. */
public record Vendor(String listId, String name, boolean active, OffsetDateTime timeCreated,
        OffsetDateTime timeModified, String editSequence) {
}
