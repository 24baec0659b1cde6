package io.atqb.qbxml;

import java.util.List;

/** The {@code InventoryAdjustmentRet} fields the sync uses. */
public record InventoryAdjustmentRet(String txnId, String refNumber, String memo, List<AdjustmentLineRet> lines) {

    public InventoryAdjustmentRet {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
