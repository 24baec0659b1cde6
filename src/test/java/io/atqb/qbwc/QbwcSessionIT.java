package io.atqb.qbwc;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.AdminApi;
import io.atqb.ServiceTest;
import io.atqb.qbwc.soap.QBWebConnectorSvcSoap;
import io.atqb.qbxml.ItemInventoryQueryRq;
import io.atqb.qbxml.ItemInventoryQueryRs;
import io.atqb.qbxml.QbxmlRequest;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import io.atqb.sandbox.webconnector.SandboxWebConnector;
import io.atqb.sandbox.webconnector.SessionResult;
import io.atqb.sandbox.webconnector.StopReason;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Whole QBWC sessions over real SOAP on loopback, driven by the Web Connector double against the
 * in-memory QuickBooks company file.
 */
@ServiceTest
@TestPropertySource(properties = {"atqb.qbwc.max-requests-per-message=3", "atqb.qbwc.max-request-bytes=200000"})
class QbwcSessionIT {

    @LocalServerPort
    int port;
    @Autowired
    QbwcJobRepository jobs;
    @Autowired
    QbwcQueueRepository queue;
    @Autowired
    QueuedRequestCodec codec;
    @Autowired
    TestJobHandler testJobs;
    @Autowired
    SecondTestJobHandler secondJobs;
    @Autowired
    TestJobQueue testJobQueue;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    SandboxCompanyFile company;
    String username;

    @BeforeEach
    void setUp() {
        company = SandboxCompanyFile.withStandardAccounts("Test Company");
        company.addInventoryItem("Widget 1", new BigDecimal("4"), true);
        company.addInventoryItem("Widget 2", new BigDecimal("7"), true);
        username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        new AdminApi(port).post("/api/connectors", "{\"name\":\"Session test\",\"username\":\"" + username
                + "\",\"password\":\"session-password\",\"companyFile\":\"C:\\\\QB\\\\test.qbw\"}");
        testJobs.clear();
        secondJobs.clear();
    }

    @Test
    void shouldAnswerNoneAndCloseWhenTheConnectorHasNoWork() {
        SessionResult result = webConnector().build().runSession();

        assertThat(result.authenticateAnswer()).isEqualTo("none");
        assertThat(result.stopReason()).isEqualTo(StopReason.NO_WORK);
        assertThat(result.closeMessage()).isEqualTo("No data exchange required");
        assertThat(result.messagesExchanged()).isZero();
    }

    @Test
    void shouldAnswerNvuForABadPassword() {
        SessionResult result = webConnector().password("not-the-password").build().runSession();

        assertThat(result.authenticateAnswer()).isEqualTo("nvu");
        assertThat(result.stopReason()).isEqualTo(StopReason.INVALID_USER);
        assertThat(result.authenticateStrings()).hasSize(4);
    }

