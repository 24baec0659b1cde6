package io.atqb.autotask;

import io.atqb.sandbox.autotask.SandboxAutotask;
import io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant;
import io.atqb.sandbox.autotask.SandboxAutotaskServer;
import io.atqb.sandbox.autotask.SandboxCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Route tests against one sandbox Autotask served over HTTP on a random loopback port for the whole test run, with
 * millisecond backoffs. The zone is found by zone discovery against the sandbox; tests that configure the zone URL
 * directly extend {@link AutotaskConfiguredZoneTestSupport}.
 */
@CamelSpringBootTest
@SpringBootTest
@ActiveProfiles("test")
abstract class AutotaskRouteTestSupport {

    static final String USERNAME = "qbsync-api@acme-msp.example";
    static final String SECRET = "Sx7-pQ2e-DO-NOT-LOG-4kLm9";
    static final String INTEGRATION_CODE = "ICODE-TOPSECRET-ZW83JQ5";
    static final SandboxAutotask SANDBOX = new SandboxAutotask(SandboxAutotaskDemoTenant.create(),
            new SandboxCredentials(USERNAME, SECRET, INTEGRATION_CODE));
    static final SandboxAutotaskServer SERVER = startServer();

    private static SandboxAutotaskServer startServer() {
        try {
            return SandboxAutotaskServer.start(SANDBOX);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void autotaskProperties(DynamicPropertyRegistry registry) {
        registry.add("autotask.zone-lookup-url", SERVER::zoneLookupUrl);
        registry.add("autotask.username", () -> USERNAME);
        registry.add("autotask.secret", () -> SECRET);
        registry.add("autotask.integration-code", () -> INTEGRATION_CODE);
        registry.add("autotask.http.read-timeout", () -> "2000");
        registry.add("autotask.retry.backoff-base", () -> "5ms");
        registry.add("autotask.retry.backoff-max", () -> "40ms");
        registry.add("autotask.retry.max-total-wait", () -> "3s");
        registry.add("autotask.retry.max-throttle-retries", () -> "6");
    }

    @Autowired
    AutotaskSnapshotService autotask;

    @BeforeEach
    void resetSandbox() {
        // a deliberately slow answer of an earlier test may still be on its way
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> SANDBOX.stats().inFlightOverall() == 0);
        SANDBOX.replaceTenant(SandboxAutotaskDemoTenant.create());
        SANDBOX.clearFaults();
        SANDBOX.setCurrentTimeframeRequestCount(0);
        SANDBOX.stats().reset();
    }
}
