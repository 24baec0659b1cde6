package io.atqb.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoredLocationsTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void shouldReadAsTheListItsTextHoldsWhenRead() {
        StoredLocations stored = new StoredLocations("[{\"locationId\":2,\"locationName\":\"Main \\\"A\\\"\","
                + "\"onHand\":-3},{\"locationId\":9,\"locationName\":\"Van\",\"onHand\":0}]", mapper);

        assertThat(stored).containsExactly(new HistoryEntry.LocationOnHand(2, "Main \"A\"", -3),
                new HistoryEntry.LocationOnHand(9, "Van", 0));
        assertThat(stored).isEqualTo(List.of(new HistoryEntry.LocationOnHand(2, "Main \"A\"", -3),
                new HistoryEntry.LocationOnHand(9, "Van", 0)));
    }

    @Test
    void shouldReadAnEmptyArrayAsNoLocations() {
        assertThat(new StoredLocations("[]", mapper)).isEmpty();
    }

    @Test
    void shouldBeWrittenToTheHistoryAsTheSameTextWithoutReadingIt() {
        // spaces the mapper would never write: the recorder did not parse and write it again
        String text = "[ {\"locationId\" : 2, \"locationName\" : \"Main\", \"onHand\" : 5} ]";
        HistoryEntry entry = new HistoryEntry(1, HistoryEntry.Severity.INFO, HistoryEntry.Action.UNCHANGED, "Widget",
                3L, "L-1", 5L, new StoredLocations(text, mapper), null, null, null, null, null);

        List<Object> row = new HistoryRecorder(null, mapper).row(entry);

        assertThat(row.get(HistoryRecorder.COLUMNS.indexOf("locations"))).isEqualTo(text);
    }

    @Test
    void shouldSayTheLocationsAreUnreadableOnlyWhenSomeoneReadsThem() {
        StoredLocations stored = new StoredLocations("[{\"locationId\":", mapper);

        assertThat(stored.json()).isEqualTo("[{\"locationId\":");
        assertThatThrownBy(stored::size).isInstanceOf(IllegalStateException.class)
                .hasMessage("Unreadable locations of a sync item");
    }

    @Test
    void shouldRefuseNoText() {
        assertThatThrownBy(() -> new StoredLocations(null, mapper)).isInstanceOf(NullPointerException.class)
                .hasMessage("json");
    }
}
