package io.atqb.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RoutesDirEnvironmentTest {

    private static final Set<String> PACKAGED = new TreeSet<>(Set.of("a.camel.yaml", "b.camel.yaml"));
    private static final Path DIR = Path.of("/opt/atqb/routes");

    @Test
    void shouldLoadEveryPackagedFileAndTheDirectoryWhenNoNameIsShared() {
        assertThat(RoutesDirEnvironment.includePattern(DIR, PACKAGED, Set.of("custom.camel.yaml")))
                .isEqualTo("classpath:routes/a.camel.yaml,classpath:routes/b.camel.yaml,"
                        + "file:/opt/atqb/routes/*.camel.yaml");
    }

    @Test
    void shouldLeaveOutThePackagedFileTheDirectoryReplaces() {
        assertThat(RoutesDirEnvironment.includePattern(DIR, PACKAGED, Set.of("b.camel.yaml")))
                .isEqualTo("classpath:routes/a.camel.yaml,file:/opt/atqb/routes/*.camel.yaml");
    }

    @Test
    void shouldLoadOnlyTheDirectoryWhenItReplacesEveryPackagedFile() {
        assertThat(RoutesDirEnvironment.includePattern(DIR, PACKAGED, PACKAGED))
                .isEqualTo("file:/opt/atqb/routes/*.camel.yaml");
    }
}
