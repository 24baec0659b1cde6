package io.atqb.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** atqb.sign-in.* binds from the packaged defaults alone and refuses settings that break the lockout rule. */
class SignInPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SignInProperties.class)
    static class Bound {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(PackagedDefaults::addTo)
            .withUserConfiguration(Bound.class);

    @Test
    void shouldTakeEveryDefaultFromApplicationYaml() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            SignInProperties signIn = context.getBean(SignInProperties.class);
            assertThat(signIn.userFreeFailures()).isEqualTo(5);
            assertThat(signIn.addressFreeFailures()).isEqualTo(20);
            assertThat(signIn.firstLockout()).isEqualTo(Duration.ofSeconds(2));
            assertThat(signIn.maxLockout()).isEqualTo(Duration.ofMinutes(15));
            assertThat(signIn.forgetAfter()).isEqualTo(Duration.ofHours(1));
            assertThat(signIn.maxTracked()).isEqualTo(100_000);
            assertThat(signIn.verifiedTtl()).isEqualTo(Duration.ofMinutes(2));
        });
    }

    @Test
    void shouldTakeAFirstLockoutOfExactlyOneSecondAndEqualToTheLongest() {
        runner.withPropertyValues("atqb.sign-in.first-lockout=1s", "atqb.sign-in.max-lockout=1s",
                "atqb.sign-in.forget-after=1s").run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void shouldRefuseAFirstLockoutUnderOneSecondOrOverTheLongest() {
        runner.withPropertyValues("atqb.sign-in.first-lockout=999ms").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("first-lockout"));
        runner.withPropertyValues("atqb.sign-in.first-lockout=16m").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("first-lockout"));
    }

    @Test
    void shouldRefuseALongestLockoutOverADay() {
        runner.withPropertyValues("atqb.sign-in.max-lockout=1d", "atqb.sign-in.forget-after=1d").run(context ->
                assertThat(context).hasNotFailed());
        runner.withPropertyValues("atqb.sign-in.max-lockout=25h", "atqb.sign-in.forget-after=25h").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("max-lockout"));
    }

    @Test
    void shouldRefuseForgettingFailuresBeforeTheLongestLockoutEnds() {
        runner.withPropertyValues("atqb.sign-in.forget-after=14m").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("forget-after"));
    }

    @Test
    void shouldRefuseNoFreeFailuresAndAVerifiedTtlOverTenMinutes() {
        runner.withPropertyValues("atqb.sign-in.user-free-failures=0").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("userFreeFailures"));
        runner.withPropertyValues("atqb.sign-in.verified-ttl=10m").run(context -> assertThat(context).hasNotFailed());
        runner.withPropertyValues("atqb.sign-in.verified-ttl=11m").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("verified-ttl"));
    }
}
