package io.atqb.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "QBXML", "\u007f", "\u0080", "Caf\u00e9 \u07ff", "\u0800 \u20ac \uffff",
            "\ud83d\udce6 box", "lone high \ud83d end", "lone low \udce6", "\udce6\ud83d", "end high \ud83d"})
    void shouldCountUtf8BytesExactlyAsEncodingTheTextWould(String text) {
        assertThat(Texts.utf8Length(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void shouldCountNothingForNoText() {
        assertThat(Texts.utf8Length(null)).isZero();
    }
}
