package io.atqb.connector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.AdminApi;
import io.atqb.ServiceTest;
import io.atqb.qbwc.QbwcClients;
import io.atqb.qbwc.soap.QBWebConnectorSvcSoap;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Hostile connector input over real HTTP: passwords beyond bcrypt's 72 bytes, and characters XML 1.0 cannot carry
 * in any field that reaches the .qwc file, a SOAP answer or qbXML. Each answers 400 naming the field.
 */
@ServiceTest
@DirtiesContext
class ConnectorInputLimitsTest {

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
    void shouldCountThePasswordLimitInUtf8BytesNamingTheField() throws Exception {
        assertCreated("bytes-72-ascii", "a".repeat(72));
        assertCreated("bytes-72-two-byte", "\u00e9".repeat(36));
        assertCreated("bytes-72-three-byte", "\u20ac".repeat(24));
        assertCreated("bytes-72-four-byte", "\ud83d\ude00".repeat(18));
        assertCreated("bytes-72-mixed", "a".repeat(70) + "\u00e9");

        assertPasswordRefused("bytes-73-ascii", "a".repeat(73), 73);
        assertPasswordRefused("chars-72-bytes-73", "a".repeat(71) + "\u00e9", 73);
        assertPasswordRefused("bytes-73-two-byte", "\u00e9".repeat(36) + "a", 73);
        assertPasswordRefused("bytes-74-three-byte", "a".repeat(71) + "\u20ac", 74);
        assertPasswordRefused("bytes-73-four-byte", "\ud83d\ude00".repeat(17) + "abcde", 73);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM web_connector WHERE username LIKE 'bytes-7%'"
                + " OR username LIKE 'chars-%'").query(Long.class).single()).isEqualTo(5);

        long id = json.readTree(api.post("/api/connectors", json.writeValueAsString(Map.of("name", "Patched",
                "username", "bytes-patch", "password", "long-enough"))).body()).get("id").asLong();
        HttpResponse<String> patch = api.patch("/api/connectors/" + id,
                json.writeValueAsString(Map.of("password", "a".repeat(71) + "\u00e9")));
        assertThat(patch.statusCode()).isEqualTo(400);
        assertThat(json.readTree(patch.body()).get("message").asText()).contains("'password'").contains("73");
    }

    @Test
    void shouldRefuseAQbwcLogInWithTheStoredPasswordAndMoreBeyond72Bytes() throws Exception {
        String password = "b".repeat(72);
        assertCreated("bytes-login", password);
        QBWebConnectorSvcSoap qbwc = QbwcClients.client(port);

        assertThat(qbwc.authenticate("bytes-login", password).getString().get(1)).isEqualTo("none");
        assertThat(qbwc.authenticate("bytes-login", password + "x").getString().get(1)).isEqualTo("nvu");
    }

    @Test
    void shouldRefuseCharactersXmlCannotCarryInEveryFieldThatReachesXml() throws Exception {
        Map<String, String> hostile = Map.of("U+FFFE", "\\ufffe", "U+FFFF", "\\uffff", "U+D800", "\\ud800",
                "U+DC00", "\\udc00");
        for (Map.Entry<String, String> character : hostile.entrySet()) {
            String c = character.getValue();
            for (String field : new String[] {"name", "username", "password", "companyFile"}) {
                Map<String, String> values = new LinkedHashMap<>(Map.of("name", "xml", "username",
                        "xml-user", "password", "long-enough", "companyFile", "C:\\\\x.qbw"));
                values.put(field, "bad" + c + "value-1");
                StringBuilder body = new StringBuilder("{");
                values.forEach((k, v) -> body.append(body.length() > 1 ? "," : "").append('"').append(k)
                        .append("\":\"").append(v).append('"'));
                assertXmlRefused(api.post("/api/connectors", body.append('}').toString()), field, character.getKey());
            }
            for (String account : new String[] {"income", "cogs", "asset", "adjustment"}) {
                assertXmlRefused(api.post("/api/connectors", "{\"name\":\"xml\",\"username\":\"xml-user\","
                        + "\"password\":\"long-enough\",\"accounts\":{\"" + account + "\":\"bad" + c + "\"}}"),
                        "accounts." + account, character.getKey());
            }
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM web_connector WHERE username = 'xml-user'")
                .query(Long.class).single()).isZero();

        JsonNode created = json.readTree(api.post("/api/connectors", "{\"name\":\"Smile \\ud83d\\ude00 \\u00e9\","
                + "\"username\":\"xml-ok\",\"password\":\"long-enough\"}").body());
        assertXmlRefused(api.patch("/api/connectors/" + created.get("id").asLong(), "{\"name\":\"x\\uffff\"}"), "name",
                "U+FFFF");
        String qwc = api.get("/api/connectors/" + created.get("id").asLong() + "/qwc").body();
        assertThat(qwcElement(qwc, "AppName")).isEqualTo("atqb-sync (Smile \ud83d\ude00 \u00e9)");
    }

    private void assertCreated(String username, String password) throws Exception {
        HttpResponse<String> response = api.post("/api/connectors", json.writeValueAsString(Map.of("name", username,
                "username", username, "password", password)));
        assertThat(response.statusCode()).as(username + ": " + response.body()).isEqualTo(201);
    }

    private void assertPasswordRefused(String username, String password, int bytes) throws Exception {
        HttpResponse<String> response = api.post("/api/connectors", json.writeValueAsString(Map.of("name", username,
                "username", username, "password", password)));
        assertThat(response.statusCode()).as(username).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("message").asText()).as(username)
                .contains("'password'").contains("72 bytes").contains("has " + bytes);
        assertThat(response.body()).doesNotContain(password);
    }

    private void assertXmlRefused(HttpResponse<String> response, String field, String character) throws Exception {
        assertThat(response.statusCode()).as(field + " with " + character).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("message").asText()).as(field + " with " + character)
                .contains("'" + field + "'").contains(character).contains("XML");
    }

    private static String qwcElement(String xml, String name) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagName(name).item(0).getTextContent();
    }
}
