package io.atqb.autotask;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The Autotask API user must be configured for real mode. Without it the service still starts and serves the admin
 * API and QBWC, says once at startup which variables are missing, and every pull fails at once with that reason
 * (rather than calling Autotask without credentials).
 */
@Component
public class AutotaskCredentialsCheck {

    private static final Logger LOG = LoggerFactory.getLogger(AutotaskCredentialsCheck.class);

    private final AutotaskProperties properties;

    public AutotaskCredentialsCheck(AutotaskProperties properties) {
        this.properties = properties;
    }

    /** The environment variables of the API user that are empty, in the order of the documentation. */
    public static List<String> missing(AutotaskProperties properties) {
        List<String> missing = new ArrayList<>();
        addIfBlank(missing, "AUTOTASK_USERNAME", properties.username());
        addIfBlank(missing, "AUTOTASK_SECRET", properties.secret());
        addIfBlank(missing, "AUTOTASK_INTEGRATION_CODE", properties.integrationCode());
        return missing;
    }

    /**
     * @throws AutotaskException naming the missing variables, when the API user is not completely configured
     */
    public static void requireConfigured(AutotaskProperties properties) {
        List<String> missing = missing(properties);
        if (!missing.isEmpty()) {
            throw new AutotaskException("The Autotask API user is not configured: set " + String.join(", ", missing));
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWhenMissing() {
        List<String> missing = missing(properties);
        if (missing.isEmpty()) {
            return;
        }
        LOG.warn("""

                ************************************************************************************
                AUTOTASK IS NOT CONFIGURED: {} not set.
                The admin API and the QBWC endpoint are served, but every inventory sync fails until
                AUTOTASK_USERNAME, AUTOTASK_SECRET and AUTOTASK_INTEGRATION_CODE are set.
                (Sandbox mode, the simulated demo, starts only with the embedded default database and
                no AUTOTASK_USERNAME, or with ATQB_SANDBOX_ENABLED=true.)
                ************************************************************************************""",
                String.join(", ", missing) + (missing.size() == 1 ? " is" : " are"));
    }

    private static void addIfBlank(List<String> missing, String variable, String value) {
        if (value == null || value.isBlank()) {
            missing.add(variable);
        }
    }
}
