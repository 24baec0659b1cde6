package io.atqb.connector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.AdminApi;
import io.atqb.ServiceTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/** The connector admin API over real HTTP, on a fresh database. */
@ServiceTest
@DirtiesContext
class WebConnectorApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    final ObjectMapper json = new ObjectMapper();
    AdminApi api;

    @BeforeEach
    void setUp() {
        api = new AdminApi(port);
    }

    @Test
    void shouldAnswer401WithoutAdminCredentials() {
        HttpResponse<String> response = api.getAnonymous("/api/connectors");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void shouldCreateTheFirstConnectorAsDefaultAndStoreOnlyAPasswordHash() throws Exception {
        HttpResponse<String> first = api.post("/api/connectors",
                "{\"name\":\"Main office\",\"username\":\"qb-main\",\"password\":\"s3cret-pass\",\"companyFile\":\"C:\\\\QB\\\\acme.qbw\"}");
        HttpResponse<String> second = api.post("/api/connectors",
                "{\"name\":\"Branch\",\"username\":\"qb-branch\",\"password\":\"an0ther-pass\",\"runEveryMinutes\":5,"
                        + "\"accounts\":{\"adjustment\":\"Shrinkage\"}}");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        JsonNode a = json.readTree(first.body());
        JsonNode b = json.readTree(second.body());
        assertThat(a.get("default").asBoolean()).isTrue();
        assertThat(b.get("default").asBoolean()).isFalse();
        assertThat(a.get("companyFile").asText()).isEqualTo("C:\\QB\\acme.qbw");
        assertThat(a.get("runEveryMinutes").asInt()).isEqualTo(15);
        assertThat(a.get("syncInventoryNext").asBoolean()).isFalse();
        assertThat(a.get("lastInventorySync").isNull()).isTrue();
        assertThat(a.get("accounts").get("income").asText()).isEqualTo("Autotask Other");
        assertThat(b.get("accounts").get("adjustment").asText()).isEqualTo("Shrinkage");
        assertThat(b.get("accounts").get("cogs").asText()).isEqualTo("Cost of Goods Sold");
        assertThat(first.body()).doesNotContain("s3cret-pass").doesNotContainIgnoringCase("password");
        String hash = jdbc.sql("SELECT password_hash FROM web_connector WHERE username = 'qb-main'")
                .query(String.class).single();
        assertThat(hash).startsWith("$2").doesNotContain("s3cret-pass");

        JsonNode listed = json.readTree(api.get("/api/connectors").body());
        assertThat(listed).hasSize(2);
        assertThat(api.get("/api/connectors/" + a.get("id").asLong()).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/connectors/999999").statusCode()).isEqualTo(404);

        // a duplicate username (compared without regard to case) is a conflict
        HttpResponse<String> duplicate = api.post("/api/connectors",
                "{\"name\":\"Again\",\"username\":\"QB-Main\",\"password\":\"whatever-1\"}");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(json.readTree(duplicate.body()).get("message").asText()).contains("QB-Main");

        // arming works on the default connector only
        long defaultId = a.get("id").asLong();
        long otherId = b.get("id").asLong();
        HttpResponse<String> notDefault = api.patch("/api/connectors/" + otherId, "{\"syncInventoryNext\":true}");
        assertThat(notDefault.statusCode()).isEqualTo(409);
        assertThat(json.readTree(notDefault.body()).get("message").asText()).contains("default");
        HttpResponse<String> armed = api.patch("/api/connectors/" + defaultId, "{\"syncInventoryNext\":true,\"runEveryMinutes\":30}");
        assertThat(armed.statusCode()).isEqualTo(200);
        assertThat(json.readTree(armed.body()).get("syncInventoryNext").asBoolean()).isTrue();
        assertThat(json.readTree(armed.body()).get("runEveryMinutes").asInt()).isEqualTo(30);
        assertThat(json.readTree(armed.body()).get("name").asText()).isEqualTo("Main office");
    }

    @Test
    void shouldAnswer400NamingTheFieldForInvalidInput() throws Exception {
        assertInvalid("{\"username\":\"u1\",\"password\":\"long-enough\"}", "name");
        assertInvalid("{\"name\":\"n\",\"password\":\"long-enough\"}", "username");
        assertInvalid("{\"name\":\"n\",\"username\":\"u1\",\"password\":\"short\"}", "password");
        assertInvalid("{\"name\":\"n\",\"username\":\"u1\",\"password\":\"long-enough\",\"runEveryMinutes\":0}", "runEveryMinutes");
        assertInvalid("{\"name\":\"n\",\"username\":\"u1\",\"password\":\"long-enough\",\"runEveryMinutes\":\"often\"}", "runEveryMinutes");
        assertInvalid("{\"name\":\"n\",\"username\":\"u1\",\"password\":\"long-enough\",\"accounts\":{\"cogs\":\"\"}}", "accounts.cogs");
        assertInvalid("{\"name\":\"n\",\"username\":\"u1\",\"password\":\"long-enough\",\"colour\":\"red\"}", "colour");
        assertInvalid("{\"name\":\"n\",\"username\":\"u 1\",\"password\":\"long-enough\"}", "username");
        HttpResponse<String> notJson = api.post("/api/connectors", "{not json");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM web_connector WHERE username = 'u1'").query(Long.class).single()).isZero();
    }

    @Test
    void shouldServeAQwcFileWhoseAppUrlIsTheSoapEndpoint() throws Exception {
        JsonNode created = json.readTree(api.post("/api/connectors",
                "{\"name\":\"Q & A <office>\",\"username\":\"qwc-user\",\"password\":\"long-enough\",\"runEveryMinutes\":20}").body());
        HttpResponse<String> qwc = api.get("/api/connectors/" + created.get("id").asLong() + "/qwc");

        assertThat(qwc.statusCode()).isEqualTo(200);
        assertThat(qwc.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("qwc-user.qwc"));
        assertThat(qwc.body())
                .contains("<AppURL>http://localhost:" + port + "/qbwc</AppURL>")
                .contains("<UserName>qwc-user</UserName>")
                .contains("<RunEveryNMinutes>20</RunEveryNMinutes>")
                .contains("<QBType>QBFS</QBType>")
                .containsPattern("<FileID>\\{[0-9A-F-]{36}\\}</FileID>")
                .doesNotContain("long-enough");
        assertThat(qwcElement(qwc.body(), "AppName")).isEqualTo("atqb-sync (Q & A <office>)");
        String appUrl = qwcElement(qwc.body(), "AppURL").replace("localhost", "127.0.0.1");
        java.net.http.HttpResponse<String> wsdl = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(appUrl + "?wsdl")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(wsdl.statusCode()).isEqualTo(200);
        assertThat(wsdl.body()).contains("QBWebConnectorSvc");
        assertThat(api.getAnonymous("/support").statusCode()).isEqualTo(200);
    }

    private static String qwcElement(String xml, String name) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document document = factory.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return document.getElementsByTagName(name).item(0).getTextContent();
    }

    private void assertInvalid(String body, String field) throws Exception {
        HttpResponse<String> response = api.post("/api/connectors", body);
        assertThat(response.statusCode()).as(body).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("message").asText()).as(body).contains("'" + field + "'");
    }
}
