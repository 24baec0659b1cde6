package io.atqb.autotask;

import java.util.List;

/**
 * One page of a query answer.
 *
 * @param entity    the entity queried
 * @param rows      the items, in the order of the answer
 * @param itemCount how many items the answer held (decides whether the page was short)
 */
public record AutotaskPage(String entity, List<AutotaskRow> rows, int itemCount) {

    public AutotaskPage {
        rows = List.copyOf(rows);
    }
}
