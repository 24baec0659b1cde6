package io.atqb.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void shouldKeepOrdinaryTextAsItIs() {
        assertThat(LogText.of("QBWC 2.3.0.215 Café ☕ 𝄞")).isEqualTo("QBWC 2.3.0.215 Café ☕ 𝄞");
    }

    @Test
    void shouldShowLineBreaksAndTabsAsEscapesSoNoLineCanBeForged() {
        String forged = "2.3\r\n2026-11-30 INFO  forged line\tend";

        assertThat(LogText.of(forged)).isEqualTo("2.3\\r\\n2026-11-30 INFO  forged line\\tend")
                .doesNotContain("\n", "\r");
    }

    @Test
    void shouldEscapeUnicodeLineSeparatorsControlAndFormatCharacters() {
        String text = "a\u2028b\u2029c\u0085d\u001be\u202ef\u0000g\u200bh";

        assertThat(LogText.of(text)).isEqualTo("a\\u2028b\\u2029c\\u0085d\\u001Be\\u202Ef\\u0000g\\u200Bh");
    }

    @Test
    void shouldEscapeLoneSurrogatesAndNonCharacters() {
        assertThat(LogText.of("x\ud800y\udc00z\uffff")).isEqualTo("x\\uD800y\\uDC00z\\uFFFF");
    }

    @Test
    void shouldCutLongTextAndSayHowMuchWasCut() {
        String cut = LogText.of("x".repeat(1_000_000));

        assertThat(cut).startsWith("x".repeat(LogText.DEFAULT_MAX) + "...").endsWith("(999800 more characters)");
        assertThat(cut.length()).isLessThan(LogText.DEFAULT_MAX + 40);
    }

    @Test
    void shouldKeepTextOfExactlyTheBoundWhole() {
        assertThat(LogText.of("y".repeat(10), 10)).isEqualTo("y".repeat(10));
        assertThat(LogText.of("y".repeat(11), 10)).isEqualTo("y".repeat(10) + "... (1 more characters)");
    }

    @Test
    void shouldCountEscapesAgainstTheBoundAndNeverSplitOne() {
        assertThat(LogText.of("\n".repeat(100), 5)).isEqualTo("\\n\\n... (98 more characters)");
    }

    @Test
    void shouldNeverSplitASurrogatePair() {
        assertThat(LogText.of("ab𝄞", 3)).isEqualTo("ab... (2 more characters)");
    }

    @Test
    void shouldAnswerEmptyForNull() {
        assertThat(LogText.of(null)).isEmpty();
    }
}
