package io.atqb.autotask;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.system.PackagedDefaults;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** autotask.purchase-orders.* binds from the packaged defaults alone, and each constraint refuses past its edge. */
class AutotaskPurchasingPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AutotaskPurchasingProperties.class)
    static class Bound {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(PackagedDefaults::addTo)
            .withUserConfiguration(Bound.class);

    @Test
    void shouldTakeEveryDefaultFromApplicationYaml() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            AutotaskPurchasingProperties purchasing = context.getBean(AutotaskPurchasingProperties.class);
            assertThat(purchasing.searchTtl()).isEqualTo(Duration.ofSeconds(60));
            assertThat(purchasing.searchCacheEntries()).isEqualTo(100);
            assertThat(purchasing.maxInFiltersPerQuery()).isEqualTo(25);
        });
    }

    @Test
    void shouldAcceptTheEdgesOfEachRange() {
        runner.withPropertyValues("autotask.purchase-orders.search-ttl=0s",
                "autotask.purchase-orders.search-cache-entries=1",
                "autotask.purchase-orders.max-in-filters-per-query=100")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void shouldRefuseAValueJustPastAnEdgeNamingTheKey() {
        assertRefused("autotask.purchase-orders.search-ttl=-1ms", "searchTtl");
        assertRefused("autotask.purchase-orders.search-cache-entries=0", "searchCacheEntries");
        assertRefused("autotask.purchase-orders.max-in-filters-per-query=0", "maxInFiltersPerQuery");
        assertRefused("autotask.purchase-orders.max-in-filters-per-query=101", "maxInFiltersPerQuery");
    }

    private void assertRefused(String setting, String field) {
        runner.withPropertyValues(setting).run(context ->
                assertThat(context).as(setting).hasFailed().getFailure().hasStackTraceContaining(field));
    }
}
