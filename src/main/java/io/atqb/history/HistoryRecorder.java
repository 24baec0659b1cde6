package io.atqb.history;

import io.atqb.system.Texts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes history entries through the {@link HistoryRouteIds#RECORD} route (a parameterised camel-sql batch insert).
 * Called inside the caller's transaction: the route runs on the same thread and joins it.
 */
@Component
public class HistoryRecorder {

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
        List<Map<String, Object>> rows = new ArrayList<>(entries.size());
        for (HistoryEntry entry : entries) {
            rows.add(row(entry));
        }
        producer.sendBody(HistoryRouteIds.RECORD_ENDPOINT, rows);
    }

    public void record(HistoryEntry entry) {
        record(List.of(entry));
    }

    private Map<String, Object> row(HistoryEntry e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("runId", e.runId());
        row.put("severity", e.severity().name());
        row.put("action", e.action().name());
        row.put("itemName", e.itemName());
        row.put("autotaskProductId", e.autotaskProductId());
        row.put("quickbooksListId", e.quickbooksListId());
        row.put("autotaskOnHand", e.autotaskOnHand());
        row.put("locations", e.locations() == null ? null : toJson(e.locations()));
        row.put("quickbooksBefore", e.quickbooksBefore());
        row.put("quickbooksAfter", e.quickbooksAfter());
        row.put("purchaseOrderId", e.purchaseOrderId());
        row.put("quantity", e.quantity());
        row.put("message", Texts.message(e.message()));
        return row;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write history locations", e);
        }
    }
}
