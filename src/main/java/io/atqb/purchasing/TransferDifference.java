package io.atqb.purchasing;

import io.atqb.autotask.AutotaskPurchaseOrderLine;
import io.atqb.autotask.AutotaskReceipt;
import java.util.List;

/**
 * What changed in Autotask since the last transfer of a purchase order. For a PO never transferred nothing was
 * sent, so every line is new and every receipt is new.
 *
 * @param newReceipts  receipts QuickBooks does not have yet
 * @param changedLines lines sent before whose quantity or unit cost changed since
 * @param newLines     lines never sent
 */
public record TransferDifference(List<AutotaskReceipt> newReceipts, List<AutotaskPurchaseOrderLine> changedLines,
                                 List<AutotaskPurchaseOrderLine> newLines) {

    public TransferDifference {
        newReceipts = List.copyOf(newReceipts);
        changedLines = List.copyOf(changedLines);
        newLines = List.copyOf(newLines);
    }

    public boolean isEmpty() {
        return newReceipts.isEmpty() && changedLines.isEmpty() && newLines.isEmpty();
    }
}
