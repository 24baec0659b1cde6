package io.atqb.autotask;

import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.transferredPurchaseOrders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.atqb.sandbox.autotask.SandboxFault;
import io.atqb.sandbox.autotask.SandboxRecordedRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class AutotaskZoneDiscoveryRouteTest extends AutotaskRouteTestSupport {

    private static final SnapshotRequest DEMO = new SnapshotRequest(transferredPurchaseOrders());

    @Autowired
    AutotaskZone zone;

    @BeforeEach
    void forgetTheZone() {
        zone.invalidate(null);
    }

    private List<SandboxRecordedRequest> apiRequests() {
        return SANDBOX.stats().requests().stream()
                .filter(r -> r.endpoint() != null && !r.endpoint().equals("zoneInformation")
                        && !r.endpoint().equals("versioninformation"))
                .toList();
    }

    @Test
    void shouldDiscoverTheZoneOnceAndReuseItWhenPullingTwice(CapturedOutput output) {
        AutotaskSnapshot first = autotask.pull(DEMO);
        AutotaskSnapshot second = autotask.pull(DEMO);

        assertThat(SANDBOX.stats().calls("versioninformation")).isEqualTo(1);
        assertThat(SANDBOX.stats().calls("zoneInformation")).isEqualTo(1);
        assertThat(first.statistics().calls("zoneInformation")).isEqualTo(1);
        assertThat(first.statistics().calls()).isEqualTo(7 + 2);
        assertThat(second.statistics().calls()).isEqualTo(7);
        String zonePath = "/" + SANDBOX.currentZoneSegment() + "/ATServicesRest/V1.0/";
        assertThat(apiRequests()).hasSize(14).allSatisfy(r -> assertThat(r.path()).startsWith(zonePath));
        SandboxRecordedRequest lookup = SANDBOX.stats().requests().stream()
                .filter(r -> "zoneInformation".equals(r.endpoint())).findFirst().orElseThrow();
        assertThat(lookup.headerNames()).doesNotContain("secret", "username", "apiintegrationcode");
        assertThat(output.getAll()).contains("Autotask zone discovered: " + SERVER.baseUrl()
                + SANDBOX.currentZoneSegment() + "/ATServicesRest/");
        assertThat(output.getAll()).doesNotContain(USERNAME, SECRET, INTEGRATION_CODE);
    }

    @Test
    void shouldDiscoverTheZoneAgainOnceWhenAutotaskAnswers401() {
        autotask.pull(DEMO);
        String oldZone = SANDBOX.currentZoneSegment();
        SANDBOX.moveToNextZone();

        AutotaskSnapshot afterMove = autotask.pull(DEMO);

        assertThat(SANDBOX.stats().calls("zoneInformation")).isEqualTo(2);
        assertThat(afterMove.statistics().retries()).isEqualTo(1);
        List<SandboxRecordedRequest> requests = apiRequests();
        assertThat(requests.stream().filter(r -> r.status() == 401)).hasSize(1)
                .allSatisfy(r -> assertThat(r.path()).startsWith("/" + oldZone + "/"));
        assertThat(requests.subList(requests.size() - 7, requests.size()))
                .allSatisfy(r -> assertThat(r.path()).startsWith("/" + SANDBOX.currentZoneSegment() + "/"));
        assertThat(afterMove.products()).hasSize(12);
    }

    @Test
    void shouldGiveUpWhenAutotaskStillAnswers401AfterRediscovery() {
        SANDBOX.injectFault(SandboxFault.error(401, "Unauthorized").forEntity("ThresholdInformation").times(2));

        Throwable failure = catchThrowable(() -> autotask.pull(DEMO));

        assertThat(failure).isInstanceOf(AutotaskException.class).hasMessage("Autotask rejected the API credentials "
                + "(HTTP 401) for V1.0/ThresholdInformation; check autotask.username and autotask.secret (still "
                + "rejected after discovering the zone again)");
        assertThat(SANDBOX.stats().calls("zoneInformation")).isEqualTo(2);
        assertThat(SANDBOX.stats().calls("ThresholdInformation")).isEqualTo(2);
    }

    @Test
    void shouldFailClearlyWithoutRetryWhenZoneDiscoveryFindsNoZone() {
        SANDBOX.injectFault(SandboxFault.error(500, "Zone information could not be determined")
                .forEntity("zoneInformation"));

        Throwable failure = catchThrowable(() -> autotask.pull(DEMO));

        assertThat(failure).isInstanceOf(AutotaskException.class).hasMessage("Autotask zone discovery found no zone "
                + "for the configured user (HTTP 500: Zone information could not be determined); check "
                + "autotask.username or set autotask.base-url");
        assertThat(SANDBOX.stats().calls("zoneInformation")).isEqualTo(1);
        assertThat(SANDBOX.stats().calls("ThresholdInformation")).isZero();
    }

    @Test
    void shouldRetryZoneDiscoveryWhenTheLookupAnswers503() {
        SANDBOX.injectFault(SandboxFault.error(503, "Service Unavailable").forEntity("versioninformation"));

        AutotaskSnapshot snapshot = autotask.pull(DEMO);

        assertThat(SANDBOX.stats().calls("versioninformation")).isEqualTo(2);
        assertThat(snapshot.statistics().retries()).isEqualTo(1);
    }

    @Test
    void shouldGoOnWithV1WithoutRetryWhenVersionInformationIsNotJson(CapturedOutput output) {
        SANDBOX.injectFault(SandboxFault.malformedJson().forEntity("versioninformation"));

        AutotaskSnapshot snapshot = autotask.pull(DEMO);

        assertThat(snapshot.products()).hasSize(12);
        assertThat(SANDBOX.stats().calls("versioninformation")).isEqualTo(1);
        assertThat(snapshot.statistics().retries()).isZero();
        assertThat(output.getAll()).contains("Autotask versioninformation answered something unreadable")
                .contains("going on with V1.0");
    }
}
