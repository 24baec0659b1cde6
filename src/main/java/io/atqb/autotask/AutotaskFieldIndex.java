package io.atqb.autotask;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each asked field of a query sits in a row. Field names compare without regard to case, as Autotask does;
 * a spelling once looked up is remembered, so the names of every item in a page (and the getters' constants) are
 * found without making a lower-case copy each time. At most {@link #MAX_SPELLINGS} spellings are remembered, so an
 * answer full of unknown names cannot grow it.
 */
final class AutotaskFieldIndex {

    /** The most spellings remembered; beyond it, names are still found, each by its lower-case key. */
    static final int MAX_SPELLINGS = 256;

    private static final Integer ABSENT = -1;

    private final Map<String, Integer> byKey;
    private final Map<String, Integer> bySpelling = new ConcurrentHashMap<>();

    private AutotaskFieldIndex(Map<String, Integer> byKey) {
        this.byKey = byKey;
    }

    static AutotaskFieldIndex of(List<String> fields) {
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            byKey.put(key(fields.get(i)), i);
        }
        return new AutotaskFieldIndex(Map.copyOf(byKey));
    }

    /** The field's place in a row, or -1 when it was not asked for. */
    int position(String field) {
        Integer known = bySpelling.get(field);
        if (known == null) {
            known = byKey.getOrDefault(key(field), ABSENT);
            if (bySpelling.size() < MAX_SPELLINGS) {
                bySpelling.put(field, known);
            }
        }
        return known;
    }

    /** How many spellings are remembered (for tests of the bound). */
    int rememberedSpellings() {
        return bySpelling.size();
    }

    private static String key(String field) {
        return field.toLowerCase(Locale.ROOT);
    }
}
