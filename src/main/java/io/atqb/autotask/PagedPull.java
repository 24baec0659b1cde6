package io.atqb.autotask;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keyset paging through an {@link AutotaskQuery}: each page asks for {@code id gt lastId} with {@code MaxRecords}
 * = page size; a batch ends on a short page (or when a lookup batch got all the rows it can match). Rows already seen
 * (id not above the last one) are skipped, so overlapping answers never count twice. Pages of one pull are strictly
 * sequential; the number of pages is bounded.
 */
public final class PagedPull {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AutotaskQuery query;
    private final RowSink sink;
    private final int pageSize;
    private final int maxPages;
    private final boolean endOnUnlinkedPage;
    private int batchIndex;
    private long lastId;
    private long rowsInBatch;
    private int pages;
    private long rows;
    private long duplicates;

    public PagedPull(AutotaskQuery query, RowSink sink, int pageSize, int maxPages) {
        this(query, sink, pageSize, maxPages, false);
    }

    /**
     * @param endOnUnlinkedPage true = a full page whose answer links no next page ends its batch, which saves the
     *                          empty page keyset paging would otherwise ask for when the rows fill the last page
     */
    public PagedPull(AutotaskQuery query, RowSink sink, int pageSize, int maxPages, boolean endOnUnlinkedPage) {
        this.query = query;
        this.sink = sink;
        this.pageSize = pageSize;
        this.maxPages = maxPages;
        this.endOnUnlinkedPage = endOnUnlinkedPage;
    }

    public AutotaskQuery query() {
        return query;
    }

    public boolean hasMorePages() {
        return batchIndex < query.batches().size();
    }

    /** The request for the next page. */
    public AutotaskRequest nextRequest() {
        if (!hasMorePages()) {
            throw new IllegalStateException("no more pages of " + query.entity());
        }
        List<Object> filter = new ArrayList<>();
        filter.add(AutotaskFilter.gt("id", lastId));
        filter.addAll(query.batches().get(batchIndex).filters());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("MaxRecords", pageSize);
        body.put("IncludeFields", query.includeFields());
        body.put("filter", filter);
        try {
            return AutotaskRequest.queryPage(query.entity(), JSON.writeValueAsBytes(body), query.includeFields(),
                    lastId);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the " + query.entity() + " query", e);
        }
    }

    /** Folds a complete page into the sink and moves the cursor. */
    public void accept(AutotaskPage page) {
        List<AutotaskRow> ordered = page.rows();
        if (!ascending(ordered)) {
            ordered = new ArrayList<>(ordered);
            ordered.sort(Comparator.comparingLong(AutotaskRow::id));
        }
        long before = lastId;
        for (AutotaskRow row : ordered) {
            if (row.id() <= lastId) {
                duplicates++;
                continue;
            }
            sink.accept(row);
            lastId = row.id();
            rowsInBatch++;
            rows++;
        }
        pages++;
        AutotaskQuery.Batch batch = query.batches().get(batchIndex);
        boolean shortPage = page.itemCount() < pageSize || (endOnUnlinkedPage && !page.nextPageLinked());
        boolean complete = batch.maxRows() >= 0 && rowsInBatch >= batch.maxRows();
        if (shortPage || complete) {
            batchIndex++;
            lastId = 0;
            rowsInBatch = 0;
        } else if (lastId == before) {
            throw new AutotaskException("Autotask answered a full page of " + query.entity()
                    + " without a row after id " + before + "; paging cannot go on", query.entity(), before, null);
        }
        if (hasMorePages() && pages >= maxPages) {
            throw new AutotaskException("Autotask query of " + query.entity() + " needs more than " + maxPages
                    + " pages (autotask.max-pages-per-query); stopped", query.entity(), null, null);
        }
    }

    private static boolean ascending(List<AutotaskRow> rows) {
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).id() < rows.get(i - 1).id()) {
                return false;
            }
        }
        return true;
    }

    public int pages() {
        return pages;
    }

    /** Distinct rows handed to the sink. */
    public long rows() {
        return rows;
    }

    /** Rows skipped because their id was already read. */
    public long duplicates() {
        return duplicates;
    }
}
