package io.atqb.autotask;

import java.time.Duration;

/** AutotaskProperties for plain unit tests (values like application.yaml's, with short waits). */
final class TestProperties {

    private TestProperties() {
    }

    static AutotaskProperties.Retry retry(int max5xx, int maxThrottle, long baseMillis, long maxMillis,
            long totalMillis) {
        return new AutotaskProperties.Retry(max5xx, maxThrottle, Duration.ofMillis(baseMillis),
                Duration.ofMillis(maxMillis), Duration.ofMillis(totalMillis));
    }

    static AutotaskProperties properties(String baseUrl, AutotaskProperties.Retry retry) {
        return new AutotaskProperties(baseUrl, "https://lookup.example/atservicesrest/", "user@example.com",
                "secret", "code", InventorySource.InventoryItems, 500, 200, 2, 0.8, Duration.ofHours(12), 100,
                new AutotaskProperties.Http(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)),
                retry);
    }
}
