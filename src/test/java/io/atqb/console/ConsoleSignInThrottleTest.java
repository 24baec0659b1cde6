package io.atqb.console;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import io.atqb.AdminApi;
import io.atqb.ServiceTest;
import io.atqb.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The console's form login goes through the same sign-in throttle as the API: after the free wrong passwords even
 * the right one is sent back to the form with "locked" until the window is over, then it signs in.
 */
@ServiceTest
@AutoConfigureMockMvc
@DirtiesContext
class ConsoleSignInThrottleTest {

    /** The packaged defaults: five wrong passwords per user are free, the first lockout lasts 2 s. */
    static final int FREE = 5;
    static final Duration FIRST_LOCKOUT = Duration.ofSeconds(2);

    @TestConfiguration
    static class StillClock {

        @Bean
        @Primary
        TestClock testClock() {
            return TestClock.atSystemTime();
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestClock clock;

    private ResultActions signIn(String password) throws Exception {
        return mvc.perform(post("/login").param("username", AdminApi.USER).param("password", password).with(csrf()));
    }

    @Test
    void shouldPauseTheLoginFormAfterTheFreeWrongPasswordsAndTakeTheRightOneWhenTheWindowIsOver() throws Exception {
        for (int i = 0; i < FREE; i++) {
            signIn("wrong-" + i).andExpect(redirectedUrl("/login?error"));
        }
        signIn(AdminApi.PASSWORD).andExpect(redirectedUrl("/"));   // the free failures alone lock nothing out

        for (int i = 0; i <= FREE; i++) {
            signIn("wrong-again-" + i).andExpect(redirectedUrl("/login?error"));
        }
        signIn(AdminApi.PASSWORD).andExpect(redirectedUrl("/login?locked"));

        clock.advance(FIRST_LOCKOUT.minusMillis(1));
        signIn(AdminApi.PASSWORD).andExpect(redirectedUrl("/login?locked"));
        clock.advance(Duration.ofMillis(1));
        signIn(AdminApi.PASSWORD).andExpect(redirectedUrl("/"));
    }
}
