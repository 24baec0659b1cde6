package io.atqb.sandbox.autotask;

import java.util.Objects;

/** The API user the sandbox Autotask accepts: the values of the UserName, Secret and ApiIntegrationCode headers. */
public record SandboxCredentials(String username, String secret, String integrationCode) {

    public SandboxCredentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(integrationCode, "integrationCode");
    }

    /** The demo tenant's API user. */
    public static SandboxCredentials demo() {
        return new SandboxCredentials("sandbox-api@atqb.example", "sandbox-secret", "SANDBOX0INTEGRATION0CODE000");
    }

    @Override
    public String toString() {
        return "SandboxCredentials[username=" + username + ", secret=***, integrationCode=***]";
    }
}
