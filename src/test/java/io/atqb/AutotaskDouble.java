package io.atqb;

import io.atqb.sandbox.autotask.SandboxAutotask;
import io.atqb.sandbox.autotask.SandboxAutotaskServer;
import io.atqb.sandbox.autotask.SandboxCredentials;
import io.atqb.sandbox.autotask.SandboxTenant;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The simulated Autotask on a random loopback port, serving a test's tenant, and the settings that reach it. */
public final class AutotaskDouble {

    public final SandboxAutotask autotask;
    public final SandboxAutotaskServer server;

    public AutotaskDouble(SandboxTenant tenant) {
        autotask = new SandboxAutotask(tenant, SandboxCredentials.demo());
        try {
            server = SandboxAutotaskServer.start(autotask);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points the service's Autotask routes at this double with its API user. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("autotask.base-url", server::zoneUrl);
        registry.add("autotask.username", () -> SandboxCredentials.demo().username());
        registry.add("autotask.secret", () -> SandboxCredentials.demo().secret());
        registry.add("autotask.integration-code", () -> SandboxCredentials.demo().integrationCode());
    }
}
