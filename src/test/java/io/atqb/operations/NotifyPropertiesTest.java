package io.atqb.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.system.PackagedDefaults;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** atqb.notify.* binds from the packaged defaults alone and refuses what cannot work. */
class NotifyPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(NotifyProperties.class)
    static class Bound {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(PackagedDefaults::addTo)
            .withUserConfiguration(Bound.class);

    @Test
    void shouldTakeEveryDefaultFromApplicationYamlWithAlertsOff() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            NotifyProperties notify = context.getBean(NotifyProperties.class);
            assertThat(notify.webhookEnabled()).isFalse();
            assertThat(notify.mailEnabled()).isFalse();
            assertThat(notify.qbwcSilentAfter()).isEqualTo(Duration.ofHours(24));
            assertThat(notify.qbwcSilentCheck()).isTrue();
            assertThat(notify.autotaskBudgetShare()).isEqualTo(0.8);
            assertThat(notify.retries()).isEqualTo(6);
        });
    }

    @Test
    void shouldFollowAutotasksThresholdShareUnlessSetItself() {
        runner.withPropertyValues("autotask.threshold-share=0.5").run(context ->
                assertThat(context.getBean(NotifyProperties.class).autotaskBudgetShare()).isEqualTo(0.5));
        runner.withPropertyValues("autotask.threshold-share=0.5", "atqb.notify.autotask-budget-share=0.9").run(
                context -> assertThat(context.getBean(NotifyProperties.class).autotaskBudgetShare()).isEqualTo(0.9));
    }

    @Test
    void shouldRefuseAWebhookThatIsNoHttpUrl() {
        runner.withPropertyValues("atqb.notify.webhook-url=ftp://example.com/hook").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("http:// or https://"));
        runner.withPropertyValues("atqb.notify.webhook-url=https://example.com/hook").run(context ->
                assertThat(context.getBean(NotifyProperties.class).webhookEnabled()).isTrue());
    }

    @Test
    void shouldRefuseANonPositiveSilenceOrABudgetShareAboveOne() {
        runner.withPropertyValues("atqb.notify.qbwc-silent-after=0s").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("qbwc-silent-after"));
        runner.withPropertyValues("atqb.notify.autotask-budget-share=1.01").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("autotaskBudgetShare"));
    }
}
