package io.atqb.sync;

import io.atqb.quickbooks.QuickBooksNames;
import java.math.BigDecimal;

/**
 * One Autotask product in a run: what Autotask has (summed over all locations), what is left out for
 * receipts on transferred POs, the count QuickBooks must reach, and how far the product has got.
 */
public record SyncItem(
        long runId,
        long productId,
        String productName,
        String qbName,
        long autotaskOnHand,
        long excluded,
        long target,
        String locationsJson,
        String listId,
        BigDecimal qbBefore,
        boolean createSent,
        boolean adjustSent,
        ItemState state,
        String outcome,
        String message) {

    public String nameKey() {
        return QuickBooksNames.key(qbName);
    }

    public BigDecimal targetQuantity() {
        return BigDecimal.valueOf(target);
    }

    public SyncItem withState(ItemState newState) {
        return new SyncItem(runId, productId, productName, qbName, autotaskOnHand, excluded, target, locationsJson,
                listId, qbBefore, createSent, adjustSent, newState, outcome, message);
    }

    /** Linked to a QuickBooks item; the first count seen there is kept as "before". */
    public SyncItem linked(String newListId, BigDecimal quickbooksCount) {
        return new SyncItem(runId, productId, productName, qbName, autotaskOnHand, excluded, target, locationsJson,
                newListId, qbBefore != null ? qbBefore : quickbooksCount, createSent, adjustSent, state, outcome,
                message);
    }

    public SyncItem creating() {
        return new SyncItem(runId, productId, productName, qbName, autotaskOnHand, excluded, target, locationsJson,
                listId, qbBefore, true, adjustSent, ItemState.CREATING, outcome, message);
    }

    public SyncItem adjusting() {
        return new SyncItem(runId, productId, productName, qbName, autotaskOnHand, excluded, target, locationsJson,
                listId, qbBefore, createSent, true, ItemState.ADJUSTING, outcome, message);
    }

    public SyncItem done(String finalOutcome, String finalMessage) {
        return new SyncItem(runId, productId, productName, qbName, autotaskOnHand, excluded, target, locationsJson,
                listId, qbBefore, createSent, adjustSent, ItemState.DONE, finalOutcome, finalMessage);
    }

    public SyncItem retry(String why) {
        return new SyncItem(runId, productId, productName, qbName, autotaskOnHand, excluded, target, locationsJson,
                listId, qbBefore, createSent, adjustSent, ItemState.RETRY, outcome, why);
    }
}
