package io.atqb.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The post-processor on the packaged application.yaml, with what an operator sets on top of it. */
class SandboxModeEnvironmentTest {

    @Test
    void shouldMoveThePackagedDefaultDatabaseToTheSandboxFileInTheDataDirectory() throws IOException {
        StandardEnvironment environment = environment(Map.of("atqb.data-dir", "/var/lib/atqb"));

        assertThat(environment.getProperty(SandboxModeEnvironment.ACTIVE)).isEqualTo("true");
        assertThat(environment.getProperty(SandboxModeEnvironment.OWN_DATABASE)).isEqualTo("true");
        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:h2:file:/var/lib/atqb/atqb-sandbox");
        assertThat(environment.getProperty("autotask.base-url"))
                .isEqualTo("http://127.0.0.1:8080/sandbox/autotask/ATServicesRest/");
        assertThat(environment.getProperty("autotask.username")).isNotBlank();
    }

    @Test
    void shouldLeaveAConfiguredDatasourceAndTheAutotaskSettingsAloneWhenOff() throws IOException {
        StandardEnvironment environment = environment(Map.of("spring.datasource.url", "jdbc:h2:file:/srv/other"));

        assertThat(environment.getProperty(SandboxModeEnvironment.ACTIVE)).isEqualTo("false");
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:file:/srv/other");
        assertThat(environment.getProperty("autotask.base-url")).isEmpty();
        assertThat(environment.getProperty("autotask.username")).isEmpty();
    }

    @Test
    void shouldKeepTheDefaultDatabaseForRealMode() throws IOException {
        StandardEnvironment environment = environment(Map.of("autotask.username", "api@example.com"));

        assertThat(environment.getProperty(SandboxModeEnvironment.ACTIVE)).isEqualTo("false");
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:file:./data/atqb");
        assertThat(environment.getProperty("autotask.username")).isEqualTo("api@example.com");
    }

    @Test
    void shouldRunOnAConfiguredDatasourceOnlyWhenEnabledExplicitly() throws IOException {
        StandardEnvironment environment = environment(Map.of("spring.datasource.url", "jdbc:h2:file:/srv/other",
                "atqb.sandbox.enabled", "true"));

        assertThat(environment.getProperty(SandboxModeEnvironment.ACTIVE)).isEqualTo("true");
        assertThat(environment.getProperty(SandboxModeEnvironment.OWN_DATABASE)).isEqualTo("false");
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:file:/srv/other");
    }

    private static StandardEnvironment environment(Map<String, Object> operator) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("operator", new LinkedHashMap<>(operator)));
        List<PropertySource<?>> packaged = new YamlPropertySourceLoader()
                .load("packaged", new ClassPathResource("application.yaml"));
        packaged.forEach(environment.getPropertySources()::addLast);
        new SandboxModeEnvironment(new DeferredLogs()).postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
