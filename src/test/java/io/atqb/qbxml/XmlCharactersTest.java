package io.atqb.qbxml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one XML 1.0 character rule, at the edges of its ranges, and how the first refused character is named. */
class XmlCharactersTest {

    @Test
    void shouldAllowTabLineFeedCarriageReturnAndEveryRangeUpToItsEdges() {
        assertThat(XmlCharacters.allowed(0x9)).isTrue();
        assertThat(XmlCharacters.allowed(0xA)).isTrue();
        assertThat(XmlCharacters.allowed(0xD)).isTrue();
        assertThat(XmlCharacters.allowed(0x20)).isTrue();
        assertThat(XmlCharacters.allowed(0xD7FF)).isTrue();
        assertThat(XmlCharacters.allowed(0xE000)).isTrue();
        assertThat(XmlCharacters.allowed(0xFFFD)).isTrue();
        assertThat(XmlCharacters.allowed(0x10000)).isTrue();
        assertThat(XmlCharacters.allowed(0x10FFFF)).isTrue();
    }

    @Test
    void shouldRefuseOtherControlsSurrogatesAndTheTwoNonCharactersJustPastEachRange() {
        assertThat(XmlCharacters.allowed(0x0)).isFalse();
        assertThat(XmlCharacters.allowed(0x8)).isFalse();
        assertThat(XmlCharacters.allowed(0xB)).isFalse();
        assertThat(XmlCharacters.allowed(0x1F)).isFalse();
        assertThat(XmlCharacters.allowed(0xD800)).isFalse();
        assertThat(XmlCharacters.allowed(0xDFFF)).isFalse();
        assertThat(XmlCharacters.allowed(0xFFFE)).isFalse();
        assertThat(XmlCharacters.allowed(0xFFFF)).isFalse();
        assertThat(XmlCharacters.allowed(0x110000)).isFalse();
    }

    @Test
    void shouldNameTheFirstRefusedCharacterCountingCharactersNotCharsFromOne() {
        assertThat(XmlCharacters.firstNotAllowed("")).isNull();
        assertThat(XmlCharacters.firstNotAllowed("Caf\u00e9 \uD83D\uDE00 ok")).isNull();
        assertThat(XmlCharacters.firstNotAllowed("\uFFFEab")).isEqualTo("U+FFFE at position 1");
        assertThat(XmlCharacters.firstNotAllowed("\uD83D\uDE00x\uFFFF\uFFFE")).isEqualTo("U+FFFF at position 3");
        assertThat(XmlCharacters.firstNotAllowed("ab\uD800")).isEqualTo("U+D800 at position 3");
    }
}
