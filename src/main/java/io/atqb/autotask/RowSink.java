package io.atqb.autotask;

/** Receives the rows of a query one by one, after each page was read completely. */
@FunctionalInterface
public interface RowSink {
    void accept(AutotaskRow row);
}
