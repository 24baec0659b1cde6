package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** The settings of the background removal of finished runs' rows: defaults in application.yaml, limits at edges. */
class InventorySyncCleanupPropertiesTest {

    static boolean valid(Duration every, int batchRows) {
        return InventorySyncLoadPropertiesTest.VALIDATOR
                .validate(new InventorySyncCleanupProperties(every, batchRows)).isEmpty();
    }

    @Test
    void shouldTakeTheDefaultsFromApplicationYaml() throws IOException {
        Binder binder = new Binder(ConfigurationPropertySources.from(
                new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"))));

        InventorySyncCleanupProperties defaults =
                binder.bind("atqb.sync.cleanup", InventorySyncCleanupProperties.class).get();

        assertThat(defaults).isEqualTo(new InventorySyncCleanupProperties(Duration.ofSeconds(5), 5000));
        assertThat(valid(defaults.every(), defaults.batchRows())).isTrue();
    }

    @Test
    void shouldAcceptOneMillisecondAndRefuseZeroNegativeOrMissingIntervals() {
        assertThat(valid(Duration.ofMillis(1), 1)).isTrue();
        assertThat(valid(Duration.ZERO, 1)).isFalse();
        assertThat(valid(Duration.ofMillis(-1), 1)).isFalse();
        assertThat(valid(null, 1)).isFalse();
    }

    @Test
    void shouldAcceptBatchesOfOneTo100000Rows() {
        assertThat(valid(Duration.ofSeconds(5), 1)).isTrue();
        assertThat(valid(Duration.ofSeconds(5), 100_000)).isTrue();
        assertThat(valid(Duration.ofSeconds(5), 0)).isFalse();
        assertThat(valid(Duration.ofSeconds(5), -1)).isFalse();
        assertThat(valid(Duration.ofSeconds(5), 100_001)).isFalse();
    }
}
