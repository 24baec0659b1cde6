package io.atqb.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.atqb.ServiceInstance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** atqb.routes-reload (on in the dev profile): a route file saved again replaces its routes in the running service. */
class RoutesReloadIT {

    @TempDir
    Path routes;

    @Test
    void shouldReplaceTheRoutesOfARouteFileWhenItIsSavedAgain() throws IOException {
        Path file = routes.resolve("custom-greeting.camel.yaml");
        Files.writeString(file, greetingRoute("hello"), StandardCharsets.UTF_8);

        try (ServiceInstance service = ServiceInstance.start(Map.of(
                "atqb.routes-dir", routes.toString(),
                "atqb.routes-reload", "true",
                "camel.main.name", "routes-reload-test"))) {
            ProducerTemplate producer = service.bean(ProducerTemplate.class);
            String before = producer.requestBody("direct:custom-greeting", "", String.class);
            Files.writeString(file, greetingRoute("hello again"), StandardCharsets.UTF_8);

            assertThat(before).isEqualTo("hello");
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                    "hello again".equals(producer.requestBody("direct:custom-greeting", "", String.class)));
            CamelContext camel = service.bean(CamelContext.class);
            assertThat(camel.getRoute("qbwc-soap")).as("the Java DSL route stays").isNotNull();
            assertThat(camel.getRoute("inventory-sync-plan")).as("the packaged routes stay").isNotNull();
        }
    }

    private static String greetingRoute(String greeting) {
        return """
                - route:
                    id: custom-greeting
                    from:
                      uri: direct:custom-greeting
                      steps:
                        - setBody:
                            constant: "%s"
                """.formatted(greeting);
    }
}
