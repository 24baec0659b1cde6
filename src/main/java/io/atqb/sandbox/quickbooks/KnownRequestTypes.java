package io.atqb.sandbox.quickbooks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/** The qbXML request element names QuickBooks knows (from a resource list), to tell "unsupported" from "unknown". */
final class KnownRequestTypes {

    private static final String RESOURCE = "qbxml-request-types.txt";

    private final Set<String> names;

    private KnownRequestTypes(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    static KnownRequestTypes load() {
        try (InputStream in = KnownRequestTypes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE + " next to "
                        + KnownRequestTypes.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new KnownRequestTypes(reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toSet()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    boolean contains(String requestType) {
        return names.contains(requestType);
    }
}
