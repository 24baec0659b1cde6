package io.atqb.qbxml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads test fixtures from {@code src/test/resources/qbxml/}. */
final class QbxmlFixtures {

    /** Awkward text shared by the fixtures: non-ASCII letters, a check mark (U+2713) and an emoji (U+1F4E6). */
    static final String UNICODE_NAME = "Café Ünïcode ✓";
    static final String EMOJI = "\uD83D\uDCE6";

    private QbxmlFixtures() {
    }

    static String load(String name) {
        try (InputStream in = QbxmlFixtures.class.getResourceAsStream("/qbxml/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing fixture qbxml/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
