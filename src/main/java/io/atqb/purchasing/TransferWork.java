package io.atqb.purchasing;

import java.time.Instant;

/**
 * One purchase order a transfer job carries: how far it got in this session and what it needs from QuickBooks.
 * The steps run in order; each waits for QuickBooks' answers before the next ({@code *_WAIT}). A new session
 * starts every unfinished PO over from VENDOR, and each step skips what is already settled.
 *
 * @param detail          the Autotask data read for it (JSON of a PurchaseOrderDetail); null when the row was
 *                        read from the database, where it is kept apart ({@link TransferDetails} reads it)
 * @param quickbooksLines the QuickBooks PO as last read or written in this session (JSON), or null
 * @param readAt          when Autotask was read for it
 */
record TransferWork(long jobId, long purchaseOrderId, long attemptId, Step step, String vendorName,
                    String vendorListId, String detail, String quickbooksLines, String message, Instant readAt) {

    enum Step {
        VENDOR, VENDOR_WAIT, ITEMS, ITEMS_WAIT, ORDER, ORDER_WAIT, RECEIPTS, RECEIPTS_WAIT,
        /** QuickBooks was busy or locked: the PO goes on in the next session */
        RETRY,
        DONE, FAILED;

        boolean isFinal() {
            return this == DONE || this == FAILED;
        }
    }

    TransferWork at(Step next) {
        return new TransferWork(jobId, purchaseOrderId, attemptId, next, vendorName, vendorListId, detail,
                quickbooksLines, message, readAt);
    }

    TransferWork withVendor(String listId) {
        return new TransferWork(jobId, purchaseOrderId, attemptId, step, vendorName, listId, detail, quickbooksLines,
                message, readAt);
    }

    TransferWork withQuickBooksLines(String lines) {
        return new TransferWork(jobId, purchaseOrderId, attemptId, step, vendorName, vendorListId, detail, lines,
                message, readAt);
    }

    TransferWork withMessage(String text) {
        return new TransferWork(jobId, purchaseOrderId, attemptId, step, vendorName, vendorListId, detail,
                quickbooksLines, text, readAt);
    }
}
