package io.atqb.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed getters of a query row at their edges: the int range, whole decimals, missing versus empty. */
class AutotaskRowEdgesTest {

    private static final List<String> FIELDS = List.of("id", "quantity", "name", "active", "when");

    private static AutotaskRow row(Object quantity, Object name, Object active, Object when) {
        return new AutotaskRow("InventoryItems", AutotaskJsonReader.fieldIndex(FIELDS),
                new Object[] {9L, quantity, name, active, when}, new boolean[] {true, true, true, true, true}, 9L);
    }

    private static AutotaskRow quantity(Object value) {
        return row(value, "n", true, "2026-03-10T12:00:00Z");
    }

    @Test
    void shouldAcceptBothEndsOfTheIntRangeAndRefuseOneBeyondEither() {
        assertThat(quantity((long) Integer.MAX_VALUE).requiredInt("quantity")).isEqualTo(Integer.MAX_VALUE);
        assertThat(quantity((long) Integer.MIN_VALUE).requiredInt("quantity")).isEqualTo(Integer.MIN_VALUE);
        assertThatThrownBy(() -> quantity(Integer.MAX_VALUE + 1L).requiredInt("quantity"))
                .hasMessage("Autotask InventoryItems 9: field quantity is out of range: 2147483648");
        assertThatThrownBy(() -> quantity(Integer.MIN_VALUE - 1L).requiredInt("quantity"))
                .hasMessage("Autotask InventoryItems 9: field quantity is out of range: -2147483649");
    }

    @Test
    void shouldTakeAWholeDecimalAsANumberAndRefuseAFraction() {
        assertThat(quantity(new BigDecimal("3.0")).requiredLong("quantity")).isEqualTo(3);
        assertThat(quantity(new BigDecimal("0")).requiredInt("quantity")).isZero();
        assertThat(quantity(new BigDecimal("-4")).optionalLong("quantity")).isEqualTo(-4);
        assertThatThrownBy(() -> quantity(new BigDecimal("3.5")).requiredLong("quantity"))
                .hasMessage("Autotask InventoryItems 9: field quantity is not a whole number: 3.5");
        assertThatThrownBy(() -> quantity("3").requiredLong("quantity"))
                .hasMessage("Autotask InventoryItems 9: field quantity is not a number: 3");
    }

    @Test
    void shouldTellAMissingFieldFromAnEmptyOne() {
        AutotaskRow missing = new AutotaskRow("InventoryItems", AutotaskJsonReader.fieldIndex(FIELDS),
                new Object[5], new boolean[] {true, false, false, true, true}, 9L);
        AutotaskRow empty = row(null, null, null, null);

        assertThatThrownBy(() -> missing.optionalLong("quantity"))
                .hasMessage("Autotask InventoryItems 9: field quantity is missing from the answer");
        assertThatThrownBy(() -> missing.optionalString("name")).hasMessageEndingWith("is missing from the answer");
        assertThat(empty.optionalLong("quantity")).isNull();
        assertThat(empty.optionalString("name")).isNull();
        assertThatThrownBy(() -> empty.requiredLong("quantity"))
                .hasMessage("Autotask InventoryItems 9: field quantity is empty");
        assertThatThrownBy(() -> empty.requiredString("name")).hasMessageEndingWith("field name is empty");
    }

    @Test
    void shouldRefuseAFieldThatWasNotAskedForAndFindAskedOnesWhateverTheCase() {
        AutotaskRow row = quantity(5L);

        assertThat(row.requiredLong("QUANTITY")).isEqualTo(5);
        assertThatThrownBy(() -> row.requiredLong("sku"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sku was not asked for in the InventoryItems query");
    }

    @Test
    void shouldReadTextTruthAndTimesOnlyFromTheRightTypes() {
        AutotaskRow good = row(1L, "Widget", false, " 2026-03-10T12:00:00 ");
        AutotaskRow wrong = row(1L, 7L, "yes", "yesterday");

        assertThat(good.requiredString("name")).isEqualTo("Widget");
        assertThat(good.optionalString("quantity")).isEqualTo("1");
        assertThat(good.requiredBoolean("active")).isFalse();
        assertThat(row(1L, "n", true, "2026-03-10T12:00:00Z").requiredBoolean("active")).isTrue();
        assertThat(good.requiredInstant("when")).isEqualTo(Instant.parse("2026-03-10T12:00:00Z"));
        assertThat(row(1L, "n", true, "2026-03-10T13:00:00+01:00").requiredInstant("when"))
                .isEqualTo(Instant.parse("2026-03-10T12:00:00Z"));
        assertThatThrownBy(() -> wrong.requiredString("name"))
                .hasMessage("Autotask InventoryItems 9: field name is not text: 7");
        assertThatThrownBy(() -> wrong.requiredBoolean("active"))
                .hasMessage("Autotask InventoryItems 9: field active is not true or false: yes");
        assertThatThrownBy(() -> wrong.requiredInstant("when"))
                .hasMessage("Autotask InventoryItems 9: field when is not a date-time: yesterday");
        assertThat(good.entity()).isEqualTo("InventoryItems");
    }
}
