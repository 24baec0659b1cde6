package io.atqb.autotask;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.system.PackagedDefaults;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** autotask.* binds from the packaged defaults alone, and each constraint refuses a value just past its edge. */
class AutotaskPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AutotaskProperties.class)
    static class Bound {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(PackagedDefaults::addTo)
            .withUserConfiguration(Bound.class);

    @Test
    void shouldTakeEveryDefaultFromApplicationYaml() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            AutotaskProperties autotask = context.getBean(AutotaskProperties.class);
            assertThat(autotask.zoneDiscovery()).isTrue();
            assertThat(autotask.username()).isEmpty();
            assertThat(autotask.pageSize()).isEqualTo(500);
            assertThat(autotask.zoneCacheTtl()).isEqualTo(Duration.ofHours(12));
            assertThat(autotask.http().permitTimeout()).isEqualTo(Duration.ofMinutes(5));
            assertThat(autotask.retry().maxTotalWait()).isEqualTo(Duration.ofMinutes(5));
        });
    }

    @Test
    void shouldAcceptTheEdgesOfEachRange() {
        runner.withPropertyValues("autotask.page-size=1", "autotask.lookup-batch-size=500",
                "autotask.max-concurrent-calls-per-entity=10", "autotask.threshold-share=1",
                "autotask.retry.max-5xx-retries=0").run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void shouldRefuseAValueJustPastAnEdgeNamingTheKey() {
        assertRefused("autotask.page-size=501", "pageSize");
        assertRefused("autotask.page-size=0", "pageSize");
        assertRefused("autotask.lookup-batch-size=501", "lookupBatchSize");
        assertRefused("autotask.max-concurrent-calls-per-entity=11", "maxConcurrentCallsPerEntity");
        assertRefused("autotask.threshold-share=0", "thresholdShare");
        assertRefused("autotask.threshold-share=1.01", "thresholdShare");
        assertRefused("autotask.retry.max-5xx-retries=-1", "max5xxRetries");
        assertRefused("autotask.http.read-timeout=0", "readTimeout");
    }

    @Test
    void shouldRefuseAnEmptyZoneUrlAndLookupUrlTogether() {
        runner.withPropertyValues("autotask.base-url=", "autotask.zone-lookup-url=").run(context ->
                assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("set autotask.base-url or autotask.zone-lookup-url"));
        runner.withPropertyValues("autotask.base-url=https://zone.example/ATServicesRest/", "autotask.zone-lookup-url=")
                .run(context -> assertThat(context).hasNotFailed());
    }

    private void assertRefused(String setting, String field) {
        runner.withPropertyValues(setting).run(context ->
                assertThat(context).as(setting).hasFailed().getFailure().hasStackTraceContaining(field));
    }
}
