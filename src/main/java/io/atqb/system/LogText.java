package io.atqb.system;

/**
 * Caller-supplied text made fit for one log line: characters that could start a forged line or hide text
 * (control characters, line and paragraph separators, format characters such as bidi overrides, lone
 * surrogates, non-characters) are shown as escapes, and the text is cut to a bounded length. Only the kept
 * part is read, so a megabyte of input costs no more than its first few hundred characters.
 */
public final class LogText {

    /** Characters of a value kept in the log by default. */
    public static final int DEFAULT_MAX = 200;

    private LogText() {
    }

    /** {@code text} escaped and cut to {@value #DEFAULT_MAX} characters; null becomes "". */
    public static String of(String text) {
        return of(text, DEFAULT_MAX);
    }

    /** {@code text} escaped and cut to at most {@code max} characters (plus a note of how much was cut). */
    public static String of(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 32);
        int index = 0;
        while (index < text.length()) {
            int codePoint = text.codePointAt(index);
            String escaped = unsafe(codePoint) ? escape(codePoint) : null;
            int width = escaped == null ? Character.charCount(codePoint) : escaped.length();
            if (out.length() + width > max) {
                break;
            }
            if (escaped == null) {
                out.appendCodePoint(codePoint);
            } else {
                out.append(escaped);
            }
            index += Character.charCount(codePoint);
        }
        if (index < text.length()) {
            out.append("... (").append(text.length() - index).append(" more characters)");
        }
        return out.toString();
    }

    private static boolean unsafe(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE -> true;
            default -> false;
        };
    }

    private static String escape(int codePoint) {
        return switch (codePoint) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> codePoint <= 0xFFFF ? String.format("\\u%04X", codePoint) : String.format("\\U%06X", codePoint);
        };
    }
}
