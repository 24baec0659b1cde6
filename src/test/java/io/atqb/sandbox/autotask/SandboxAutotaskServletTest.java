package io.atqb.sandbox.autotask;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SandboxAutotaskServletTest {

    private final SandboxAutotaskServlet servlet = new SandboxAutotaskServlet(
            new SandboxAutotask(SandboxAutotaskDemoTenant.create(), SandboxCredentials.demo()));

    private static MockHttpServletRequest request(String method, String pathInfo) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/app/sandbox/autotask" + pathInfo);
        request.setScheme("http");
        request.setServerName("localhost");
        request.setServerPort(8080);
        request.setContextPath("/app");
        request.setServletPath("/sandbox/autotask");
        request.setPathInfo(pathInfo);
        return request;
    }

    @Test
    void shouldAnswerAZoneUrlBelowTheServletWhenHostedInAServletContainer() throws Exception {
        MockHttpServletRequest request = request("GET", "/atservicesrest/V1.0/zoneInformation");
        request.setQueryString("user=sandbox-api%40atqb.example");
        MockHttpServletResponse response = new MockHttpServletResponse();

        servlet.service(request, response);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("\"url\":\"http://localhost:8080/app/sandbox/autotask/webservices1/ATServicesRest/\"");
    }

    @Test
    void shouldServeQueriesWithCredentialsWhenPostedToTheServlet() throws Exception {
        SandboxCredentials credentials = SandboxCredentials.demo();
        MockHttpServletRequest request = request("POST", "/ATServicesRest/V1.0/InventoryLocations/query");
        request.addHeader("UserName", credentials.username());
        request.addHeader("Secret", credentials.secret());
        request.addHeader("ApiIntegrationCode", credentials.integrationCode());
        request.setContentType("application/json");
        request.setContent("{\"filter\":[{\"op\":\"eq\",\"field\":\"isActive\",\"value\":false}]}"
                .getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();

        servlet.service(request, response);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Old Depot (closed)");
    }
}
