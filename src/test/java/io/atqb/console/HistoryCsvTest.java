package io.atqb.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.history.HistoryEntry;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CSV rules: RFC 4180 quoting, and no cell a spreadsheet would run as a formula. */
class HistoryCsvTest {

    private final HistoryCsv csv = new HistoryCsv();

    @Test
    void shouldWriteAPlainTextAsItIsAndNothingForNull() {
        assertThat(HistoryCsv.text("Widget Kit")).isEqualTo("Widget Kit");
        assertThat(HistoryCsv.text("x=1+2")).isEqualTo("x=1+2");
        assertThat(HistoryCsv.text(null)).isEmpty();
        assertThat(HistoryCsv.text("")).isEmpty();
    }

    @Test
    void shouldQuoteCommasQuotesAndLineBreaks() {
        assertThat(HistoryCsv.text("a,b")).isEqualTo("\"a,b\"");
        assertThat(HistoryCsv.text("Monitor 27\" 4K")).isEqualTo("\"Monitor 27\"\" 4K\"");
        assertThat(HistoryCsv.text("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(HistoryCsv.text("carriage\rreturn")).isEqualTo("\"carriage\rreturn\"");
        assertThat(HistoryCsv.text("\"")).isEqualTo("\"\"\"\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
    void shouldDisarmATextThatStartsLikeAFormula(String value) {
        String cell = HistoryCsv.text(value);
        assertThat(cell).startsWith("\"'").endsWith("\"");
        assertThat(cell.substring(2, cell.length() - 1)).isEqualTo(value);
    }

    @Test
    void shouldDisarmAndQuoteAFormulaWithQuotesInIt() {
        assertThat(HistoryCsv.text("=HYPERLINK(\"http://evil\",\"x\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
    }

    @Test
    void shouldLeaveAnEqualsSignThatDoesNotStartTheText() {
        assertThat(HistoryCsv.text(" =1")).isEqualTo(" =1");
        assertThat(HistoryCsv.startsLikeFormula(" =1")).isFalse();
    }

    @Test
    void shouldWriteNumbersAsNumbersEvenWhenNegative() throws Exception {
        StringWriter out = new StringWriter();
        csv.row(out, new HistoryEntry(1, HistoryEntry.Severity.ERROR, HistoryEntry.Action.NOT_SYNCED, "-Dash product",
                15L, null, null, null, null, null, 31L, -2L, "Receipt 64 of -2 (cancelled), on PO-1001"));

        assertThat(out.toString()).isEqualTo(
                "ERROR,NOT_SYNCED,\"'-Dash product\",15,,,,,,31,-2,\"Receipt 64 of -2 (cancelled), on PO-1001\"\r\n");
    }

    @Test
    void shouldWriteTheLocationsAndQuickBooksCountsOfAnEntry() throws Exception {
        StringWriter out = new StringWriter();
        csv.header(out);
        csv.row(out, new HistoryEntry(1, HistoryEntry.Severity.INFO, HistoryEntry.Action.ADJUSTED, "Kit", 11L,
                "80000001-1", 30L, List.of(new HistoryEntry.LocationOnHand(1, "Main, North", 25),
                new HistoryEntry.LocationOnHand(2, "Van", 5)), new BigDecimal("20"), new BigDecimal("30.5"), null,
                null, null));

        assertThat(out.toString().split("\r\n")).containsExactly(
                String.join(",", HistoryCsv.HEADER),
                "INFO,ADJUSTED,Kit,11,80000001-1,30,\"Main, North: 25; Van: 5\",20,30.5,,,");
    }
}
