package io.atqb.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuickBooksNamesTest {

    @Test
    void shouldKeepNamesOfAtMost31CharactersAsTheyAre() {
        assertThat(QuickBooksNames.itemName("Ethernet Switch 24 Port Managed")).hasSize(31)
                .isEqualTo("Ethernet Switch 24 Port Managed");
        assertThat(QuickBooksNames.itemName("  Padded name  ")).isEqualTo("Padded name");
    }

    @Test
    void shouldCutLongerNamesTo31CharactersWithoutATrailingSpace() {
        assertThat(QuickBooksNames.itemName("Uninterruptible Power Supply 1500VA Tower"))
                .isEqualTo("Uninterruptible Power Supply 15");
        assertThat(QuickBooksNames.itemName("Thirty characters exactly here x more"))
                .isEqualTo("Thirty characters exactly here");
    }

    @Test
    void shouldCountCharactersNotUtf16UnitsWhenCutting() {
        String name = "📦".repeat(40);
        String cut = QuickBooksNames.itemName(name);
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(31);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
    }

    @Test
    void shouldCompareNamesWithoutRegardToCase() {
        assertThat(QuickBooksNames.key("Café GRÖSSE")).isEqualTo(QuickBooksNames.key("café grösse"));
        assertThat(QuickBooksNames.key("Cable <Cat6>")).isEqualTo("cable <cat6>");
    }
}
