package io.atqb.qbxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The qbXML field rules at their edges: the XML 1.0 character ranges, the smallest values, ASCII's last char. */
class QbxmlFieldEdgesTest {

    private static String memo(String text) {
        return QbxmlFields.optional("memo", text, QbxmlFields.TEXT_MAX);
    }

    @Test
    void shouldAcceptTheFirstAndLastCharacterOfEachXmlRange() {
        for (int codePoint : new int[] {0x9, 0xA, 0xD, 0x20, 0xD7FF, 0xE000, 0xFFFD, 0x10000, 0x10FFFF}) {
            String text = new String(Character.toChars(codePoint));
            assertThat(memo(text)).as("U+%04X", codePoint).isEqualTo(text);
        }
    }

    @Test
    void shouldRejectTheCharactersJustOutsideTheXmlRanges() {
        for (int codePoint : new int[] {0x0, 0x8, 0xB, 0xC, 0xE, 0x1F, 0xD800, 0xDFFF, 0xFFFE, 0xFFFF}) {
            String text = new String(Character.toChars(codePoint));
            assertThatThrownBy(() -> memo(text)).as("U+%04X", codePoint)
                    .hasMessage("memo contains a character XML cannot carry: U+%04X", codePoint);
        }
    }

    @Test
    void shouldRejectAnItemNameStartingWithTheFullNameSeparator() {
        assertThatThrownBy(() -> new ItemInventoryAddRq("r", ":WID-100", null, null, null, null, null))
                .hasMessageContaining("must not contain ':'");
    }

    @Test
    void shouldAcceptOneAsTheSmallestMaxReturnedAndRejectZero() {
        assertThat(ItemInventoryQueryRq.start("r", 1, ActiveStatus.ALL, List.of()).maxReturned()).isEqualTo(1);
        assertThatThrownBy(() -> ItemInventoryQueryRq.start("r", 0, ActiveStatus.ALL, List.of()))
                .hasMessage("ItemInventoryQueryRq.maxReturned must be at least 1 but was 0");
    }

    @Test
    void shouldAcceptVersionZeroAndRejectNegativeParts() {
        assertThat(new QbxmlVersion(0, 0).toString()).isEqualTo("0.0");
        assertThatThrownBy(() -> new QbxmlVersion(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QbxmlVersion(0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldCallOnlyCodeOneNoMatch() {
        assertThat(new QbxmlStatus(1, "Info", "no match").isNoMatch()).isTrue();
        assertThat(new QbxmlStatus(0, "Info", "Status OK").isNoMatch()).isFalse();
        assertThat(new QbxmlStatus(500, "Warn", "not found").isNoMatch()).isFalse();
    }

    @Test
    void shouldKeepDeleteAsTheLastAsciiCharacterAndReferenceTheFirstAboveIt() throws Exception {
        StringWriter out = new StringWriter();
        try (Writer ascii = new CharacterReferenceWriter(out)) {
            ascii.write("a\u007Fb\u0080");
        }

        assertThat(out).hasToString("a\u007Fb&#128;");
    }

    @Test
    void shouldPassFlushAndCloseOnToTheUnderlyingWriterWithoutClosingIt() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStreamWriter out = new OutputStreamWriter(bytes, StandardCharsets.US_ASCII);
        CharacterReferenceWriter ascii = new CharacterReferenceWriter(out);

        ascii.write("ab");
        ascii.flush();
        assertThat(bytes.toString(StandardCharsets.US_ASCII)).isEqualTo("ab");
        ascii.write("cd");
        ascii.close();
        assertThat(bytes.toString(StandardCharsets.US_ASCII)).isEqualTo("abcd");
        out.write("e");
        out.flush();
        assertThat(bytes.toString(StandardCharsets.US_ASCII)).isEqualTo("abcde");
    }

    @Test
    void shouldHandTheWholeMessageToAStreamWriterBeforeReturning() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStreamWriter out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);

        new QbxmlWriter().write(QbxmlVersion.V13_0, OnError.STOP_ON_ERROR,
                List.of(ItemQueryRq.byFullNames("r1", List.of("WID-100"))), out);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("</QBXML>");
    }
}
