package io.atqb.sync;

import io.atqb.qbxml.InventoryAdjustmentAddRq;
import io.atqb.qbxml.InventoryAdjustmentAddRs;
import io.atqb.qbxml.ItemInventoryAddRs;
import io.atqb.qbxml.ItemInventoryQueryRs;
import io.atqb.qbxml.ItemInventoryRet;
import io.atqb.qbxml.ItemQueryRs;
import io.atqb.qbxml.QbxmlStatus;
import io.atqb.quickbooks.NameHolder;
import io.atqb.quickbooks.QuickBooksCodes;
import io.atqb.quickbooks.Refusal;
import io.atqb.quickbooks.RefusedBatch;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The sync's write-side rules: what each QuickBooks answer to a write means for the products it was about.
 * Plain decisions on values; {@link InventorySyncResponses} finds the products and applies the outcome.
 * <ul>
 *   <li>an item is final when QuickBooks' count equals the target (compared as numbers), else it is adjusted;</li>
 *   <li>a 3100 on an add asks what holds the name: an inventory part is linked and read again, any other kind
 *       of item fails the product, naming that kind;</li>
 *   <li>busy and lock codes retry the product in the next session; any other refusal fails it with
 *       QuickBooks' words;</li>
 *   <li>a refused adjustment of several lines is sent again in two halves until the bad line is found.</li>
 * </ul>
 */
@Component
public class QuickBooksResponseRules {

    private final QuickBooksRequests requests;

    public QuickBooksResponseRules(QuickBooksRequests requests) {
        this.requests = requests;
    }

    /** QuickBooks answered the ItemInventoryAdd of this product. */
    public ResponseOutcome created(SyncItem item, ItemInventoryAddRs rs) {
        QbxmlStatus status = rs.status();
        if (status.isOk() && rs.item() != null) {
            String listId = rs.item().listId();
            SyncItem created = item.linked(listId, null);
            SyncItem settled = reachesTarget(rs.item().quantityOnHand(), item)
                    ? created.done("CREATED", "Created in QuickBooks as \"" + item.qbName() + "\"")
                    : created.withState(ItemState.NEEDS_ADJUST);
            return ResponseOutcome.of(settled).linking(item.productId(), listId);
        }
        if (QuickBooksCodes.isNameInUse(status)) {
            return ResponseOutcome.of(item.withState(ItemState.INSPECTING)).andThen(NameHolder.inspect(item.qbName()));
        }
        return ResponseOutcome.of(refused(item, "QuickBooks refused to create the item", status));
    }

    /** After a 3100: QuickBooks said which item, of any type, holds the product's name. */
    public ResponseOutcome nameInspected(SyncItem item, ItemQueryRs rs) {
        Optional<NameHolder> holder = NameHolder.of(rs);
        if (holder.isEmpty()) {
            return ResponseOutcome.of(item.done("FAILED", "QuickBooks says the name \"" + item.qbName()
                    + "\" is in use but has no item of that name"));
        }
        if (holder.get().isInventoryPart()) {
            String listId = holder.get().listId();
            return ResponseOutcome.of(item.linked(listId, null).withState(ItemState.INSPECTING))
                    .andThen(requests.queryByListId(listId));
        }
        return ResponseOutcome.of(item.done("FAILED", "QuickBooks already has a " + holder.get().kind() + " named \""
                + holder.get().fullName() + "\"; item names are unique across item types, so no inventory item can"
                + " be created for this product (rename it or make it an inventory part)"));
    }

    /** The inventory part with this ListID, read again (after a 3100 linked the product to it). */
    public ResponseOutcome refreshed(SyncItem item, String listId, ItemInventoryQueryRs rs) {
        Optional<ItemInventoryRet> ret = rs.items().stream().findFirst();
        if (!rs.status().isOk() || ret.isEmpty()) {
            return ResponseOutcome.of(refused(item, "QuickBooks could not read the item \"" + item.qbName() + "\"",
                    rs.status()));
        }
        BigDecimal count = countOf(ret.get().quantityOnHand());
        SyncItem linked = item.linked(listId, count);
        SyncItem settled = reachesTarget(count, item)
                ? linked.done(Reconciliation.finalOutcome(linked), null)
                : linked.withState(ItemState.NEEDS_ADJUST);
        return ResponseOutcome.of(settled).linking(item.productId(), listId).refreshing(QuickBooksItem.of(ret.get()));
    }

    /** QuickBooks answered an InventoryAdjustmentAdd setting these products' counts. */
    public ResponseOutcome adjusted(List<SyncItem> adjusted, InventoryAdjustmentAddRq request,
                                    InventoryAdjustmentAddRs rs) {
        QbxmlStatus status = rs.status();
        if (status.isOk()) {
            return ResponseOutcome.of(adjusted.stream()
                    .map(item -> item.done(Reconciliation.finalOutcome(item), null)).toList());
        }
        if (RefusedBatch.split(status, adjusted.size())) {
            long runId = adjusted.get(0).runId();
            return ResponseOutcome.followedBy(RefusedBatch.halves(adjusted).stream()
                    .map(half -> requests.adjustment(runId, half, request.account())).toList());
        }
        return ResponseOutcome.of(adjusted.stream()
                .map(item -> refused(item, "QuickBooks refused the inventory adjustment", status)).toList());
    }

    /** A refused request: busy or locked waits for the next session, anything else fails the product. */
    static SyncItem refused(SyncItem item, String what, QbxmlStatus status) {
        Refusal refusal = Refusal.of(what, status);
        return refusal.retry() ? item.retry(refusal.message()) : item.done("FAILED", refusal.message());
    }

    /** QuickBooks' count (none = 0) equals the product's target, compared as numbers (5.00 equals 5). */
    static boolean reachesTarget(BigDecimal quickbooksCount, SyncItem item) {
        return countOf(quickbooksCount).compareTo(item.targetQuantity()) == 0;
    }

    private static BigDecimal countOf(BigDecimal quantityOnHand) {
        return quantityOnHand == null ? BigDecimal.ZERO : quantityOnHand;
    }
}
