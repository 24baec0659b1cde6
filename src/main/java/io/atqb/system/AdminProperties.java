package io.atqb.system;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Credentials of the admin API (HTTP Basic); defaults in {@code application.yaml}.
 *
 * @param username the admin user name: not blank, no spaces
 * @param password the admin password, at most 72 bytes in UTF-8; empty means: generate one at startup and print it once
 */
@Validated
@ConfigurationProperties("atqb.admin")
public record AdminProperties(
        @NotNull @Pattern(regexp = "\\S+", message = "must be a user name without spaces") String username,
        @NotNull String password) {

    /** bcrypt, which the password is kept as, takes at most 72 bytes. */
    static final int MAX_PASSWORD_BYTES = 72;

    /** The password fits bcrypt: at most 72 bytes in UTF-8. */
    @AssertTrue(message = "atqb.admin.password must be at most 72 bytes in UTF-8 (bcrypt's limit)")
    public boolean isPasswordWithinBcryptLimit() {
        return password == null || password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
    }

    @Override
    public String toString() {
        return "AdminProperties[username=" + username + ", password=" + (password.isEmpty() ? "" : "***") + "]";
    }
}
