package io.atqb.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** atqb.admin.* binds from the packaged defaults alone and refuses what cannot be a user name. */
class AdminPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AdminProperties.class)
    static class Bound {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(PackagedDefaults::addTo)
            .withUserConfiguration(Bound.class);

    @Test
    void shouldTakeEveryDefaultFromApplicationYaml() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            AdminProperties admin = context.getBean(AdminProperties.class);
            assertThat(admin.username()).isEqualTo("admin");
            assertThat(admin.password()).isEmpty();
        });
    }

    @Test
    void shouldRefuseABlankUserNameOrOneWithSpaces() {
        runner.withPropertyValues("atqb.admin.username=").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("atqb.admin.username"));
        runner.withPropertyValues("atqb.admin.username=the admin").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("without spaces"));
    }

    @Test
    void shouldRefuseAPasswordBeyondBcryptsSeventyTwoBytes() {
        runner.withPropertyValues("atqb.admin.password=" + "\u00e9".repeat(36)).run(context ->
                assertThat(context).hasNotFailed());
        runner.withPropertyValues("atqb.admin.password=" + "\u00e9".repeat(36) + "x").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("at most 72 bytes"));
    }

    @Test
    void shouldNeverShowThePasswordInItsTextForm() {
        runner.withPropertyValues("atqb.admin.password=Secret-Admin-9").run(context ->
                assertThat(context.getBean(AdminProperties.class).toString()).doesNotContain("Secret-Admin-9"));
    }
}
