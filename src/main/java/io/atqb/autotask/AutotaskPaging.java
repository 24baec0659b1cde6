package io.atqb.autotask;

import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

/** The steps of the paging loop route ({@code direct:autotask-query-pages}) around a {@link PagedPull}. */
@Component("autotaskPaging")
public class AutotaskPaging {

    /** Starts paging: the body is the {@link PagedPull} to run. */
    public void open(@Body PagedPull pull, Exchange exchange) {
        exchange.setProperty(AutotaskExchangeKeys.PAGED_PULL, pull);
    }

    /** True while the query has pages left and no other part of the pull failed. */
    public boolean hasMorePages(@ExchangeProperty(AutotaskExchangeKeys.PAGED_PULL) PagedPull pull,
            @ExchangeProperty(AutotaskExchangeKeys.ACCUMULATOR) SnapshotAccumulator snapshot) {
        return pull.hasMorePages() && (snapshot == null || !snapshot.aborted());
    }

    public AutotaskRequest nextRequest(@ExchangeProperty(AutotaskExchangeKeys.PAGED_PULL) PagedPull pull) {
        return pull.nextRequest();
    }

    /** Folds a page into the pull's sink and counts its rows. */
    public void accept(@Body AutotaskPage page, @ExchangeProperty(AutotaskExchangeKeys.PAGED_PULL) PagedPull pull,
            Exchange exchange) {
        long rowsBefore = pull.rows();
        long duplicatesBefore = pull.duplicates();
        pull.accept(page);
        PullStats stats = exchange.getProperty(AutotaskExchangeKeys.STATS, PullStats.class);
        if (stats != null) {
            stats.rows(page.entity(), pull.rows() - rowsBefore);
            stats.duplicates(pull.duplicates() - duplicatesBefore);
        }
    }
}
