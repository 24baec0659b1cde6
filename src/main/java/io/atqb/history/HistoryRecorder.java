package io.atqb.history;

import io.atqb.system.Texts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes history entries through the {@link HistoryRouteIds#RECORD} route (a parameterised camel-sql batch insert).
 * Called inside the caller's transaction: the route runs on the same thread and joins it.
 */
@Component
public class HistoryRecorder {

    /**
     * A row's values in the column order of {@code sql/history-insert.sql}. Positional, not named: camel-sql finds
     * each named parameter of each row with a regular expression and a map lookup, which for a run's 50,000 entries
     * cost more than the inserts' own JDBC work, and 50,000 maps of 13 entries weigh ten times the lists.
     */
    public static final List<String> COLUMNS = List.of("run_id", "severity", "action", "item_name",
            "autotask_product_id", "quickbooks_list_id", "autotask_on_hand", "locations", "quickbooks_before",
            "quickbooks_after", "purchase_order_id", "quantity", "message");

    private final ProducerTemplate producer;
    private final ObjectMapper json;

    public HistoryRecorder(ProducerTemplate producer, ObjectMapper json) {
        this.producer = producer;
        this.json = json;
    }

    public void record(List<HistoryEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<List<Object>> rows = new ArrayList<>(entries.size());
        for (HistoryEntry entry : entries) {
            rows.add(row(entry));
        }
        producer.sendBody(HistoryRouteIds.RECORD_ENDPOINT, rows);
    }

    public void record(HistoryEntry entry) {
        record(List.of(entry));
    }

    List<Object> row(HistoryEntry e) {
        return Arrays.asList(e.runId(), e.severity().name(), e.action().name(), e.itemName(), e.autotaskProductId(),
                e.quickbooksListId(), e.autotaskOnHand(), locationsJson(e.locations()),
                e.quickbooksBefore(), e.quickbooksAfter(), e.purchaseOrderId(), e.quantity(),
                Texts.message(e.message()));
    }

    private String locationsJson(List<HistoryEntry.LocationOnHand> locations) {
        if (locations == null) {
            return null;
        }
        return locations instanceof StoredLocations stored ? stored.json() : toJson(locations);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write history locations", e);
        }
    }
}
