package io.atqb.system;

/** Fitting free text into the database's VARCHAR columns. */
public final class Texts {

    /** The length of the message columns. */
    public static final int MESSAGE = 4000;

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
     * How many bytes the text takes in UTF-8, as {@code text.getBytes(UTF_8).length} counts them (an unpaired
     * surrogate is one byte, the {@code ?} it is replaced by), without encoding it: a QBWC message set is up to
     * megabytes and is counted on every call. Null counts 0.
     */
    public static int utf8Length(String text) {
        if (text == null) {
            return 0;
        }
        int bytes = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes += 1;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