    @Test
    void shouldDrainTheQueuedRequestsInBatchesThenAnswer100AndClose() {
        long jobId = queueTestJob(8);

        SessionResult result = webConnector().build().runSession();

        assertThat(result.authenticateAnswer()).isEqualTo("C:\\QB\\test.qbw");
        assertThat(result.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(result.messagesExchanged()).isEqualTo(3); // 8 requests, at most 3 per message set
        assertThat(result.progressValues()).hasSize(3).isSorted().last().isEqualTo(100);
        assertThat(result.progressValues().get(0)).isBetween(1, 99);
        assertThat(result.closeMessage()).isEqualTo("Test job " + jobId + ": 8 responses");
        assertThat(testJobs.responses).hasSize(8).allMatch(rs -> rs instanceof ItemInventoryQueryRs);
        assertThat(testJobs.responses).filteredOn(rs -> !((ItemInventoryQueryRs) rs).items().isEmpty()).hasSize(2);
        assertThat(jobs.find(jobId).orElseThrow().status()).isEqualTo(QbwcJob.Status.DONE);
        assertThat(result.callsInOrder()).startsWith("serverVersion", "clientVersion", "authenticate", "sendRequestXML",
                "receiveResponseXML").endsWith("receiveResponseXML", "closeConnection");
        assertThat(result.bytesSent()).isPositive();
        assertThat(result.bytesReceived()).isPositive();
    }

    @Test
    void shouldServeTwoJobTypesInOneSessionOldestJobFirst() {
        long first = testJobQueue.queue(username, TestJobHandler.TYPE, 2);
        long second = testJobQueue.queue(username, SecondTestJobHandler.TYPE, 2);

        SessionResult result = webConnector().build().runSession();

        assertThat(result.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(testJobQueue.jobsOfMessages(result.ticket())).containsExactly(first, second);
        assertThat(testJobs.responses).hasSize(2);
        assertThat(secondJobs.responses).hasSize(2);
        assertThat(result.closeMessage()).isEqualTo("Test job " + first + ": 2 responses; Second job " + second
                + ": 2 responses");
        assertThat(jobs.find(first).orElseThrow().status()).isEqualTo(QbwcJob.Status.DONE);
        assertThat(jobs.find(second).orElseThrow().status()).isEqualTo(QbwcJob.Status.DONE);
    }

    @Test
    void shouldAnswerBusyToASecondSessionOfTheSameConnector() {
        queueTestJob(4);
        QBWebConnectorSvcSoap qbwc = QbwcClients.client(port);
        List<String> first = qbwc.authenticate(username, "session-password").getString();

        SessionResult second = webConnector().build().runSession();

        assertThat(first.get(1)).isEqualTo("C:\\QB\\test.qbw");
        assertThat(second.authenticateAnswer()).isEqualTo("busy");
        assertThat(second.stopReason()).isEqualTo(StopReason.BUSY);
        assertThat(qbwc.closeConnection(first.get(0))).isEqualTo("Session closed; nothing was exchanged");
        assertThat(webConnector().build().runSession().stopReason()).isEqualTo(StopReason.COMPLETED);
    }

    @Test
    void shouldQueueTheRequestsAgainWhenQuickBooksCannotParseAMessage() {
        long jobId = queueTestJob(2);

        SessionResult failed = webConnector().hresultOnMessage(1, "0x80040400",
                "QuickBooks found an error when parsing the provided XML text stream.").build().runSession();

        assertThat(failed.progressValues()).containsExactly(-1);
        assertThat(failed.lastErrors()).anySatisfy(e -> assertThat(e).contains("0x80040400"));
        assertThat(testJobs.interruptions).anySatisfy(e -> assertThat(e).contains("0x80040400"));
        assertThat(queue.countQueued(jobId)).isEqualTo(2);
        SessionResult retried = webConnector().build().runSession();
        assertThat(retried.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(testJobs.responses).hasSize(2);
    }

    @Test
    void shouldRefuseAResponseCarryingADoctypeAndChangeNothing() {
        long jobId = queueTestJob(1);
        QBWebConnectorSvcSoap qbwc = QbwcClients.client(port);
        String ticket = qbwc.authenticate(username, "session-password").getString().get(0);
        String request = qbwc.sendRequestXML(ticket, company.hostQueryResponse(), "C:\\QB\\test.qbw", "US", 13, 0);
        String requestId = request.replaceAll("(?s).*requestID=\"([^\"]+)\".*", "$1");
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE QBXML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<QBXML><QBXMLMsgsRs><ItemInventoryQueryRs requestID=\"" + requestId + "\" statusCode=\"0\""
                + " statusSeverity=\"Info\" statusMessage=\"&x;\"/></QBXMLMsgsRs></QBXML>";

        assertThat(qbwc.receiveResponseXML(ticket, hostile, "", "")).isEqualTo(-1);
        assertThat(qbwc.getLastError(ticket)).contains("DOCTYPE");
        assertThat(testJobs.responses).isEmpty();
        assertThat(queue.countQueued(jobId)).isEqualTo(1);
        qbwc.closeConnection(ticket);
    }

    @Test
    void shouldKeepAnExpiredTicketAwayFromData() {
        queueTestJob(1);
        QBWebConnectorSvcSoap qbwc = QbwcClients.client(port);
        String ticket = qbwc.authenticate(username, "session-password").getString().get(0);
        jdbc.sql("UPDATE qbwc_session SET expires_at = :past WHERE ticket = :ticket")
                .param("past", clock.instant().minusSeconds(1).atOffset(java.time.ZoneOffset.UTC))
                .param("ticket", ticket).update();

        assertThat(qbwc.sendRequestXML(ticket, company.hostQueryResponse(), "C:\\QB\\test.qbw", "US", 13, 0)).isEmpty();
        assertThat(qbwc.receiveResponseXML(ticket, "<QBXML/>", "", "")).isEqualTo(-1);
        assertThat(qbwc.getLastError(ticket)).contains("Unknown or expired ticket");
        assertThat(jdbc.sql("SELECT status FROM qbwc_session WHERE ticket = :ticket").param("ticket", ticket)
                .query(String.class).single()).isEqualTo("EXPIRED");
        // the connector is free again for a new session
        assertThat(webConnector().build().runSession().stopReason()).isEqualTo(StopReason.COMPLETED);
    }

    @Test
    void shouldRefuseARequestBodyOverTheLimitWithAClearError() throws Exception {
        String huge = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<receiveResponseXML xmlns=\"http://developer.intuit.com/\"><ticket>t</ticket><response>"
                + "x".repeat(250_000) + "</response></receiveResponseXML></soap:Body></soap:Envelope>";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/qbwc"))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"http://developer.intuit.com/receiveResponseXML\"")
                .POST(HttpRequest.BodyPublishers.ofString(huge)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Fault").contains("larger than 200000 bytes");
    }

    private long queueTestJob(int requests) {
        long connectorId = jdbc.sql("SELECT id FROM web_connector WHERE username = :u").param("u", username)
                .query(Long.class).single();
        long jobId = jobs.create(connectorId, TestJobHandler.TYPE, null, clock.instant());
        List<QbxmlRequest> queued = new ArrayList<>();
        for (int i = 1; i <= requests; i++) {
            queued.add(ItemInventoryQueryRq.byFullNames(null, List.of("Widget " + i), List.of("ListID", "FullName")));
        }
        new JobRequestQueue(jobId, queue, codec, clock).enqueue(queued);
        return jobId;
    }

    private SandboxWebConnector.Builder webConnector() {
        return SandboxWebConnector.builder()
                .endpoint(URI.create("http://127.0.0.1:" + port + "/qbwc"))
                .username(username)
                .password("session-password")
                .companyFilePath("C:\\QB\\test.qbw")
                .company(company)
                .noOpDelay(Duration.ofMillis(10));
    }
}
