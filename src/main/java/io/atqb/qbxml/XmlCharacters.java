package io.atqb.qbxml;

/**
 * The characters XML 1.0 can carry (its {@code Char} production): tab, line feed, carriage return, and everything
 * from U+0020 but lone surrogates, U+FFFE and U+FFFF. Every text that reaches qbXML, a SOAP answer or the
 * {@code .qwc} file is checked against this one rule.
 */
public final class XmlCharacters {

    private XmlCharacters() {
    }

    public static boolean allowed(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }

    /**
     * The first character of {@code text} XML 1.0 cannot carry, as {@code U+XXXX at position n} (n counting
     * characters from 1), or null when every character can be written into XML.
     */
    public static String firstNotAllowed(String text) {
        int position = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int codePoint = text.codePointAt(i);
            position++;
            if (!allowed(codePoint)) {
                return String.format("U+%04X at position %d", codePoint, position);
            }
        }
        return null;
    }
}
