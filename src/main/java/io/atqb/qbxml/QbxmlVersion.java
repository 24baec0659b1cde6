package io.atqb.qbxml;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A qbXML specification version such as 13.0, as sent in the {@code <?qbxml version="X.Y"?>} instruction. */
public record QbxmlVersion(int major, int minor) implements Comparable<QbxmlVersion> {

    /** The highest version this library writes. */
    public static final QbxmlVersion V13_0 = new QbxmlVersion(13, 0);

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

    public QbxmlVersion {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("qbXML version parts must not be negative: " + major + "." + minor);
        }
    }

    /** Parses {@code "13.0"}; country-specific forms such as {@code "UK2.0"} are rejected. */
    public static QbxmlVersion parse(String text) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("not a qbXML version (expected MAJOR.MINOR such as 13.0): '" + text + "'");
        }
        return new QbxmlVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** The lower of the two versions. */
    public QbxmlVersion min(QbxmlVersion other) {
        return compareTo(other) <= 0 ? this : other;
    }

    @Override
    public int compareTo(QbxmlVersion other) {
        int byMajor = Integer.compare(major, other.major);
        return byMajor != 0 ? byMajor : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
