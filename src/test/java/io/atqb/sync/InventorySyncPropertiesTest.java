package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/** The sync's settings: their defaults live in application.yaml only, and a wrong value stops the start. */
class InventorySyncPropertiesTest {

    static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    static final Validator VALIDATOR = VALIDATION.getValidator();

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    @Configuration
    @EnableConfigurationProperties(InventorySyncProperties.class)
    static class Settings {
    }

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    static Set<ConstraintViolation<InventorySyncProperties>> violations(String cron, String timeZone,
                                                                        Integer maxReturned, Integer lines) {
        return VALIDATOR.validate(new InventorySyncProperties(cron, timeZone, maxReturned, lines));
    }

    @Test
    void shouldTakeEveryDefaultFromApplicationYaml() throws IOException {
        Binder binder = new Binder(ConfigurationPropertySources.from(
                new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"))));

        InventorySyncProperties defaults = binder.bind("atqb.sync.inventory", InventorySyncProperties.class).get();

        assertThat(defaults).isEqualTo(new InventorySyncProperties("", "UTC", 1000, 100));
        assertThat(VALIDATOR.validate(defaults)).isEmpty();
        assertThat(defaults.scheduled()).isFalse();
    }

    @Test
    void shouldNotStartWithoutASettingThatHasNoDefaultInJava() {
        context.withPropertyValues("atqb.sync.inventory.cron=", "atqb.sync.inventory.time-zone=UTC",
                        "atqb.sync.inventory.max-returned=1000")
                .run(started -> assertThat(started).hasFailed().getFailure()
                        .hasStackTraceContaining("adjustmentLinesPerRequest"));
    }

    @Test
    void shouldNotStartWithAnInvalidSetting() {
        context.withPropertyValues("atqb.sync.inventory.cron=", "atqb.sync.inventory.time-zone=UTC",
                        "atqb.sync.inventory.max-returned=0", "atqb.sync.inventory.adjustment-lines-per-request=100")
                .run(started -> assertThat(started).hasFailed().getFailure().hasStackTraceContaining("maxReturned"));
    }

    @Test
    void shouldStartWithValidSettings() {
        context.withPropertyValues("atqb.sync.inventory.cron=0 0 2 ? * SUN",
                        "atqb.sync.inventory.time-zone=Europe/Berlin", "atqb.sync.inventory.max-returned=1",
                        "atqb.sync.inventory.adjustment-lines-per-request=1")
                .run(started -> assertThat(started).hasNotFailed().getBean(InventorySyncProperties.class)
                        .satisfies(properties -> assertThat(properties.scheduled()).isTrue()));
    }

    @Test
    void shouldAcceptOneAndRefuseZeroForThePageSizeAndTheLinesPerAdjustment() {
        assertThat(violations("", "UTC", 1, 1)).isEmpty();
        assertThat(violations("", "UTC", 0, 1)).extracting(v -> v.getPropertyPath().toString())
                .containsExactly("maxReturned");
        assertThat(violations("", "UTC", 1, 0)).extracting(v -> v.getPropertyPath().toString())
                .containsExactly("adjustmentLinesPerRequest");
        assertThat(violations("", "UTC", null, 1)).isNotEmpty();
    }

    @Test
    void shouldAcceptAnEmptyOrQuartzCronAndRefuseAnythingElse() {
        assertThat(violations("", "UTC", 1000, 100)).isEmpty();
        assertThat(violations("  0 0 2 ? * SUN  ", "UTC", 1000, 100)).isEmpty();
        assertThat(violations("0 0 2 * * SUN", "UTC", 1000, 100)).isNotEmpty();
        assertThat(violations("every sunday", "UTC", 1000, 100)).isNotEmpty();
        assertThat(violations(null, "UTC", 1000, 100)).isNotEmpty();
    }

    @Test
    void shouldRefuseATimeZoneJavaDoesNotKnow() {
        assertThat(violations("", "Europe/Berlin", 1000, 100)).isEmpty();
        assertThat(violations("", "Mars/Olympus_Mons", 1000, 100)).isNotEmpty();
        assertThat(violations("", " ", 1000, 100)).isNotEmpty();
    }
}
