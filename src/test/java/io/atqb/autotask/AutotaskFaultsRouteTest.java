package io.atqb.autotask;

import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.WIDGET_KIT;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.transferredPurchaseOrders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atqb.sandbox.autotask.SandboxAutotaskSyntheticTenant;
import io.atqb.sandbox.autotask.SandboxFault;
import io.atqb.sandbox.autotask.SandboxTenant;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class AutotaskFaultsRouteTest extends AutotaskConfiguredZoneTestSupport {

    private static final SnapshotRequest DEMO = new SnapshotRequest(transferredPurchaseOrders());

    @Autowired
    ProducerTemplate producer;

    private AutotaskException pullFails() {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> autotask.pull(DEMO));
        assertThat(thrown).isInstanceOf(AutotaskException.class);
        return (AutotaskException) thrown;
    }

    private static long millisSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }

    @Test
    void shouldWaitRetryAfterSecondsWhenThrottled() {
        SANDBOX.injectFault(SandboxFault.throttled("1").forEntity("Products"));
        long start = System.nanoTime();

        AutotaskSnapshot snapshot = autotask.pull(DEMO);

        assertThat(millisSince(start)).isGreaterThanOrEqualTo(950);
        assertThat(SANDBOX.stats().calls("Products")).isEqualTo(2);
        assertThat(snapshot.statistics().retries()).isEqualTo(1);
        assertThat(snapshot.products()).hasSize(12);
    }

    @Test
    void shouldWaitUntilTheRetryAfterDateWhenThrottledWithAnHttpDate() {
        Instant retryAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        String httpDate = DateTimeFormatter.RFC_1123_DATE_TIME.format(retryAt.atZone(ZoneOffset.UTC));
        SANDBOX.injectFault(SandboxFault.throttled(httpDate).forEntity("InventoryItems"));

        AutotaskSnapshot snapshot = autotask.pull(DEMO);

        assertThat(Instant.now()).isAfterOrEqualTo(retryAt.minusMillis(50));
        assertThat(SANDBOX.stats().calls("InventoryItems")).isEqualTo(2);
        assertThat(snapshot.totalOnHand(WIDGET_KIT)).isEqualTo(30);
    }

    @Test
    void shouldBackOffAndRetryWhenThrottledWithoutRetryAfterOrAtTheThreadThreshold() {
        SANDBOX.injectFault(SandboxFault.throttled(null).forEntity("Products").times(2));
        SANDBOX.injectFault(SandboxFault.threadThreshold(500).forEntity("InventoryLocations"));
        SANDBOX.injectFault(SandboxFault.threadThreshold(429).forEntity("ThresholdInformation"));

        AutotaskSnapshot snapshot = autotask.pull(DEMO);

        assertThat(SANDBOX.stats().calls("Products")).isEqualTo(3);
        assertThat(SANDBOX.stats().calls("InventoryLocations")).isEqualTo(2);
        assertThat(SANDBOX.stats().calls("ThresholdInformation")).isEqualTo(2);
        assertThat(snapshot.statistics().retries()).isEqualTo(4);
        assertThat(snapshot.statistics().calls()).isEqualTo(7 + 4);
    }

    @Test
    void shouldGiveUpAfterTheMaximumThrottleRetries() {
        SANDBOX.injectFault(SandboxFault.throttled(null).forEntity("PurchaseOrders").times(50));

        AutotaskException failure = pullFails();

        assertThat(failure.getMessage()).contains("HTTP 429").contains("V1.0/PurchaseOrders/query")
                .contains("gave up after 6 retries");
        assertThat(failure.entity()).isEqualTo("PurchaseOrders");
        assertThat(SANDBOX.stats().calls("PurchaseOrders")).isEqualTo(7);
    }

    @Test
    void shouldGiveUpAtOnceWhenRetryAfterIsBeyondTheTotalWaitCap() {
        SANDBOX.injectFault(SandboxFault.throttled("30").forEntity("Products"));
        long start = System.nanoTime();

        AutotaskException failure = pullFails();

        assertThat(millisSince(start)).isLessThan(2_000);
        assertThat(failure.getMessage()).contains("asked to wait 30.0 s").contains("autotask.retry.max-total-wait");
        assertThat(SANDBOX.stats().calls("Products")).isEqualTo(1);
    }

    @Test
    void shouldRetryServerErrorsUntilAutotaskAnswers() {
        SANDBOX.injectFault(SandboxFault.error(503, "Service Unavailable").forEntity("PurchaseOrderItems").times(2));

        AutotaskSnapshot snapshot = autotask.pull(DEMO);

        assertThat(SANDBOX.stats().calls("PurchaseOrderItems")).isEqualTo(3);
        assertThat(snapshot.ledgerReceipts()).hasSize(3);
    }

    @Test
    void shouldRetryServerErrorsAtMostThreeTimes() {
        SANDBOX.injectFault(SandboxFault.error(500, "An unexpected error occurred.").forEntity("Products").times(10));

        AutotaskException failure = pullFails();

        assertThat(SANDBOX.stats().calls("Products")).isEqualTo(4);
        assertThat(failure).isInstanceOf(AutotaskCallException.class);
        assertThat(((AutotaskCallException) failure).status()).isEqualTo(500);
        assertThat(failure.getMessage()).isEqualTo("Autotask answered HTTP 500 to V1.0/Products/query (page after id 0):"
                + " An unexpected error occurred. (gave up after 3 retries (autotask.retry.max-5xx-retries))");
    }

    @Test
    void shouldNotRetryValidationOrPermissionErrors() {
        SANDBOX.injectFault(SandboxFault.error(500, "Unable to find quantityOnHnd in the InventoryItem Entity.")
                .forEntity("InventoryItems"));
        AutotaskException validation = pullFails();
        SANDBOX.injectFault(SandboxFault.error(500, "The logged in Resource does not have the adequate permissions")
                .forEntity("Products"));
        AutotaskException permission = pullFails();

        assertThat(validation.getMessage()).isEqualTo("Autotask answered HTTP 500 to V1.0/InventoryItems/query "
                + "(page after id 0): Unable to find quantityOnHnd in the InventoryItem Entity.");
        assertThat(permission.getMessage()).contains("adequate permissions");
        assertThat(SANDBOX.stats().calls("InventoryItems")).isEqualTo(1);
        assertThat(SANDBOX.stats().calls("Products")).isEqualTo(2);
    }

    @Test
    void shouldFailWithoutRetryWhenA200AnswerCarriesErrors() {
        SANDBOX.injectFault(SandboxFault.errorsInOk("Query failed on the server.").forEntity("PurchaseOrders"));
        AutotaskException strings = pullFails();
        SANDBOX.injectFault(SandboxFault.errorObjectsInOk("Invalid paging state").forEntity("InventoryLocations"));
        AutotaskException objects = pullFails();

        assertThat(strings.getMessage()).isEqualTo("Autotask answered V1.0/PurchaseOrders/query (page after id 0) "
                + "with errors (HTTP 200): Query failed on the server.");
        assertThat(objects.getMessage()).contains("Invalid paging state (field id)");
        assertThat(SANDBOX.stats().calls("PurchaseOrders")).isEqualTo(1);
    }

    @Test
    void shouldNameTheEntityAndPageWhenTheAnswerIsMalformedJson() {
        SandboxTenant tenant = new SandboxAutotaskSyntheticTenant(700, 1, 700, 0, 0, Instant.EPOCH).generate()
                .tenant();
        SANDBOX.replaceTenant(tenant);
        SANDBOX.injectFault(SandboxFault.malformedJson().forEntity("Products").afterCalls(1));

        AutotaskException failure = pullFails();

        assertThat(failure.getMessage()).startsWith("Autotask answered malformed JSON to V1.0/Products/query (page "
                + "after id " + (SandboxAutotaskSyntheticTenant.PRODUCT_ID_BASE + 499) + "): ");
        assertThat(failure.entity()).isEqualTo("Products");
        assertThat(SANDBOX.stats().calls("Products")).isEqualTo(2);
    }

    @Test
    void shouldNameEntityRowAndFieldWhenAFieldIsMissing() {
        SANDBOX.injectFault(SandboxFault.omitField("productID").forEntity("InventoryItems"));

        AutotaskException failure = pullFails();

        assertThat(failure.getMessage()).isEqualTo("Autotask InventoryItems 5001: field productID is missing from the "
                + "answer");
        assertThat(failure.recordId()).isEqualTo(5001L);
    }

    @Test
    void shouldNameTheRowWhenItReferencesAnUnknownProductOrLocation() {
        SANDBOX.replaceTenant(SandboxTenant.builder().stockIdBases(800, 900)
                .location(1, "Main", true).product(10, "Known", true)
                .stock(10, 1, 5).stock(999, 1, 2).build());
        AutotaskException product = pullFails();
        SANDBOX.replaceTenant(SandboxTenant.builder().stockIdBases(800, 900)
                .location(1, "Main", true).product(10, "Known", true)
                .stock(10, 1, 5).stock(10, 77, 2).build());
        AutotaskException location = pullFails();

        assertThat(product.getMessage()).isEqualTo("Autotask InventoryItems 801 references unknown product 999 "
                + "(productID; not among the 1 products read)");
        assertThat(location.getMessage()).startsWith("Autotask InventoryItems 801 references unknown inventory "
                + "location 77");
    }

    @Test
    void shouldRetryACallWhenTheAnswerTakesLongerThanTheReadTimeout() {
        SANDBOX.injectFault(SandboxFault.slow(Duration.ofMillis(2_600)).forEntity("InventoryLocations"));

        AutotaskSnapshot snapshot = autotask.pull(DEMO);

        assertThat(SANDBOX.stats().calls("InventoryLocations")).isEqualTo(2);
        assertThat(snapshot.statistics().retries()).isEqualTo(1);
        assertThat(snapshot.locations()).hasSize(4);
    }

    @Test
    void shouldFailWithoutRetryWhenCredentialsAreRejectedAndTheZoneIsConfigured() {
        SANDBOX.injectFault(SandboxFault.error(401, "Unauthorized").forEntity("ThresholdInformation"));

        AutotaskException failure = pullFails();

        assertThat(failure.getMessage()).isEqualTo("Autotask rejected the API credentials (HTTP 401) for "
                + "V1.0/ThresholdInformation; check autotask.username and autotask.secret");
        assertThat(SANDBOX.stats().totalCalls()).isEqualTo(1);
    }

    @Test
    void shouldProduceNoSnapshotAtAllWhenAPageFailsHalfwayAndAFullOneAfterwards() {
        SANDBOX.replaceTenant(new SandboxAutotaskSyntheticTenant(400, 5, 1800, 0, 0, Instant.EPOCH).generate()
                .tenant());
        SANDBOX.injectFault(SandboxFault.error(500, "Invalid page request.").forEntity("InventoryItems")
                .afterCalls(2));

        Exchange failed = producer.request(AutotaskRouteIds.SNAPSHOT_ENDPOINT,
                exchange -> exchange.getIn().setBody(SnapshotRequest.withoutLedger()));

        assertThat(failed.getException()).isInstanceOf(AutotaskCallException.class)
                .hasMessageContaining("page after id " + (SandboxAutotaskSyntheticTenant.INVENTORY_ITEM_ID_BASE + 999));
        assertThat(failed.getMessage().getBody()).isNotInstanceOf(AutotaskSnapshot.class);
        assertThat(SANDBOX.stats().calls("InventoryItems")).isEqualTo(3);

        AutotaskSnapshot complete = autotask.pull(SnapshotRequest.withoutLedger());
        assertThat(complete.onHandEntryCount()).isEqualTo(1800);
        assertThat(complete.statistics().rows("InventoryItems")).isEqualTo(1800);
    }

    @Test
    void shouldNeverShowCredentialsInLogsOrExceptionsWhenCallsFail(CapturedOutput output) {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.setLogLevel("org.apache.camel", LogLevel.DEBUG);
        logging.setLogLevel("io.atqb", LogLevel.DEBUG);
        List<Throwable> failures = new ArrayList<>();
        try {
            SANDBOX.injectFault(SandboxFault.throttled(null).forEntity("Products"));
            autotask.pull(DEMO);
            SANDBOX.injectFault(SandboxFault.error(401, "Unauthorized"));
            failures.add(pullFails());
            SANDBOX.injectFault(SandboxFault.error(500, "IntegrationCode is invalid.").forEntity("Products"));
            failures.add(pullFails());
            SANDBOX.injectFault(SandboxFault.malformedJson().forEntity("InventoryItems"));
            failures.add(pullFails());
            failures.add(org.assertj.core.api.Assertions.catchThrowable(() -> producer.requestBody(
                    AutotaskRouteIds.SNAPSHOT_ENDPOINT, "not a snapshot request")));
        } finally {
            logging.setLogLevel("org.apache.camel", null);
            logging.setLogLevel("io.atqb", null);
        }

        StringWriter traces = new StringWriter();
        for (Throwable failure : failures) {
            failure.printStackTrace(new PrintWriter(traces));
        }
        assertThat(output.getAll()).contains("HTTP 429", "HTTP 401", "IntegrationCode is invalid",
                "malformed JSON", "Autotask pull failed");
        assertThat(traces.toString()).contains("AutotaskCallException");
        for (String credential : List.of(SECRET, INTEGRATION_CODE, USERNAME)) {
            assertThat(output.getAll()).doesNotContain(credential);
            assertThat(traces.toString()).doesNotContain(credential);
        }
        assertThat(SANDBOX.stats().requests()).allSatisfy(request -> {
            assertThat(request.path()).doesNotContain(SECRET, INTEGRATION_CODE, USERNAME);
            assertThat(request.rawQuery()).isNull();
        });
    }
}
