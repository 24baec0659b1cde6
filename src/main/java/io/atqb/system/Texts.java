package io.atqb.system;

/** Fitting free text into the database's VARCHAR columns, and text from outside into one log line. */
public final class Texts {

    /** The length of the message columns. */
    public static final int MESSAGE = 4000;
    /** What {@link #oneLine(Object, int)} puts where it cut a text. */
    static final String CUT_MARKER = "...";

    private Texts() {
    }

    /** The text cut to at most {@code max} characters (null stays null). */
    public static String fit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** The text cut to the message column's length. */
    public static String message(String text) {
        return fit(text, MESSAGE);
    }

    /**
     * A value from outside (a caller, a remote answer) as one harmless log line: every control character (line breaks
     * included) becomes {@code ?}, and a text longer than {@code max} characters is cut, ending in "...". Null stays
     * "null".
     */
    public static String oneLine(Object value, int max) {
        String text = String.valueOf(value);
        boolean cut = text.length() > max;
        String kept = cut ? text.substring(0, Math.max(0, max - CUT_MARKER.length())) : text;
        StringBuilder line = new StringBuilder(kept.length() + CUT_MARKER.length());
        kept.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                line.append('?');
            } else {
                line.appendCodePoint(c);
            }
        });
        return cut ? line.append(CUT_MARKER).toString() : line.toString();
    }

    /**
     * The first character XML 1.0 cannot carry, as {@code U+XXXX at position n} (n counting characters from 1), or
     * null when every character can be written into XML: a lone surrogate, U+FFFE, U+FFFF and control characters
     * other than tab, line feed and carriage return cannot.
     */
    public static String firstNonXmlCharacter(String text) {
        int position = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int codePoint = text.codePointAt(i);
            position++;
            if (!isXmlCharacter(codePoint)) {
                return String.format("U+%04X at position %d", codePoint, position);
            }
        }
        return null;
    }

    private static boolean isXmlCharacter(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }
}
