package io.atqb.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** The lease settings of a transfer job's Autotask read: defaults in application.yaml, and the take-over bound at its edges. */
class PurchasingLoadPropertiesTest {

    static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    static final Validator VALIDATOR = VALIDATION.getValidator();

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    static boolean valid(Duration lease, Duration renewEvery) {
        return VALIDATOR.validate(new PurchasingLoadProperties(lease, renewEvery, true)).isEmpty();
    }

    @Test
    void shouldTakeTheDefaultsFromApplicationYaml() throws IOException {
        Binder binder = new Binder(ConfigurationPropertySources.from(
                new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"))));

        PurchasingLoadProperties defaults = binder.bind("atqb.purchasing.load", PurchasingLoadProperties.class).get();

        assertThat(defaults).isEqualTo(
                new PurchasingLoadProperties(Duration.ofSeconds(60), Duration.ofSeconds(15), true));
        assertThat(VALIDATOR.validate(defaults)).isEmpty();
    }

    @Test
    void shouldAcceptATakeOverBoundOfExactlyTwoMinutesAndRefuseOneMillisecondMore() {
        assertThat(valid(Duration.ofSeconds(90), Duration.ofSeconds(30))).isTrue();
        assertThat(valid(Duration.ofSeconds(90), Duration.ofMillis(30_001))).isFalse();
    }

    @Test
    void shouldAcceptRenewingAtExactlyHalfTheLeaseAndRefuseOneMillisecondLater() {
        assertThat(valid(Duration.ofSeconds(10), Duration.ofSeconds(5))).isTrue();
        assertThat(valid(Duration.ofSeconds(10), Duration.ofMillis(5001))).isFalse();
    }

    @Test
    void shouldRefuseMissingOrZeroDurations() {
        assertThat(valid(null, Duration.ofSeconds(5))).isFalse();
        assertThat(valid(Duration.ofSeconds(10), null)).isFalse();
        assertThat(valid(Duration.ofSeconds(10), Duration.ZERO)).isFalse();
        assertThat(valid(Duration.ofMillis(2), Duration.ofMillis(1))).isTrue();
    }
}
