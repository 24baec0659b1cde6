package io.atqb.sandbox;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether sandbox mode is on, and which database it uses. On while no Autotask user is configured <b>and</b> the
 * datasource is the packaged embedded default ({@value #EMBEDDED_DATABASE} under {@code atqb.data-dir});
 * {@code atqb.sandbox.enabled} ({@code ATQB_SANDBOX_ENABLED}) {@code true} or {@code false} overrides that. With the
 * default datasource the sandbox keeps its data apart in its own H2 file ({@value #SANDBOX_DATABASE} in the same
 * directory), so real mode later finds its database untouched; with a configured datasource (only when enabled
 * explicitly) it uses that one, as the operator asked.
 *
 * @param active         sandbox mode is on
 * @param ownDatabaseUrl the JDBC URL of the sandbox's own H2 file, present when it replaces the default datasource
 * @param reason         why, in words for the log
 */
public record SandboxSwitch(boolean active, Optional<String> ownDatabaseUrl, String reason) {

    /** The file name (without H2's suffix) of the packaged default database, as in application.yaml. */
    public static final String EMBEDDED_DATABASE = "atqb";
    /** The file name of the sandbox's own database, next to the default one. */
    public static final String SANDBOX_DATABASE = "atqb-sandbox";
    private static final String H2_FILE = "jdbc:h2:file:";

    /**
     * Decides from the configured values.
     *
     * @param enabled          {@code atqb.sandbox.enabled}: empty, {@code true} or {@code false}
     * @param autotaskUsername {@code autotask.username}
     * @param datasourceUrl    {@code spring.datasource.url} as resolved
     * @param dataDirectory    {@code atqb.data-dir}, the directory of the embedded default database
     * @throws IllegalArgumentException when {@code enabled} is anything else
     */
    public static SandboxSwitch decide(String enabled, String autotaskUsername, String datasourceUrl,
                                       String dataDirectory) {
        Optional<Boolean> explicit = explicit(enabled);
        Optional<String> options = embeddedDefaultOptions(datasourceUrl, dataDirectory);
        boolean credentialsMissing = autotaskUsername == null || autotaskUsername.isBlank();
        boolean active = explicit.orElse(credentialsMissing && options.isPresent());
        if (!active) {
            return new SandboxSwitch(false, Optional.empty(), offReason(explicit, credentialsMissing));
        }
        if (options.isEmpty()) {
            return new SandboxSwitch(true, Optional.empty(),
                    "ATQB_SANDBOX_ENABLED=true: the sandbox uses the configured datasource");
        }
        String own = H2_FILE + directory(dataDirectory) + "/" + SANDBOX_DATABASE + options.get();
        String reason = explicit.isPresent() ? "ATQB_SANDBOX_ENABLED=true"
                : "AUTOTASK_USERNAME is empty and the datasource is the embedded default";
        return new SandboxSwitch(true, Optional.of(own), reason);
    }

    private static Optional<Boolean> explicit(String enabled) {
        String value = enabled == null ? "" : enabled.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "" -> Optional.empty();
            case "true" -> Optional.of(Boolean.TRUE);
            case "false" -> Optional.of(Boolean.FALSE);
            default -> throw new IllegalArgumentException(
                    "atqb.sandbox.enabled (ATQB_SANDBOX_ENABLED) must be true, false or empty, was '" + enabled + "'");
        };
    }

    /**
     * The H2 options (";KEY=value..." or "") when the URL is the embedded default database in the data directory,
     * otherwise empty: a URL naming any other database is a configured one.
     */
    static Optional<String> embeddedDefaultOptions(String datasourceUrl, String dataDirectory) {
        if (datasourceUrl == null || dataDirectory == null || dataDirectory.isBlank()) {
            return Optional.empty();
        }
        String url = datasourceUrl.strip();
        String prefix = H2_FILE + directory(dataDirectory) + "/" + EMBEDDED_DATABASE;
        if (!url.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = url.substring(prefix.length());
        return rest.isEmpty() || rest.startsWith(";") ? Optional.of(rest) : Optional.empty();
    }

    private static String directory(String dataDirectory) {
        String directory = dataDirectory.strip();
        while (directory.length() > 1 && (directory.endsWith("/") || directory.endsWith("\\"))) {
            directory = directory.substring(0, directory.length() - 1);
        }
        return directory;
    }

    private static String offReason(Optional<Boolean> explicit, boolean credentialsMissing) {
        if (explicit.isPresent()) {
            return "ATQB_SANDBOX_ENABLED=false";
        }
        return credentialsMissing ? "a datasource is configured (sandbox mode only starts on the embedded default;"
                + " ATQB_SANDBOX_ENABLED=true forces it)" : "AUTOTASK_USERNAME is set";
    }
}
