package io.atqb.autotask;

import io.atqb.operations.OperationsRecorder;
import java.util.Locale;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * The hourly request budget check before a full pull: {@code GET V1.0/ThresholdInformation}, and a refusal with a
 * clear message when more than {@code autotask.threshold-share} of the budget is already used.
 */
@Component("autotaskBudget")
public class AutotaskBudget {

    static final String THRESHOLD_INFORMATION = "ThresholdInformation";

    private final double thresholdShare;
    private final OperationsRecorder operations;

    public AutotaskBudget(AutotaskProperties properties, OperationsRecorder operations) {
        this.thresholdShare = properties.thresholdShare();
        this.operations = operations;
    }

    public AutotaskRequest thresholdRequest() {
        return AutotaskRequest.get(THRESHOLD_INFORMATION, "V1.0/" + THRESHOLD_INFORMATION);
    }

    /** Records the reading and throws when the used share is above the configured one. */
    public void check(@Body AutotaskObject answer, Exchange exchange) {
        long limit = answer.requiredLong("externalRequestThreshold");
        long used = answer.requiredLong("currentTimeframeRequestCount");
        operations.autotaskBudget(used, limit);
        PullStats stats = exchange.getProperty(AutotaskExchangeKeys.STATS, PullStats.class);
        if (stats != null) {
            stats.budget(used, limit);
        }
        if (used > thresholdShare * limit) {
            throw new AutotaskException(String.format(Locale.ROOT,
                    "Autotask API budget too far used: used %d of %d requests in the current hour (%.0f %%), above "
                            + "the %.0f %% allowed before a full pull (autotask.threshold-share); the pull did not "
                            + "start",
                    used, limit, limit <= 0 ? 100.0 : 100.0 * used / limit, 100 * thresholdShare),
                    THRESHOLD_INFORMATION, null, null);
        }
    }
}
