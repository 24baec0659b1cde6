package io.atqb.qbxml;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * {@code InventoryAdjustmentAddRq}: one inventory adjustment transaction against an adjustment account
 * (referenced by FullName) with one or more quantity lines. Null txnDate/refNumber/memo are omitted.
 */
public record InventoryAdjustmentAddRq(
        String requestId,
        String account,
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate txnDate,
        String refNumber,
        String memo,
        List<AdjustmentLine> lines) implements QbxmlRequest {

    public InventoryAdjustmentAddRq {
        requestId = QbxmlFields.requestId("InventoryAdjustmentAddRq", requestId);
        account = QbxmlFields.required("InventoryAdjustmentAddRq.account", account, QbxmlFields.FULL_NAME_MAX);
        refNumber = QbxmlFields.optional("InventoryAdjustmentAddRq.refNumber", refNumber, QbxmlFields.REF_NUMBER_MAX);
        memo = QbxmlFields.optional("InventoryAdjustmentAddRq.memo", memo, QbxmlFields.TEXT_MAX);
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("InventoryAdjustmentAddRq needs at least one line");
        }
        if (lines.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("InventoryAdjustmentAddRq.lines must not contain null");
        }
        lines = List.copyOf(lines);
    }

    @Override
    public InventoryAdjustmentAddRq withRequestId(String requestId) {
        return new InventoryAdjustmentAddRq(requestId, account, txnDate, refNumber, memo, lines);
    }
}
