package io.atqb.qbwc;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.AdminApi;
import io.atqb.ServiceTest;
import io.atqb.TestClock;
import io.atqb.qbwc.soap.QBWebConnectorSvcSoap;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import io.atqb.sandbox.webconnector.SandboxWebConnector;
import io.atqb.sandbox.webconnector.SessionResult;
import io.atqb.sandbox.webconnector.StopReason;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The take-over rule over real SOAP, on a test clock: a session is truly live while its last call is less
 * than atqb.qbwc.takeover-after (2 minutes here) ago; a second authenticate hears busy with the seconds
 * left, and from the window's edge on it ends the dropped session and takes its work over.
 */
@ServiceTest
@Import(TestClock.Config.class)
@TestPropertySource(properties = {"atqb.qbwc.max-requests-per-message=2", "atqb.qbwc.takeover-after=2m"})
class QbwcTakeoverIT {

    static final Duration WINDOW = Duration.ofMinutes(2);
    static final String FILE = "C:\\QB\\takeover.qbw";

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    TestJobHandler testJobs;
    @Autowired
    TestJobQueue testJobQueue;
    @Autowired
    QbwcJobRepository jobs;

    QBWebConnectorSvcSoap qbwc;
    SandboxCompanyFile company;
    String username;

    @BeforeEach
    void setUp() {
        qbwc = QbwcClients.client(port);
        company = SandboxCompanyFile.withStandardAccounts("Takeover Company");
        company.addInventoryItem("Widget 1", new BigDecimal("4"), true);
        username = "takeover-" + UUID.randomUUID().toString().substring(0, 8);
        new AdminApi(port).post("/api/connectors", "{\"name\":\"Takeover\",\"username\":\"" + username
                + "\",\"password\":\"takeover-password\",\"companyFile\":\"C:\\\\QB\\\\takeover.qbw\"}");
        testJobs.clear();
    }

    @Test
    void shouldAnswerBusyWithAPostponeOfAtMostSixtySecondsRightAfterTheLastCall() {
        testJobQueue.queue(username, TestJobHandler.TYPE, 3);
        String first = authenticate().get(0);
        qbwc.sendRequestXML(first, company.hostQueryResponse(), FILE, "US", 13, 0);

        List<String> second = authenticate();

        assertThat(second).hasSize(4);
        assertThat(second.get(1)).isEqualTo("busy");
        assertThat(second.get(2)).isEqualTo("60");
        assertThat(qbwc.closeConnection(second.get(0))).contains("still running");
        assertThat(testJobQueue.sessionStatus(first)).isEqualTo("OPEN");
    }

    @Test
    void shouldAnswerTheSecondsUntilTheTakeoverWhenLessThanAMinuteIsLeft() {
        testJobQueue.queue(username, TestJobHandler.TYPE, 3);
        authenticate();
        clock.advance(Duration.ofSeconds(100));

        assertThat(authenticate().subList(1, 3)).containsExactly("busy", "20");
    }

    @Test
    void shouldCountTheWindowFromTheLastCallNotFromAuthenticate() {
        testJobQueue.queue(username, TestJobHandler.TYPE, 3);
        String first = authenticate().get(0);
        clock.advance(Duration.ofSeconds(100));
        qbwc.sendRequestXML(first, company.hostQueryResponse(), FILE, "US", 13, 0);
        clock.advance(Duration.ofSeconds(100));

        assertThat(authenticate().subList(1, 3)).containsExactly("busy", "20");
    }

    @Test
    void shouldAnswerBusyForOneSecondJustInsideTheWindow() {
        testJobQueue.queue(username, TestJobHandler.TYPE, 3);
        String first = authenticate().get(0);
        qbwc.sendRequestXML(first, company.hostQueryResponse(), FILE, "US", 13, 0);
        clock.advance(WINDOW.minusMillis(1));

        assertThat(authenticate().subList(1, 3)).containsExactly("busy", "1");
        assertThat(testJobQueue.sessionStatus(first)).isEqualTo("OPEN");
    }

