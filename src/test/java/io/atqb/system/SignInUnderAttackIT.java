package io.atqb.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.atqb.AdminApi;
import io.atqb.ServiceTest;
import io.atqb.TestClock;
import io.atqb.qbwc.QbwcClients;
import io.atqb.qbwc.soap.QBWebConnectorSvcSoap;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Wrong passwords sent to the whole service as a guesser sends them, on a clock the test moves: QBWC
 * authenticate and the admin API lock the user out after the free failures, answer at once while it lasts
 * (nvu; 429 with Retry-After), leave everyone else alone, and take the right password once the window is over.
 */
@ServiceTest
class SignInUnderAttackIT {

    static final Duration FIRST_LOCKOUT = SignInThrottleTest.FIRST;
    /** The packaged default: five wrong passwords per user are free. */
    static final int FREE = 5;

    @TestConfiguration
    static class StillClock {

        @Bean
        @Primary
        TestClock testClock() {
            return TestClock.atSystemTime();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    Clock serviceClock;

    QBWebConnectorSvcSoap qbwc;
    ListAppender<ILoggingEvent> log;
    Logger throttleLogger;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        qbwc = QbwcClients.client(port);
        log = new ListAppender<>();
        log.start();
        throttleLogger = (Logger) LoggerFactory.getLogger(SignInThrottle.class);
        throttleLogger.addAppender(log);
    }

    @AfterEach
    void tearDown() {
        throttleLogger.detachAppender(log);
        clock.advance(Duration.ofHours(2)); // every lockout and count of this test is over for the next
    }

    private String connector(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = new AdminApi(port).post("/api/connectors", "{\"name\":\"" + username
                + "\",\"username\":\"" + username + "\",\"password\":\"right-password\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return username;
    }

    @Test
    void shouldRefuseFiftyWrongQbwcPasswordsAtOnceAfterTheFreeOnesWhileAnotherConnectorStillSignsIn() {
        assertThat(serviceClock).isSameAs(clock);
        String attacked = connector("attacked");
        String other = connector("other");

        long started = System.nanoTime();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            answers.add(qbwc.authenticate(attacked, "guess-" + i).getString().get(1));
        }
        Duration fifty = Duration.ofNanos(System.nanoTime() - started);
        String rightDuringLockout = qbwc.authenticate(attacked, "right-password").getString().get(1);
        long otherStarted = System.nanoTime();
        String otherAnswer = qbwc.authenticate(other, "right-password").getString().get(1);
        Duration otherTook = Duration.ofNanos(System.nanoTime() - otherStarted);
        System.out.printf("50 wrong QBWC passwords: %d ms; another connector's log-in meanwhile: %d ms%n",
                fifty.toMillis(), otherTook.toMillis());

        assertThat(answers).containsOnly("nvu").hasSize(50);
        // the free failures and the one that started the lockout had their passwords checked; the rest did not
        assertThat(messages("Sign-in failed (QBWC) for user '" + attacked + "' from 127.0.0.1")).hasSize(FREE + 1);
        assertThat(messages("Sign-in refused (QBWC) for user '" + attacked + "' from 127.0.0.1"))
                .hasSize(50 - FREE - 1 + 1);
        assertThat(rightDuringLockout).isEqualTo("nvu");
        assertThat(otherAnswer).isEqualTo("none");
        assertThat(otherTook).isLessThan(Duration.ofSeconds(5));
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(line -> line.contains("guess-") || line.contains("right-password"));

        clock.advance(FIRST_LOCKOUT.minusMillis(1));
        assertThat(qbwc.authenticate(attacked, "right-password").getString().get(1)).isEqualTo("nvu");
        clock.advance(Duration.ofMillis(1));
        assertThat(qbwc.authenticate(attacked, "right-password").getString().get(1)).isEqualTo("none");
    }

    @Test
    void shouldAnswerTooManyRequestsWithRetryAfterToTheAdminApiAfterTheFreeFailuresAndTheRightPasswordAfterIt() {
        String connector = connector("beside-admin-lockout");
        for (int i = 1; i <= FREE + 1; i++) {
            assertThat(adminGet("guess-" + i).statusCode()).as("wrong password %d", i).isEqualTo(401);
        }

        HttpResponse<String> locked = adminGet(AdminApi.PASSWORD);

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).contains(
                Long.toString(FIRST_LOCKOUT.toSeconds()));
        assertThat(locked.body()).contains("Too many wrong passwords");
        assertThat(messages("Sign-in failed (admin) for user 'admin' from 127.0.0.1")).hasSize(FREE + 1);
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(line -> line.contains("guess-") || line.contains(AdminApi.PASSWORD));
        // QBWC connectors are other users: not locked out by the admin user's lockout
        assertThat(qbwc.authenticate(connector, "right-password").getString().get(1)).isEqualTo("none");

        clock.advance(FIRST_LOCKOUT);
        assertThat(adminGet(AdminApi.PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldLetARightAdminPasswordThroughAfterOneBelowTheFreeFailures() {
        for (int i = 1; i <= FREE; i++) {
            assertThat(adminGet("guess-" + i).statusCode()).isEqualTo(401);
        }

        assertThat(adminGet(AdminApi.PASSWORD).statusCode()).isEqualTo(200);
        assertThat(adminGet("guess-after-reset").statusCode()).isEqualTo(401);
        assertThat(adminGet(AdminApi.PASSWORD).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> adminGet(String password) {
        String token = Base64.getEncoder().encodeToString((AdminApi.USER + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/connectors"))
                .header("Authorization", "Basic " + token).timeout(Duration.ofSeconds(30)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<String> messages(String start) {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.startsWith(start)).toList();
    }
}
