package io.atqb.sync;

import io.atqb.system.Texts;
import io.atqb.connector.ConnectorAccounts;
import io.atqb.qbxml.ActiveStatus;
import io.atqb.qbxml.AdjustmentLine;
import io.atqb.qbxml.InventoryAdjustmentAddRq;
import io.atqb.qbxml.ItemInventoryAddRq;
import io.atqb.qbxml.ItemInventoryQueryRq;
import io.atqb.qbxml.ItemQueryRq;
import io.atqb.qbxml.ItemRef;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Builds the qbXML requests of the sync (requestIDs are assigned by the queue). */
@Component
public class QuickBooksRequests {

    /** The fields the sync reads from QuickBooks inventory items. */
    static final List<String> ITEM_FIELDS = List.of("ListID", "Name", "FullName", "IsActive", "QuantityOnHand");

    private final InventorySyncProperties properties;

    public QuickBooksRequests(InventorySyncProperties properties) {
        this.properties = properties;
    }

    public ItemInventoryQueryRq startQuery() {
        return ItemInventoryQueryRq.start(null, properties.maxReturned(), ActiveStatus.ALL, ITEM_FIELDS);
    }

    /** How many items an iterator page holds at most. */
    public int pageSize() {
        return properties.maxReturned();
    }

    public ItemInventoryQueryRq continueQuery(String iteratorId) {
        return ItemInventoryQueryRq.cont(null, iteratorId, properties.maxReturned(), ActiveStatus.ALL, ITEM_FIELDS);
    }

    public ItemInventoryQueryRq queryByListId(String listId) {
        return ItemInventoryQueryRq.byListIds(null, List.of(listId), ITEM_FIELDS);
    }

    public ItemQueryRq inspectName(String name) {
        return ItemQueryRq.byFullNames(null, List.of(name));
    }

    /** A new inventory part on the connector's income, COGS and asset accounts (count set afterwards). */
    public ItemInventoryAddRq create(SyncItem item, ConnectorAccounts accounts) {
        return new ItemInventoryAddRq(null, item.qbName(), descriptionOf(item), accounts.income(), null,
                accounts.cogs(), accounts.asset());
    }

    /** Adjustments setting each item's count with NewQuantity, {@code linesPerRequest} lines per request. */
    public List<InventoryAdjustmentAddRq> adjust(long runId, List<SyncItem> items, String adjustmentAccount) {
        List<InventoryAdjustmentAddRq> requests = new ArrayList<>();
        int size = properties.adjustmentLinesPerRequest();
        for (int from = 0; from < items.size(); from += size) {
            requests.add(adjustment(runId, items.subList(from, Math.min(items.size(), from + size)), adjustmentAccount));
        }
        return requests;
    }

    public InventoryAdjustmentAddRq adjustment(long runId, List<SyncItem> items, String adjustmentAccount) {
        List<AdjustmentLine> lines = items.stream()
                .map(item -> AdjustmentLine.ofNewQuantity(ItemRef.listId(item.listId()), item.targetQuantity()))
                .toList();
        return new InventoryAdjustmentAddRq(null, adjustmentAccount, null, refNumber(runId),
                "atqb-sync complete inventory sync, run " + runId + ": QuickBooks On Hand set to Autotask On Hand",
                lines);
    }

    /** RefNumber (at most 11 characters) naming the run. */
    static String refNumber(long runId) {
        String id = Long.toString(runId);
        return "ATQB" + (id.length() > 7 ? id.substring(id.length() - 7) : id);
    }

    private static String descriptionOf(SyncItem item) {
        return Texts.fit(item.productName(), 4000);
    }
}
