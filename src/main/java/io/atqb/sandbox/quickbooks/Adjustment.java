package io.atqb.sandbox.quickbooks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An inventory adjustment transaction posted to the sandbox company file. */
public record Adjustment(
        String txnId,
        int txnNumber,
        OffsetDateTime timeCreated,
        String editSequence,
        String accountListId,
        String accountFullName,
        LocalDate txnDate,
        String refNumber,
        String memo,
        String externalGuid,
        List<AdjustmentLine> lines) {

    public Adjustment {
        lines = List.copyOf(lines);
    }
}
