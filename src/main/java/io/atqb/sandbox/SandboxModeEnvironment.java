package io.atqb.sandbox;

import io.atqb.sandbox.autotask.SandboxCredentials;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides sandbox mode ({@link SandboxSwitch}) before anything starts, once application.yaml and the environment are
 * read. In sandbox mode the datasource becomes the sandbox's own H2 file when it was the embedded default, and the
 * Autotask routes are pointed at the simulated Autotask this service hosts under {@value #PATH}, with its demo
 * credentials.
 */
public class SandboxModeEnvironment implements EnvironmentPostProcessor {

    /** Derived: "true" while sandbox mode is on. */
    public static final String ACTIVE = "atqb.sandbox.active";
    /** Derived: "true" when the sandbox runs on its own H2 file rather than a configured datasource. */
    public static final String OWN_DATABASE = "atqb.sandbox.own-database";
    public static final String PATH = "/sandbox/autotask";
    static final String PROPERTY_SOURCE = "atqbSandboxMode";

    private final Log log;

    public SandboxModeEnvironment(DeferredLogFactory logs) {
        this.log = logs.getLog(SandboxModeEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        SandboxSwitch decision = SandboxSwitch.decide(environment.getProperty("atqb.sandbox.enabled"),
                environment.getProperty("autotask.username"), environment.getProperty("spring.datasource.url"),
                environment.getProperty("atqb.data-dir"));
        log.info("Sandbox mode " + (decision.active() ? "on: " : "off: ") + decision.reason());
        Map<String, Object> derived = new HashMap<>();
        derived.put(ACTIVE, Boolean.toString(decision.active()));
        derived.put(OWN_DATABASE, Boolean.toString(decision.ownDatabaseUrl().isPresent()));
        decision.ownDatabaseUrl().ifPresent(url -> derived.put("spring.datasource.url", url));
        if (decision.active()) {
            derived.put("autotask.base-url", "http://127.0.0.1:" + environment.getProperty("server.port")
                    + PATH + "/ATServicesRest/");
            SandboxCredentials credentials = SandboxCredentials.demo();
            derived.put("autotask.username", credentials.username());
            derived.put("autotask.secret", credentials.secret());
            derived.put("autotask.integration-code", credentials.integrationCode());
        }
        // first: in sandbox mode these win over application.yaml and the environment
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, derived));
    }
}
