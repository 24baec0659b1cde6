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
}
