package io.atqb.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class CamelProbesTest {

    private final CamelContext camel = new DefaultCamelContext();
    private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
    private final CamelProbes.Liveness liveness = new CamelProbes.Liveness(availability, camel);
    private final CamelProbes.Readiness readiness = new CamelProbes.Readiness(availability, camel);

    @AfterEach
    void stopCamel() {
        camel.stop();
    }

    @Test
    void shouldReportNotReadyWithoutAWarningWhileCamelHasNotStarted(CapturedOutput output) {
        camel.build();

        assertThat(readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(liveness.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(output.getAll()).doesNotContain("Probe in group");
    }

    @Test
    void shouldAnswerWithCamelsProbesOnceCamelHasStarted(CapturedOutput output) {
        camel.start();

        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
        assertThat(liveness.health().getStatus()).isEqualTo(Status.UP);
        assertThat(output.getAll()).doesNotContain("Probe in group");
    }

    @Test
    void shouldStillWarnAboutAProbeThatFailsOnceCamelHasStarted(CapturedOutput output) {
        HealthCheckRegistry.get(camel).register(new Failing());
        camel.start();

        assertThat(readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(output.getAll()).contains("Probe in group 'test', with id 'failing' failed with message "
                + "'the database is gone'");
    }

    /** A readiness and liveness check that is always down. */
    private static final class Failing extends AbstractHealthCheck {

        Failing() {
            super("test", "failing");
        }

        @Override
        protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
            builder.down().message("the database is gone");
        }
    }
}
