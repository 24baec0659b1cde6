package io.atqb.sync;

import io.atqb.sandbox.autotask.SandboxAutotask;
import io.atqb.sandbox.autotask.SandboxAutotaskServer;
import io.atqb.sandbox.autotask.SandboxCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The simulated Autotask on a random loopback port, serving the scenario tenant, and the settings that reach it. */
final class AutotaskDouble {

    final SandboxAutotask autotask = new SandboxAutotask(SyncScenario.tenant(), SandboxCredentials.demo());
    final SandboxAutotaskServer server;

    AutotaskDouble() {
        try {
            server = SandboxAutotaskServer.start(autotask);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points the service's Autotask routes at this double with its API user. */
    void register(DynamicPropertyRegistry registry) {
        registry.add("autotask.base-url", server::zoneUrl);
        registry.add("autotask.username", () -> SandboxCredentials.demo().username());
        registry.add("autotask.secret", () -> SandboxCredentials.demo().secret());
        registry.add("autotask.integration-code", () -> SandboxCredentials.demo().integrationCode());
    }
}
