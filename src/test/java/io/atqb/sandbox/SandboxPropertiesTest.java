package io.atqb.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class SandboxPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Binding.class);

    @Test
    void shouldBindTheSandboxSettings() {
        context.withPropertyValues("atqb.sandbox.enabled=", "atqb.sandbox.first-poll-delay=3s",
                "atqb.sandbox.noop-delay=0ms").run(started -> {
                    SandboxProperties properties = started.getBean(SandboxProperties.class);
                    assertThat(properties.enabled()).isEmpty();
                    assertThat(properties.firstPollDelay()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(properties.noopDelay()).isZero();
                });
    }

    @Test
    void shouldRefuseANegativeDelay() {
        context.withPropertyValues("atqb.sandbox.enabled=true", "atqb.sandbox.first-poll-delay=-1ms",
                "atqb.sandbox.noop-delay=5s").run(started -> assertThat(started).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("must not be negative"));
    }

    @Test
    void shouldRefuseAMissingDelay() {
        context.withPropertyValues("atqb.sandbox.enabled=false", "atqb.sandbox.first-poll-delay=1s")
                .run(started -> assertThat(started).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("noopDelay"));
    }

    @Test
    void shouldRefuseAnEnabledValueOtherThanTrueFalseOrEmpty() {
        context.withPropertyValues("atqb.sandbox.enabled=yes", "atqb.sandbox.first-poll-delay=1s",
                "atqb.sandbox.noop-delay=5s").run(started -> assertThat(started).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("must be true, false or empty"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SandboxProperties.class)
    static class Binding {
    }
}
