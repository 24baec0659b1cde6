package io.atqb.autotask;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes every failure leaving the Autotask entry routes an {@link AutotaskException}: the one found in the cause
 * chain, or a new one wrapping an unexpected error.
 */
@Component("autotaskFailures")
public class AutotaskFailures {

    private static final Logger LOG = LoggerFactory.getLogger(AutotaskFailures.class);

    /** Called from the entry routes' doCatch: logs one line and throws the AutotaskException. */
    public void rethrow(Exchange exchange) {
        Throwable caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        AutotaskException failure = unwrap(caught);
        LOG.warn("Autotask pull failed, no snapshot: {}", failure.getMessage());
        throw failure;
    }

    /** The AutotaskException in the cause chain, or a new one describing the unexpected error. */
    public static AutotaskException unwrap(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AutotaskException autotask) {
                return autotask;
            }
        }
        String reason = failure == null ? "unknown error" : failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        return new AutotaskException("Autotask pull failed unexpectedly: " + reason, failure);
    }
}
