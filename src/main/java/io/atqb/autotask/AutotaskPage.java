package io.atqb.autotask;

import java.util.List;

/**
 * One page of a query answer.
 *
 * @param entity          the entity queried
 * @param rows            the items, in the order of the answer
 * @param itemCount       how many items the answer held (decides whether the page was short)
 * @param nextPageLinked  false when the answer said there is no next page ({@code pageDetails.nextPageUrl} null);
 *                        true when it linked one or did not say
 */
public record AutotaskPage(String entity, List<AutotaskRow> rows, int itemCount, boolean nextPageLinked) {

    public AutotaskPage {
        rows = List.copyOf(rows);
    }

    /** A page whose answer did not say whether a next page exists. */
    public AutotaskPage(String entity, List<AutotaskRow> rows, int itemCount) {
        this(entity, rows, itemCount, true);
    }
}
