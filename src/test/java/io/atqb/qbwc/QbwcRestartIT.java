package io.atqb.qbwc;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A restart of the service between two QBWC calls loses nothing (H2 file database, the default). */
class QbwcRestartIT {

    @Test
    void shouldContinueTheSessionAfterARestartBetweenTwoCalls() {
        Path file = Path.of("restart-test-" + UUID.randomUUID()).toAbsolutePath();
        RestartScenario.run(Map.of("spring.datasource.url", "jdbc:h2:file:" + file));
    }
}
