package io.atqb.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;

/**
 * A product's per-location counts as the JSON text the planner stored them in, read as a list only when someone
 * reads it. {@link HistoryRecorder} writes the text as it is: a run's 50,000 history entries would otherwise each
 * parse their locations and write them back to the same text.
 */
public final class StoredLocations extends AbstractList<HistoryEntry.LocationOnHand> {

    private static final TypeReference<List<HistoryEntry.LocationOnHand>> LOCATIONS = new TypeReference<>() {
    };

    private final String json;
    private final ObjectMapper mapper;
    private List<HistoryEntry.LocationOnHand> parsed;

    /** @param json a JSON array of {@code {locationId, locationName, onHand}}, as written by {@code mapper} */
    public StoredLocations(String json, ObjectMapper mapper) {
        this.json = Objects.requireNonNull(json, "json");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** The text, unchanged. */
    public String json() {
        return json;
    }

    @Override
    public HistoryEntry.LocationOnHand get(int index) {
        return parsed().get(index);
    }

    @Override
    public int size() {
        return parsed().size();
    }

    private List<HistoryEntry.LocationOnHand> parsed() {
        if (parsed == null) {
            try {
                parsed = List.copyOf(mapper.readValue(json, LOCATIONS));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Unreadable locations of a sync item", e);
            }
        }
        return parsed;
    }
}
