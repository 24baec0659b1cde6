package io.atqb.sync;

import java.util.List;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

/**
 * Aggregates a split into the list that is the split's input body: each part's body is added when the part
 * qualifies. The input list stays the result, also when the split had nothing to iterate.
 */
abstract class SplitCollector implements AggregationStrategy {

    /** Whether this part's body belongs in the result. */
    abstract boolean qualifies(Exchange part);

    @Override
    @SuppressWarnings("unchecked")
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange, Exchange inputExchange) {
        List<Object> collected = inputExchange.getMessage().getBody(List.class);
        if (newExchange != null && newExchange.getException() == null && qualifies(newExchange)) {
            collected.add(newExchange.getMessage().getBody());
        }
        Exchange result = oldExchange != null ? oldExchange : newExchange;
        result.getMessage().setBody(collected);
        return result;
    }

    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
        throw new UnsupportedOperationException("Used as a split aggregation strategy with the input exchange");
    }
}
