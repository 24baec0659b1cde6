package io.atqb.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.system.PackagedDefaults;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * atqb.purchasing.* binds from the packaged defaults alone, refuses a negative clock skew, and leaves
 * transfer-before-sync off.
 */
class PurchasingPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PurchasingProperties.class)
    static class Bound {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(PackagedDefaults::addTo)
            .withUserConfiguration(Bound.class);

    @Test
    void shouldTakeTheClockSkewFromApplicationYaml() {
        runner.run(context -> assertThat(context.getBean(PurchasingProperties.class).transferClockSkew())
                .isEqualTo(Duration.ofMinutes(5)));
    }

    @Test
    void shouldLeaveTransferBeforeSyncOffByDefaultAndBindItFromTheEnvironmentName() {
        runner.run(context -> assertThat(context.getBean(PurchasingProperties.class).transferBeforeSync()).isFalse());
        runner.withPropertyValues("atqb.purchasing.transfer-before-sync=true").run(context ->
                assertThat(context.getBean(PurchasingProperties.class).transferBeforeSync()).isTrue());
    }

    @Test
    void shouldAcceptNoSkewAndRefuseANegativeOne() {
        runner.withPropertyValues("atqb.purchasing.transfer-clock-skew=0s")
                .run(context -> assertThat(context).hasNotFailed());
        runner.withPropertyValues("atqb.purchasing.transfer-clock-skew=-1s").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("transferClockSkew"));
    }
}
