package io.atqb.bench;

import io.atqb.autotask.AutotaskQuery;
import io.atqb.sandbox.autotask.SandboxEntityTable;
import io.atqb.sandbox.autotask.SandboxTenant;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fewest Autotask calls one snapshot of a tenant can take with keyset paging: a pull of n rows needs
 * floor(n / page) + 1 pages (a short page ends it, so an exact multiple of the page size needs the empty page), an id
 * lookup batch that found all its ids stops without the short page (ceil(n / page), at least 1), plus one
 * ThresholdInformation call. Lookups go in batches of {@code lookupBatchSize} values: the POs by id, their lines by
 * orderID, and the lines' receipts (quantity not 0, received from the batch's earliest transfer on, to the second).
 *
 * @param total      all calls
 * @param byEndpoint calls per endpoint
 */
record AutotaskCallMinimum(long total, Map<String, Long> byEndpoint) {

    static AutotaskCallMinimum of(SandboxTenant tenant, Map<Long, Instant> transfers, int pageSize,
            int lookupBatchSize) {
        Map<String, Long> calls = new LinkedHashMap<>();
        calls.put("ThresholdInformation", 1L);
        for (String entity : List.of("InventoryLocations", "Products", "InventoryItems")) {
            calls.put(entity, pages(tenant.table(entity).rowCount(), pageSize));
        }
        SandboxEntityTable orders = tenant.table("PurchaseOrders");
        SandboxEntityTable items = tenant.table("PurchaseOrderItems");
        SandboxEntityTable receipts = tenant.table("PurchaseOrderItemReceiving");

        List<Long> found = new ArrayList<>();
        long orderCalls = 0;
        for (List<Long> batch : AutotaskQuery.valueBatches(transfers.keySet(), lookupBatchSize)) {
            List<Long> present = batch.stream().filter(id -> orders.rowOf(id) >= 0).toList();
            found.addAll(present);
            orderCalls += present.size() == batch.size()
                    ? Math.max(1, (present.size() + pageSize - 1) / pageSize)
                    : pages(present.size(), pageSize);
        }
        calls.put("PurchaseOrders", orderCalls);

        Map<Long, List<Long>> itemsByOrder = new HashMap<>();
        for (int row = 0; row < items.rowCount(); row++) {
            itemsByOrder.computeIfAbsent((Long) items.value(row, "orderID"), k -> new ArrayList<>())
                    .add(items.idAt(row));
        }
        List<Long> itemIds = new ArrayList<>();
        long itemCalls = 0;
        for (List<Long> batch : AutotaskQuery.valueBatches(found, lookupBatchSize)) {
            long rows = 0;
            for (Long order : batch) {
                List<Long> lines = itemsByOrder.getOrDefault(order, List.of());
                rows += lines.size();
                itemIds.addAll(lines);
            }
            itemCalls += pages(rows, pageSize);
        }
        calls.put("PurchaseOrderItems", itemCalls);

        Map<Long, List<Integer>> receiptRowsByItem = new HashMap<>();
        for (int row = 0; row < receipts.rowCount(); row++) {
            receiptRowsByItem.computeIfAbsent((Long) receipts.value(row, "purchaseOrderItemID"),
                    k -> new ArrayList<>()).add(row);
        }
        long receiptCalls = 0;
        for (List<Long> batch : AutotaskQuery.valueBatches(itemIds, lookupBatchSize)) {
            Instant from = batch.stream()
                    .map(item -> transfers.get((Long) items.value(items.rowOf(item), "orderID")))
                    .min(Instant::compareTo).orElseThrow().truncatedTo(ChronoUnit.SECONDS);
            long rows = 0;
            for (Long item : batch) {
                for (int row : receiptRowsByItem.getOrDefault(item, List.of())) {
                    Instant received = (Instant) receipts.value(row, "receiveDate");
                    if ((Integer) receipts.value(row, "quantityNowReceiving") != 0 && !received.isBefore(from)) {
                        rows++;
                    }
                }
            }
            receiptCalls += pages(rows, pageSize);
        }
        calls.put("PurchaseOrderItemReceiving", receiptCalls);
        return new AutotaskCallMinimum(calls.values().stream().mapToLong(Long::longValue).sum(), calls);
    }

    /** Keyset pages of a pull of {@code rows} rows: a short page ends it. */
    static long pages(long rows, int pageSize) {
        return rows / pageSize + 1;
    }

    /** "1 + 101 + ..." per endpoint, for the report's notes. */
    String breakdown() {
        StringBuilder text = new StringBuilder();
        byEndpoint.forEach((endpoint, count) -> text.append(text.isEmpty() ? "" : ", ").append(endpoint)
                .append(' ').append(count));
        return text.toString();
    }
}
