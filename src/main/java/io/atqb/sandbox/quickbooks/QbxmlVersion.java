package io.atqb.sandbox.quickbooks;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A qbXML specification version such as 13.0, from the {@code <?qbxml version="13.0"?>} instruction. */
record QbxmlVersion(int major, int minor) implements Comparable<QbxmlVersion> {

    /** The versions a QuickBooks 2014 (qbXML 13.0) request processor accepts, oldest first. */
    static final List<QbxmlVersion> SUPPORTED = List.of(
            new QbxmlVersion(1, 0), new QbxmlVersion(1, 1), new QbxmlVersion(2, 0), new QbxmlVersion(2, 1),
            new QbxmlVersion(3, 0), new QbxmlVersion(4, 0), new QbxmlVersion(4, 1), new QbxmlVersion(5, 0),
            new QbxmlVersion(6, 0), new QbxmlVersion(7, 0), new QbxmlVersion(8, 0), new QbxmlVersion(9, 0),
            new QbxmlVersion(10, 0), new QbxmlVersion(11, 0), new QbxmlVersion(12, 0), new QbxmlVersion(13, 0));

    /** Iterators arrived with qbXML 5.0. */
    static final QbxmlVersion ITERATORS = new QbxmlVersion(5, 0);

    private static final Pattern VERSION = Pattern.compile("(?:CA|UK)?(\\d{1,2})\\.(\\d)");

    /** Parses the version text; unknown or unsupported versions are a parse failure. */
    static QbxmlVersion parse(String text) {
        Matcher matcher = VERSION.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new QbxmlParseFailure("the qbXML version \"" + text + "\" is not a version number");
        }
        QbxmlVersion version = new QbxmlVersion(Integer.parseInt(matcher.group(1)),
                Integer.parseInt(matcher.group(2)));
        if (!SUPPORTED.contains(version)) {
            throw new QbxmlParseFailure("qbXML version " + version + " is not supported by this QuickBooks (highest "
                    + SUPPORTED.get(SUPPORTED.size() - 1) + ")");
        }
        return version;
    }

    @Override
    public int compareTo(QbxmlVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
