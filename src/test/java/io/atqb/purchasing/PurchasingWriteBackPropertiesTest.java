package io.atqb.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.system.PackagedDefaults;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** atqb.purchasing.write-backs.* bind from the packaged defaults and refuse values at and beyond their edges. */
class PurchasingWriteBackPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PurchasingWriteBackProperties.class)
    static class Bound {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(PackagedDefaults::addTo)
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Bound.class);

    @Test
    void shouldLookEverySecondAndHoldAWriteBackFiveMinutesByDefault() {
        runner.run(context -> assertThat(context.getBean(PurchasingWriteBackProperties.class))
                .isEqualTo(new PurchasingWriteBackProperties(Duration.ofSeconds(1), Duration.ofMinutes(5), 100)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"atqb.purchasing.write-backs.batch=0", "atqb.purchasing.write-backs.batch=1001",
            "atqb.purchasing.write-backs.every=0s", "atqb.purchasing.write-backs.lease=1s",
            "atqb.purchasing.write-backs.lease=500ms"})
    void shouldRefuseABatchOutsideOneToOneThousandOrALeaseNotLongerThanTheLook(String setting) {
        runner.withPropertyValues(setting).run(context -> assertThat(context).hasFailed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"atqb.purchasing.write-backs.batch=1", "atqb.purchasing.write-backs.batch=1000",
            "atqb.purchasing.write-backs.lease=1001ms"})
    void shouldAcceptTheEdgesInside(String setting) {
        runner.withPropertyValues(setting).run(context -> assertThat(context).hasNotFailed());
    }
}
