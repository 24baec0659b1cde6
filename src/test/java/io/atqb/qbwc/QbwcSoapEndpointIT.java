package io.atqb.qbwc;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.AdminApi;
import io.atqb.ServiceTest;
import io.atqb.qbwc.soap.QBWebConnectorSvcSoap;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The SOAP contract of /qbwc, spoken over real HTTP on loopback. */
@ServiceTest
@ExtendWith(OutputCaptureExtension.class)
class QbwcSoapEndpointIT {

    static final List<String> OPERATIONS = List.of("serverVersion", "clientVersion", "authenticate", "sendRequestXML",
            "receiveResponseXML", "connectionError", "getLastError", "closeConnection", "getInteractiveURL",
            "interactiveDone", "interactiveRejected");

    @LocalServerPort
    int port;
    QBWebConnectorSvcSoap qbwc;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        qbwc = QbwcClients.client(port);
    }

    @Test
    void shouldPublishAWsdlListingAllElevenOperations() throws Exception {
        String wsdl = get("/qbwc?wsdl").body();
        for (String operation : OPERATIONS) {
            assertThat(wsdl).contains("name=\"" + operation + "\"");
        }
        assertThat(wsdl).contains("http://developer.intuit.com/").contains("/qbwc");
    }

    @Test
    void shouldAlwaysAnswerFourStringsToAuthenticate() {
        List<String> answer = qbwc.authenticate("nobody", "wrong").getString();
        assertThat(answer).hasSize(4);
        assertThat(answer.get(0)).hasSizeGreaterThanOrEqualTo(32);
        assertThat(answer.subList(1, 4)).containsExactly("nvu", "", "");
        assertThat(qbwc.authenticate("nobody", "wrong").getString().get(0)).isNotEqualTo(answer.get(0));
    }

    @Test
    void shouldKeepUnknownTicketsAwayFromData() {
        assertThat(qbwc.sendRequestXML("made-up-ticket", "", "C:\\x.qbw", "US", 13, 0)).isEmpty();
        assertThat(qbwc.receiveResponseXML("made-up-ticket", "<QBXML/>", "", "")).isEqualTo(-1);
        assertThat(qbwc.getLastError("made-up-ticket")).contains("Unknown or expired ticket");
        assertThat(qbwc.closeConnection("made-up-ticket")).contains("Unknown or expired ticket");
        assertThat(qbwc.connectionError("made-up-ticket", "0x80040408", "x")).isEqualTo("done");
    }

    @Test
    void shouldAnswerTheVersionAndInteractiveOperations() {
        assertThat(qbwc.serverVersion()).startsWith("atqb-sync");
        assertThat(qbwc.clientVersion("2.3.0.215")).isEmpty();
        assertThat(qbwc.getInteractiveURL("t", "s")).isEmpty();
        assertThat(qbwc.interactiveDone("t")).isEqualTo("Done");
        assertThat(qbwc.interactiveRejected("t", "no")).isNotBlank();
    }

    @Test
    void shouldAnswerNoneWhenTheConnectorHasNoWork() {
        new AdminApi(port).post("/api/connectors",
                "{\"name\":\"Idle\",\"username\":\"idle-user\",\"password\":\"idle-password\"}");

        List<String> answer = qbwc.authenticate("idle-user", "idle-password").getString();

        assertThat(answer).hasSize(4);
        assertThat(answer.get(1)).isEqualTo("none");
        assertThat(qbwc.closeConnection(answer.get(0))).isEqualTo("No data exchange required");
    }

    @Test
    void shouldAnswerASoapFaultWithoutStackTraceToMalformedSoap() throws Exception {
        HttpResponse<String> response = post("authenticate", "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/"
                + "soap/envelope/\"><soap:Body><authenticate xmlns=\"http://developer.intuit.com/\"><strUserName>x"
                + "</soap:Body>");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Fault").doesNotContain("\tat ").doesNotContain("Exception:");
    }

    @Test
    void shouldRefuseADoctypeInTheSoapRequest() throws Exception {
        String envelope = Files.readString(Path.of("test-classes/qbwc/soap/authenticate-request.xml"));
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + envelope.substring(envelope.indexOf("<soap:Envelope")).replace("qbwc-user", "&e;");
        HttpResponse<String> response = post("authenticate", hostile);
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Fault").doesNotContain("root:");
    }

    @Test
    void shouldAnswerTheCommittedSoapSampleOverPlainHttp() throws Exception {
        HttpResponse<String> response = post("authenticate",
                Files.readString(Path.of("test-classes/qbwc/soap/authenticate-request.xml")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("authenticateResult").contains("<string>nvu</string>")
                .contains("http://developer.intuit.com/");
    }

    @Test
    void shouldNotSendTheRequestHeadersBackInTheAnswer() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/qbwc"))
                        .header("Content-Type", "text/xml; charset=utf-8")
                        .header("SOAPAction", "\"http://developer.intuit.com/serverVersion\"")
                        .header("X-Probe", "echo-me")
                        .POST(HttpRequest.BodyPublishers.ofString(Files.readString(
                                Path.of("test-classes/qbwc/soap/server-version-request.xml")), StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).contains("<serverVersionResult>atqb-sync");
        assertThat(response.headers().map().keySet()).map(String::toLowerCase)
                .doesNotContain("x-probe", "soapaction", "user-agent", "host");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/xml"));
    }

    @Test
    void shouldAnswerTheOtherCommittedSamples() throws Exception {
        HttpResponse<String> version = post("serverVersion",
                Files.readString(Path.of("test-classes/qbwc/soap/server-version-request.xml")));
        HttpResponse<String> lastError = post("getLastError",
                Files.readString(Path.of("test-classes/qbwc/soap/get-last-error-request.xml")));
        assertThat(version.body()).contains("<serverVersionResult>atqb-sync");
        assertThat(lastError.body()).contains("Unknown or expired ticket");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String operation, String envelope) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/qbwc"))
                        .header("Content-Type", "text/xml; charset=utf-8")
                        .header("SOAPAction", "\"http://developer.intuit.com/" + operation + "\"")
                        .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldAnswer405WithoutALogLineToRequestsThatAreNotSoapOrTheWsdl(CapturedOutput output) throws Exception {
        int before = output.getAll().length();

        HttpResponse<String> plainGet = get("/qbwc");
        HttpResponse<String> otherQuery = get("/qbwc?op=authenticate");
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/qbwc"))
                .PUT(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(List.of(plainGet, otherQuery, put)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).hasValue("POST, GET");
            assertThat(response.body()).hasSizeLessThan(200).doesNotContain("Exception");
        });
        assertThat(output.getAll().substring(before)).hasSizeLessThan(300).doesNotContain("ERROR");
        assertThat(get("/qbwc?WSDL").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAnswerAClientFaultWithoutClassNamesToAnEmptySoapBody(CapturedOutput output) throws Exception {
        int before = output.getAll().length();
        String envelope = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<soap:Body/></soap:Envelope>";

        HttpResponse<String> empty = post("authenticate", envelope);
        HttpResponse<String> blank = post("authenticate", envelope.replace("<soap:Body/>", "<soap:Body> </soap:Body>"));

        assertThat(List.of(empty, blank)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).contains("<faultcode>soap:Client</faultcode>")
                    .doesNotContain("io.atqb").doesNotContain("org.apache").doesNotContain("java.")
                    .doesNotContain("Exception");
        });
        assertThat(output.getAll().substring(before)).hasSizeLessThan(1000).doesNotContain("\tat ");
    }
}