    @Test
    void shouldTakeTheWorkOverExactlyAtTheWindowEdge() {
        long jobId = testJobQueue.queue(username, TestJobHandler.TYPE, 3);
        String first = authenticate().get(0);
        String request = qbwc.sendRequestXML(first, company.hostQueryResponse(), FILE, "US", 13, 0);
        String lateResponse = company.process(request);
        clock.advance(WINDOW);

        List<String> second = authenticate();

        assertThat(second.subList(1, 3)).containsExactly(FILE, "");
        assertThat(testJobQueue.sessionStatus(first)).isEqualTo("DROPPED");
        assertThat(testJobQueue.queued(jobId)).isEqualTo(3);
        assertThat(testJobs.interruptions).singleElement().asString().contains("took its work over");
        assertThat(jobs.find(jobId).orElseThrow().status()).isEqualTo(QbwcJob.Status.PENDING);
        // the dropped session's answer arrives late: refused, nothing applied
        assertThat(qbwc.receiveResponseXML(first, lateResponse, "", "")).isEqualTo(-1);
        assertThat(qbwc.sendRequestXML(first, "", FILE, "US", 13, 0)).isEmpty();
        assertThat(qbwc.getLastError(first)).contains("no call for 120 s").contains("refused");
        assertThat(qbwc.closeConnection(first)).contains("took its work over");
        assertThat(testJobs.responses).isEmpty();
        qbwc.closeConnection(second.get(0));
    }

    @Test
    void shouldTakeTheWorkOverJustAfterTheWindowAndFinishItExactlyOnce() {
        long jobId = testJobQueue.queue(username, TestJobHandler.TYPE, 3);
        String first = authenticate().get(0);
        String request = qbwc.sendRequestXML(first, company.hostQueryResponse(), FILE, "US", 13, 0);
        String lateResponse = company.process(request);
        clock.advance(WINDOW.plusMillis(1));

        SessionResult next = webConnector().build().runSession();

        assertThat(next.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(qbwc.receiveResponseXML(first, lateResponse, "", "")).isEqualTo(-1);
        assertThat(testJobs.responses).hasSize(3);
        assertThat(testJobs.responses).extracting(r -> r.requestId()).doesNotHaveDuplicates();
        assertThat(jobs.find(jobId).orElseThrow().status()).isEqualTo(QbwcJob.Status.DONE);
        assertThat(testJobQueue.sessionStatus(first)).isEqualTo("DROPPED");
    }

    @Test
    void shouldLetTheNextUpdateInAfterWaitingOutThePostpones() {
        testJobQueue.queue(username, TestJobHandler.TYPE, 3);
        String first = authenticate().get(0);
        qbwc.sendRequestXML(first, company.hostQueryResponse(), FILE, "US", 13, 0);

        SessionResult next = webConnector().retryWhenBusy(5, clock::advance).build().runSession();

        assertThat(next.postponesWaited()).containsExactly(Duration.ofSeconds(60), Duration.ofSeconds(60));
        assertThat(next.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(testJobs.responses).hasSize(3);
    }

    @Test
    void shouldNeverTakeOverAClosedSession() {
        testJobQueue.queue(username, TestJobHandler.TYPE, 1);
        SessionResult done = webConnector().build().runSession();
        testJobQueue.queue(username, TestJobHandler.TYPE, 1);

        SessionResult next = webConnector().build().runSession();

        assertThat(done.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(next.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(testJobQueue.sessionStatus(done.ticket())).isEqualTo("CLOSED");
    }

    private List<String> authenticate() {
        return qbwc.authenticate(username, "takeover-password").getString();
    }

    private SandboxWebConnector.Builder webConnector() {
        return SandboxWebConnector.builder()
                .endpoint(URI.create("http://127.0.0.1:" + port + "/qbwc"))
                .username(username)
                .password("takeover-password")
                .companyFilePath(FILE)
                .company(company)
                .noOpDelay(Duration.ofMillis(10));
    }
}
