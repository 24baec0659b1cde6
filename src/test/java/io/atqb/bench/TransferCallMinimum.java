package io.atqb.bench;

import io.atqb.autotask.AutotaskQuery;
import io.atqb.sandbox.autotask.SandboxEntityTable;
import io.atqb.sandbox.autotask.SandboxTenant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The fewest Autotask calls the transfer read ({@code AutotaskPurchasing.transferData}) of some POs can take: per
 * entity read, {@code max(1, ceil(rows / page))} pages, because reads by id lists put up to {@code idsPerQuery} ids
 * in one query (an "or" of "in" filters) and a full page that links no next page ends it (no empty page after an
 * exact multiple of the page size). An entity with no ids to look up is not read at all. Plus one
 * ThresholdInformation call (the budget check) and, on the service's first PO read only, one
 * PurchaseOrders/entityInformation/fields call (the status picklist, kept afterwards).
 *
 * @param total      all calls
 * @param byEndpoint calls per endpoint
 */
record TransferCallMinimum(long total, Map<String, Long> byEndpoint) {

    static TransferCallMinimum of(SandboxTenant tenant, Collection<Long> purchaseOrderIds, int pageSize,
            int idsPerQuery, boolean firstRead) {
        Map<String, Long> calls = new LinkedHashMap<>();
        calls.put("ThresholdInformation", 1L);
        calls.put("PurchaseOrders/entityInformation/fields", firstRead ? 1L : 0L);
        SandboxEntityTable orders = tenant.table("PurchaseOrders");
        SandboxEntityTable items = tenant.table("PurchaseOrderItems");
        SandboxEntityTable receipts = tenant.table("PurchaseOrderItemReceiving");

        List<Long> found = new ArrayList<>();
        TreeSet<Long> vendors = new TreeSet<>();
        for (Long id : new TreeSet<>(purchaseOrderIds)) {
            int row = orders.rowOf(id);
            if (row >= 0) {
                found.add(id);
                vendors.add((Long) orders.value(row, "vendorID"));
            }
        }
        calls.put("PurchaseOrders", pages(batchRows(purchaseOrderIds, idsPerQuery, found::contains), pageSize));

        Map<Long, List<Integer>> lineRows = new HashMap<>();
        for (int row = 0; row < items.rowCount(); row++) {
            lineRows.computeIfAbsent((Long) items.value(row, "orderID"), k -> new ArrayList<>()).add(row);
        }
        List<Long> lineIds = new ArrayList<>();
        TreeSet<Long> products = new TreeSet<>();
        List<Long> linesPerBatch = new ArrayList<>();
        for (List<Long> batch : AutotaskQuery.valueBatches(found, idsPerQuery)) {
            long rows = 0;
            for (Long order : batch) {
                for (int row : lineRows.getOrDefault(order, List.of())) {
                    lineIds.add(items.idAt(row));
                    products.add((Long) items.value(row, "productID"));
                    rows++;
                }
            }
            linesPerBatch.add(rows);
        }
        calls.put("PurchaseOrderItems", pages(linesPerBatch, pageSize));

        Map<Long, Long> receiptsPerLine = new HashMap<>();
        for (int row = 0; row < receipts.rowCount(); row++) {
            if ((Integer) receipts.value(row, "quantityNowReceiving") != 0) {
                receiptsPerLine.merge((Long) receipts.value(row, "purchaseOrderItemID"), 1L, Long::sum);
            }
        }
        List<Long> receiptsPerBatch = new ArrayList<>();
        for (List<Long> batch : AutotaskQuery.valueBatches(lineIds, idsPerQuery)) {
            receiptsPerBatch.add(batch.stream().mapToLong(line -> receiptsPerLine.getOrDefault(line, 0L)).sum());
        }
        calls.put("PurchaseOrderItemReceiving", pages(receiptsPerBatch, pageSize));
        SandboxEntityTable companies = tenant.table("Companies");
        SandboxEntityTable productTable = tenant.table("Products");
        calls.put("Companies", pages(batchRows(vendors, idsPerQuery, id -> companies.rowOf(id) >= 0), pageSize));
        calls.put("Products", pages(batchRows(products, idsPerQuery, id -> productTable.rowOf(id) >= 0), pageSize));
        return new TransferCallMinimum(calls.values().stream().mapToLong(Long::longValue).sum(), calls);
    }

    /** Per batch of ids, how many of them exist. */
    private static List<Long> batchRows(Collection<Long> ids, int idsPerQuery,
            java.util.function.Predicate<Long> exists) {
        List<Long> rows = new ArrayList<>();
        for (List<Long> batch : AutotaskQuery.valueBatches(ids, idsPerQuery)) {
            rows.add(batch.stream().filter(exists).count());
        }
        return rows;
    }

    /** Pages of the batches: each batch costs max(1, ceil(rows / page)). */
    private static long pages(List<Long> rowsPerBatch, int pageSize) {
        return rowsPerBatch.stream().mapToLong(rows -> pages(rows, pageSize)).sum();
    }

    /** Pages of one query of {@code rows} rows that ends on the page linking no next page. */
    static long pages(long rows, int pageSize) {
        return Math.max(1, (rows + pageSize - 1) / pageSize);
    }

    /** Only the entity reads (no budget check, no field information): the full-page minimum of issue 10. */
    long entityReads() {
        return total - byEndpoint.get("ThresholdInformation") - byEndpoint.get("PurchaseOrders/entityInformation/fields");
    }
}
