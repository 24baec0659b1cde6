package io.atqb.qbwc;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

class QbwcPropertiesTest {

    static ValidatorFactory factory;
    static Validator validator;

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidator() {
        factory.close();
    }

    @Test
    void shouldFindEveryDefaultInApplicationYaml() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"))
                .forEach(environment.getPropertySources()::addLast);

        QbwcProperties properties = Binder.get(environment).bind("atqb.qbwc", QbwcProperties.class).get();

        assertThat(properties).hasNoNullFieldsOrProperties();
        assertThat(properties.takeoverAfter()).isEqualTo(Duration.ofMinutes(2));
        assertThat(properties.minimumQbxmlVersion()).isEqualTo("7.0");
        assertThat(properties.expiryCheckInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(violations(properties)).isEmpty();
    }

    @Test
    void shouldAcceptATakeoverWindowOfExactlyThreeMinutes() {
        assertThat(violations(withTakeover(Duration.ofMinutes(3)))).isEmpty();
        assertThat(violations(withTakeover(Duration.ofMillis(1)))).isEmpty();
    }

    @Test
    void shouldRefuseATakeoverWindowJustOverThreeMinutes() {
        assertThat(violations(withTakeover(Duration.ofMinutes(3).plusMillis(1))))
                .containsExactly("atqb.qbwc.takeover-after must be above 0 and at most 3 minutes");
    }

    @Test
    void shouldRefuseAnEmptyOrNegativeTakeoverWindow() {
        assertThat(violations(withTakeover(Duration.ZERO))).hasSize(1);
        assertThat(violations(withTakeover(Duration.ofSeconds(-1)))).hasSize(1);
    }

    @Test
    void shouldRefuseAMissingValue() {
        assertThat(violations(withTakeover(null))).hasSize(1);
        assertThat(violations(new QbwcProperties(Duration.ofMinutes(30), Duration.ofMinutes(2), Duration.ofMinutes(1),
                16_777_216L, 262_144, 500, "13.0", null))).hasSize(1);
    }

    @Test
    void shouldRefuseQbxmlVersionsAbove13OrBelowTheMinimumOrMalformed() {
        assertThat(violations(withVersions("13.1", "7.0"))).hasSize(1);
        assertThat(violations(withVersions("6.0", "7.0"))).hasSize(1);
        assertThat(violations(withVersions("UK13.0", "7.0"))).hasSize(1);
        assertThat(violations(withVersions("7.0", "7.0"))).isEmpty();
    }

    @Test
    void shouldRefuseBoundsThatCannotHoldOneRequest() {
        assertThat(violations(new QbwcProperties(Duration.ofMinutes(30), Duration.ofMinutes(2), Duration.ofMinutes(1),
                16_777_216L, 262_144, 0, "13.0", "7.0"))).hasSize(1);
        assertThat(violations(new QbwcProperties(Duration.ofMinutes(30), Duration.ofMinutes(2), Duration.ofMinutes(1),
                16_777_216L, 100, 500, "13.0", "7.0"))).hasSize(1);
    }

    @Test
    void shouldRefuseAnEmptySessionTimeout() {
        assertThat(violations(new QbwcProperties(Duration.ZERO, Duration.ofMinutes(2), Duration.ofMinutes(1),
                16_777_216L, 262_144, 500, "13.0", "7.0"))).hasSize(1);
    }

    private static QbwcProperties withTakeover(Duration takeover) {
        return new QbwcProperties(Duration.ofMinutes(30), takeover, Duration.ofMinutes(1), 16_777_216L, 262_144, 500,
                "13.0", "7.0");
    }

    private static QbwcProperties withVersions(String highest, String minimum) {
        return new QbwcProperties(Duration.ofMinutes(30), Duration.ofMinutes(2), Duration.ofMinutes(1), 16_777_216L,
                262_144, 500, highest, minimum);
    }

    private static Set<String> violations(QbwcProperties properties) {
        return validator.validate(properties).stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
    }
}
