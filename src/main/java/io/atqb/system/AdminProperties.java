package io.atqb.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Credentials of the admin API (HTTP Basic). An empty password means: generate one at startup. */
@ConfigurationProperties("atqb.admin")
public record AdminProperties(String username, String password) {

    public AdminProperties {
        username = username == null || username.isBlank() ? "admin" : username.strip();
        password = password == null ? "" : password;
    }
}
