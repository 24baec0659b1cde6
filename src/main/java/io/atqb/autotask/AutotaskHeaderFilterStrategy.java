package io.atqb.autotask;

import org.apache.camel.Exchange;
import org.apache.camel.spi.HeaderFilterStrategy;
import org.springframework.stereotype.Component;

/**
 * Header filter of the Autotask endpoints: no message header becomes an HTTP request header (inbound headers of the
 * caller never reach Autotask), and of the answer's headers only {@code Retry-After} becomes a message header.
 */
@Component("autotaskHeaderFilterStrategy")
public class AutotaskHeaderFilterStrategy implements HeaderFilterStrategy {

    @Override
    public boolean applyFilterToCamelHeaders(String headerName, Object headerValue, Exchange exchange) {
        return true;
    }

    @Override
    public boolean applyFilterToExternalHeaders(String headerName, Object headerValue, Exchange exchange) {
        return !AutotaskResponses.RETRY_AFTER.equalsIgnoreCase(headerName);
    }
}
