package io.atqb.purchasing;

/**
 * An Autotask receipt QuickBooks has as an item receipt.
 *
 * @param quickbooksTxnId the item receipt's TxnID
 */
public record TransferredReceipt(long receivingId, long productId, int quantity, String quickbooksTxnId) {
}
