package io.atqb.qbwc;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.atqb.AdminApi;
import io.atqb.ServiceTest;
import io.atqb.qbwc.soap.QBWebConnectorSvcSoap;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Values a caller controls, sent as an attacker would: they never forge or flood a log line, and an
 * HRESULT longer than its column answers -1 like any HRESULT instead of a SOAP fault.
 */
@ServiceTest
class QbwcHostileInputIT {

    static final String FILE = "C:\\QB\\hostile.qbw";
    static final String FORGED = "\n2026-11-30T10:00:00.000Z ERROR 1 --- [atqb-sync] forged line";
    static final int LONGEST_LINE = 1500;

    @LocalServerPort
    int port;
    @Autowired
    TestJobQueue testJobQueue;
    @Autowired
    TestJobHandler testJobs;
    @Autowired
    JdbcClient jdbc;

    QBWebConnectorSvcSoap qbwc;
    ListAppender<ILoggingEvent> log;
    Logger qbwcLogger;
    String username;

    @BeforeEach
    void setUp() {
        qbwc = QbwcClients.client(port);
        log = new ListAppender<>();
        log.start();
        // the QBWC package and the sign-in throttle (io.atqb.system), which logs refused log-ins
        qbwcLogger = (Logger) LoggerFactory.getLogger("io.atqb");
        qbwcLogger.addAppender(log);
        username = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
        new AdminApi(port).post("/api/connectors", "{\"name\":\"Hostile\",\"username\":\"" + username
                + "\",\"password\":\"hostile-password\",\"companyFile\":\"C:\\\\QB\\\\hostile.qbw\"}");
        testJobs.clear();
    }

    @AfterEach
    void tearDown() {
        qbwcLogger.detachAppender(log);
    }

    @Test
    void shouldLogAForgedAndHugeClientVersionOnOneShortLine() {
        String version = "2.3.0.215" + FORGED + "\u2028" + "A".repeat(1_000_000);

        assertThat(qbwc.clientVersion(version)).isEmpty();

        assertThat(messagesContaining("2.3.0.215")).singleElement().satisfies(QbwcHostileInputIT::isOneShortLine);
    }

    @Test
    void shouldLogARefusedUserNameOnOneLine() {
        assertThat(qbwc.authenticate("intruder" + FORGED, "guess").getString().get(1)).isEqualTo("nvu");

        assertThat(messagesContaining("intruder")).singleElement().satisfies(QbwcHostileInputIT::isOneShortLine);
    }

    @Test
    void shouldAnswerMinusOneToAnHresultLongerThanItsColumnAndKeepWhatFits() {
        long jobId = testJobQueue.queue(username, TestJobHandler.TYPE, 2);
        String ticket = qbwc.authenticate(username, "hostile-password").getString().get(0);
        SandboxCompanyFile company = SandboxCompanyFile.withStandardAccounts("Hostile Company");
        qbwc.sendRequestXML(ticket, company.hostQueryResponse(), FILE, "US", 13, 0);
        String hresult = "0x80040400" + "F".repeat(5_000) + FORGED;
        String message = "QuickBooks could not parse it" + FORGED + "B".repeat(1_000_000);

        int progress = qbwc.receiveResponseXML(ticket, "", hresult, message);

        assertThat(progress).isEqualTo(-1);
        assertThat(qbwc.getLastError(ticket))
                .startsWith("QuickBooks could not process the request (0x80040400FFFFFFFFFF")
                .contains("cut").contains("QuickBooks could not parse it");
        assertThat(jdbc.sql("SELECT hresult FROM qbwc_message WHERE ticket = :t").param("t", ticket)
                .query(String.class).single()).isEqualTo("0x80040400FFFFFFFFFF");
        assertThat(testJobQueue.queued(jobId)).isEqualTo(2);
        assertThat(messagesContaining("0x80040400")).isNotEmpty().allSatisfy(QbwcHostileInputIT::isOneShortLine);
        qbwc.closeConnection(ticket);
    }

    @Test
    void shouldLogAConnectionErrorOnOneShortLine() {
        testJobQueue.queue(username, TestJobHandler.TYPE, 1);
        String ticket = qbwc.authenticate(username, "hostile-password").getString().get(0);

        assertThat(qbwc.connectionError(ticket, "0x80040408" + FORGED, "Could not start" + FORGED
                + "C".repeat(100_000))).isEqualTo("done");

        assertThat(messagesContaining("0x80040408")).singleElement().satisfies(QbwcHostileInputIT::isOneShortLine);
    }

    @Test
    void shouldIgnoreAResponseWithAnUnknownRequestIdAndLogItOnOneLine() {
        testJobQueue.queue(username, TestJobHandler.TYPE, 1);
        String ticket = qbwc.authenticate(username, "hostile-password").getString().get(0);
        SandboxCompanyFile company = SandboxCompanyFile.withStandardAccounts("Hostile Company");
        company.addInventoryItem("Widget 1", BigDecimal.ONE, true);
        String answer = company.process(qbwc.sendRequestXML(ticket, company.hostQueryResponse(), FILE, "US", 13, 0));
        String stray = "<ItemInventoryQueryRs requestID=\"424242&#8232;forged\" statusCode=\"1\""
                + " statusSeverity=\"Info\" statusMessage=\"none\"/>";
        String withStray = answer.replace("</QBXMLMsgsRs>", stray + "</QBXMLMsgsRs>");

        assertThat(qbwc.receiveResponseXML(ticket, withStray, "", "")).isEqualTo(100);

        assertThat(testJobs.responses).hasSize(1);
        assertThat(messagesContaining("unknown requestID")).singleElement()
                .satisfies(QbwcHostileInputIT::isOneShortLine)
                .satisfies(line -> assertThat(line).contains("424242\\u2028forged"));
        qbwc.closeConnection(ticket);
    }

    private List<String> messagesContaining(String text) {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.contains(text)).toList();
    }

    private static void isOneShortLine(String line) {
        assertThat(line).doesNotContain("\n", "\r", "\u2028", "\u2029").hasSizeLessThan(LONGEST_LINE);
    }
}
