package io.atqb.sandbox.quickbooks;

import java.math.BigDecimal;
import java.util.List;

/** An InventoryAdjustmentAddRq: account, header fields and one or more lines. */
record InventoryAdjustmentAddRequest(
        String requestId,
        ListRef accountRef,
        String txnDate,
        String refNumber,
        ListRef inventorySiteRef,
        String memo,
        String externalGuid,
        List<Line> lines,
        List<String> includeRetElements) implements QbxmlRequest {

    static final String TYPE = "InventoryAdjustmentAddRq";

    InventoryAdjustmentAddRequest {
        lines = List.copyOf(lines);
        includeRetElements = List.copyOf(includeRetElements);
    }

    @Override
    public String requestType() {
        return TYPE;
    }

    /** Which adjustment aggregate a line carries. */
    enum Kind { QUANTITY, VALUE, SERIAL_NUMBER, LOT_NUMBER }

    /** One InventoryAdjustmentLineAdd; for QUANTITY exactly one of newQuantity / quantityDifference is set. */
    record Line(ListRef itemRef, Kind kind, BigDecimal newQuantity, BigDecimal quantityDifference,
                boolean usesSiteLocation) {
    }
}
