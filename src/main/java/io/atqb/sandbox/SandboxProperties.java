package io.atqb.sandbox;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code atqb.sandbox.*} settings (defaults in application.yaml).
 *
 * @param enabled        empty = on while AUTOTASK_USERNAME is empty and the datasource is the embedded default;
 *                       {@code true} or {@code false} overrides that (read before startup by
 *                       {@link SandboxModeEnvironment}, bound here so a typo fails the start)
 * @param firstPollDelay when the simulated Web Connector first polls after startup
 * @param noopDelay      how long the simulated Web Connector waits after a NoOp answer (QBWC: 5 seconds)
 */
@Validated
@ConfigurationProperties("atqb.sandbox")
public record SandboxProperties(
        @NotNull @Pattern(regexp = "(?i)|true|false", message = "must be true, false or empty") String enabled,
        @NotNull Duration firstPollDelay,
        @NotNull Duration noopDelay) {

    @AssertTrue(message = "atqb.sandbox.first-poll-delay and noop-delay must not be negative")
    public boolean isDelaysNotNegative() {
        return (firstPollDelay == null || !firstPollDelay.isNegative())
                && (noopDelay == null || !noopDelay.isNegative());
    }
}
