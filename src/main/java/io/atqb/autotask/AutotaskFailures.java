package io.atqb.autotask;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes every failure leaving the Autotask entry routes an {@link AutotaskException}: the first failure of the pull,
 * the one found in the cause chain, or a new one wrapping an unexpected error.
 */
@Component("autotaskFailures")
public class AutotaskFailures {

    private static final Logger LOG = LoggerFactory.getLogger(AutotaskFailures.class);

    /** Called from the entry routes' doCatch: logs one line and throws the AutotaskException. */
    public void rethrow(Exchange exchange) {
        SnapshotAccumulator pull = exchange.getProperty(AutotaskExchangeKeys.ACCUMULATOR, SnapshotAccumulator.class);
        Throwable caught = pull != null && pull.firstFailure() != null
                ? pull.firstFailure()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        AutotaskException failure = unwrap(caught);
        LOG.warn("Autotask pull failed: {}", failure.getMessage());
        throw failure;
    }

    /** The AutotaskException in the cause chain, or a new one describing the unexpected error. */
    public static AutotaskException unwrap(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AutotaskException autotask) {
                return autotask;
            }
        }
        Throwable root = failure;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root == null ? "unknown error" : root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return new AutotaskException("Autotask pull failed unexpectedly: " + reason, failure);
    }
}
