package io.atqb.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.system.PackagedDefaults;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** atqb.purchasing.write-back binds from the packaged defaults (on) and can be turned off. */
class PurchasingTransferPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PurchasingTransferProperties.class)
    static class Bound {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(PackagedDefaults::addTo)
            .withUserConfiguration(Bound.class);

    @Test
    void shouldWriteBackByDefaultAndNotWhenTurnedOff() {
        runner.run(context -> assertThat(context.getBean(PurchasingTransferProperties.class).writeBack()).isTrue());
        runner.withPropertyValues("atqb.purchasing.write-back=false").run(context ->
                assertThat(context.getBean(PurchasingTransferProperties.class).writeBack()).isFalse());
    }
}
