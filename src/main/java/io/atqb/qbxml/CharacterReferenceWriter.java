package io.atqb.qbxml;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.Writer;

/**
 * Passes ASCII through and turns every other character into a decimal character reference ({@code &#233;});
 * a surrogate pair becomes one reference for its code point. Sits under the StAX writer, which has already
 * escaped markup, so the output is pure ASCII whatever the transport encoding.
 */
final class CharacterReferenceWriter extends Writer {

    private final Writer out;
    private char pendingHighSurrogate;

    CharacterReferenceWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        int asciiRunStart = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = chars[i];
            if (c <= 0x7F && pendingHighSurrogate == 0) {
                continue;
            }
            out.write(chars, asciiRunStart, i - asciiRunStart);
            asciiRunStart = i + 1;
            writeNonAscii(c);
        }
        out.write(chars, asciiRunStart, end - asciiRunStart);
    }

    private void writeNonAscii(char c) throws IOException {
        if (pendingHighSurrogate != 0) {
            if (!Character.isLowSurrogate(c)) {
                throw new CharConversionException("unpaired high surrogate U+"
                        + Integer.toHexString(pendingHighSurrogate).toUpperCase() + " in qbXML output");
            }
            writeReference(Character.toCodePoint(pendingHighSurrogate, c));
            pendingHighSurrogate = 0;
        } else if (Character.isHighSurrogate(c)) {
            pendingHighSurrogate = c;
        } else if (Character.isLowSurrogate(c)) {
            throw new CharConversionException("unpaired low surrogate U+"
                    + Integer.toHexString(c).toUpperCase() + " in qbXML output");
        } else {
            writeReference(c);
        }
    }

    private void writeReference(int codePoint) throws IOException {
        out.write("&#" + codePoint + ';');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Fails if the text ended in the middle of a surrogate pair; does not close the underlying writer. */
    @Override
    public void close() throws IOException {
        if (pendingHighSurrogate != 0) {
            throw new CharConversionException("qbXML output ended inside a surrogate pair");
        }
        out.flush();
    }
}
