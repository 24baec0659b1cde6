package io.atqb.sync;

import java.util.List;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * The enrich step's aggregation: the products (original body) meet the QuickBooks items (resource body)
 * and leave as matches.
 */
@Component("quickbooksItemLink")
public class QuickBooksItemLink implements AggregationStrategy {

    @Override
    @SuppressWarnings("unchecked")
    public Exchange aggregate(Exchange original, Exchange resource) {
        List<SyncItem> products = original.getMessage().getBody(List.class);
        List<QuickBooksItem> quickbooks = resource.getMessage().getBody(List.class);
        original.getMessage().setBody(Reconciliation.match(products, quickbooks));
        return original;
    }
}
