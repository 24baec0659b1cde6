package io.atqb.qbxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.CharConversionException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CharacterReferenceWriterTest {

    @Test
    void shouldWriteOneDecimalReferenceWhenASurrogatePairIsSplitAcrossWrites() throws Exception {
        StringWriter out = new StringWriter();
        CharacterReferenceWriter writer = new CharacterReferenceWriter(out);

        writer.write("box \uD83D");
        writer.write("\uDCE6 é<");
        writer.close();

        assertThat(out).hasToString("box &#128230; &#233;<");
    }

    @Test
    void shouldRefuseWhenASurrogateIsUnpaired() throws Exception {
        CharacterReferenceWriter lowFirst = new CharacterReferenceWriter(new StringWriter());
        CharacterReferenceWriter highThenAscii = new CharacterReferenceWriter(new StringWriter());
        CharacterReferenceWriter highAtEnd = new CharacterReferenceWriter(new StringWriter());
        highAtEnd.write("x\uD83D");

        assertThatThrownBy(() -> lowFirst.write("\uDCE6")).isInstanceOf(CharConversionException.class);
        assertThatThrownBy(() -> highThenAscii.write("\uD83Dx")).isInstanceOf(CharConversionException.class);
        assertThatThrownBy(highAtEnd::close).isInstanceOf(CharConversionException.class)
                .hasMessageContaining("surrogate pair");
    }
}
