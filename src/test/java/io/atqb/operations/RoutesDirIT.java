package io.atqb.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atqb.AdminApi;
import io.atqb.ServiceInstance;
import io.atqb.sandbox.autotask.SandboxAutotask;
import io.atqb.sandbox.autotask.SandboxAutotaskServer;
import io.atqb.sandbox.autotask.SandboxCredentials;
import io.atqb.sandbox.autotask.SandboxTenant;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import io.atqb.sandbox.webconnector.SandboxWebConnector;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * ATQB_ROUTES_DIR on a whole service: a route file there named like a packaged one replaces it and changes what a
 * sync does; a route file with a mistake stops the start with its name and line.
 */
class RoutesDirIT {

    static final SandboxAutotask AUTOTASK = new SandboxAutotask(tenant(), SandboxCredentials.demo());
    static final SandboxAutotaskServer SERVER = start();

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void shouldPlanEveryProductWithThePackagedRoutes() {
        SandboxCompanyFile company = SandboxCompanyFile.withStandardAccounts("Test Company");

        String outcome = syncWith(settings(), company);

        assertThat(outcome).isEqualTo("Inventory sync: 0 adjusted, 3 created, 0 unchanged, 0 not synced, 0 failed");
        assertThat(company.findItem("Demo Widget")).isPresent();
    }

    @Test
    void shouldLetAPlanFileInTheRoutesDirReplaceThePackagedOneAndLeaveDemoProductsOut() {
        SandboxCompanyFile company = SandboxCompanyFile.withStandardAccounts("Test Company");
        Map<String, String> settings = settings();
        settings.put("atqb.routes-dir", resourceDir("operations/routes-dir").toString());

        String outcome = syncWith(settings, company);

        assertThat(outcome).isEqualTo("Inventory sync: 0 adjusted, 2 created, 0 unchanged, 0 not synced, 0 failed");
        assertThat(company.findItem("Demo Widget")).isEmpty();
        assertThat(company.findItem("Cable Cat6 3m")).isPresent();
    }

    @Test
    void shouldFailTheStartNamingTheBrokenRouteFileAndItsLine() {
        Map<String, String> settings = settings();
        settings.put("atqb.routes-dir", resourceDir("operations/broken-routes-dir").toString());

        assertThatThrownBy(() -> ServiceInstance.start(settings).close())
                .satisfies(failure -> assertThat(messages(failure))
                        .contains("custom-broken.camel.yaml").containsPattern("line \\d+"));
    }

    @Test
    void shouldFailTheStartWhenTheRoutesDirIsMissing() {
        Map<String, String> settings = settings();
        settings.put("atqb.routes-dir", "no-such-routes-dir");

        assertThatThrownBy(() -> ServiceInstance.start(settings).close())
                .satisfies(failure -> assertThat(messages(failure))
                        .contains("ATQB_ROUTES_DIR (atqb.routes-dir) is not a directory").contains("no-such-routes-dir"));
    }

    private static String syncWith(Map<String, String> settings, SandboxCompanyFile company) {
        try (ServiceInstance service = ServiceInstance.start(settings)) {
            AdminApi api = new AdminApi(service.port());
            HttpResponse<String> created = api.post("/api/connectors", "{\"name\":\"Main company\",\"username\":"
                    + "\"qb-main\",\"password\":\"qbwc-password\",\"companyFile\":\"C:\\\\QB\\\\main.qbw\"}");
            assertThat(created.statusCode()).isEqualTo(201);
            String id = created.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1");
            assertThat(api.patch("/api/connectors/" + id, "{\"syncInventoryNext\":true}").statusCode()).isEqualTo(200);
            return SandboxWebConnector.builder()
                    .endpoint(URI.create("http://127.0.0.1:" + service.port() + "/qbwc"))
                    .username("qb-main").password("qbwc-password").companyFilePath("C:\\QB\\main.qbw")
                    .company(company).noOpDelay(Duration.ofMillis(50)).maxNoOps(400).build()
                    .runSession().closeMessage();
        }
    }

    private static Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("autotask.base-url", SERVER.zoneUrl());
        settings.put("autotask.username", SandboxCredentials.demo().username());
        settings.put("autotask.secret", SandboxCredentials.demo().secret());
        settings.put("autotask.integration-code", SandboxCredentials.demo().integrationCode());
        settings.put("camel.main.name", "routes-dir-test");
        return settings;
    }

    private static String messages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            text.append(cause.getMessage()).append('\n');
        }
        return text.toString();
    }

    private static Path resourceDir(String name) {
        try {
            return Path.of(RoutesDirIT.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static SandboxTenant tenant() {
        return SandboxTenant.builder()
                .location(1, "Main Warehouse", true)
                .product(11, "Cable Cat6 3m", true)
                .product(12, "Demo Widget", true)
                .product(13, "Toner 12A", true)
                .stock(11, 1, 12)
                .stock(12, 1, 4)
                .stock(13, 1, 7)
                .build();
    }

    private static SandboxAutotaskServer start() {
        try {
            return SandboxAutotaskServer.start(AUTOTASK);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
