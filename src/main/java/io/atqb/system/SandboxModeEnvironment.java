package io.atqb.system;

import io.atqb.sandbox.autotask.SandboxCredentials;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides sandbox mode before anything starts: on while no Autotask user is configured, unless
 * {@code atqb.sandbox.enabled} says otherwise. In sandbox mode the Autotask routes are pointed at the
 * simulated Autotask this service hosts under /sandbox/autotask, with its demo credentials.
 */
public class SandboxModeEnvironment implements EnvironmentPostProcessor {

    public static final String ACTIVE = "atqb.sandbox.active";
    public static final String PATH = "/sandbox/autotask";

    public static boolean isActive(Environment environment) {
        String explicit = environment.getProperty("atqb.sandbox.enabled", "").strip();
        if (!explicit.isEmpty()) {
            return Boolean.parseBoolean(explicit);
        }
        return environment.getProperty("autotask.username", "").isBlank();
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean active = isActive(environment);
        Map<String, Object> derived = new HashMap<>();
        derived.put(ACTIVE, Boolean.toString(active));
        if (active) {
            derived.put("autotask.base-url", "http://127.0.0.1:" + environment.getProperty("server.port", "8080")
                    + PATH + "/ATServicesRest/");
            SandboxCredentials credentials = SandboxCredentials.demo();
            derived.put("autotask.username", credentials.username());
            derived.put("autotask.secret", credentials.secret());
            derived.put("autotask.integration-code", credentials.integrationCode());
        }
        // first: in sandbox mode these win over application.yaml, which leaves them empty
        environment.getPropertySources().addFirst(new MapPropertySource("atqbSandboxMode", derived));
    }
}
