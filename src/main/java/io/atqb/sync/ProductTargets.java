package io.atqb.sync;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/** Collects each inventory product's target (products without inventory rows give none). */
@Component("productTargets")
class ProductTargets extends SplitCollector {

    @Override
    boolean qualifies(Exchange part) {
        return part.getMessage().getBody() != null;
    }
}
