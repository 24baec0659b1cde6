package io.atqb.autotask;

import java.util.Arrays;
import java.util.List;

/** Autotask rows for unit tests: every field present, the id first. */
final class AutotaskRows {

    private AutotaskRows() {
    }

    static AutotaskRow row(String entity, List<String> fields, Object... values) {
        boolean[] present = new boolean[fields.size()];
        Arrays.fill(present, true);
        return new AutotaskRow(entity, AutotaskJsonReader.fieldIndex(fields), values, present, (Long) values[0]);
    }
}
