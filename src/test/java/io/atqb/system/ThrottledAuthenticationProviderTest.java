package io.atqb.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atqb.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Spring Security's user-name-and-password check behind the throttle: a correct log-in hashes the password once
 * per TTL, a wrong one is counted and drops the cached verification, a locked-out one never reaches the hash.
 */
class ThrottledAuthenticationProviderTest {

    static final Duration TTL = Duration.ofMinutes(2);
    static final Duration FIRST = Duration.ofSeconds(2);

    final TestClock clock = new TestClock(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);
    final CountingEncoder encoder = new CountingEncoder(new BCryptPasswordEncoder(4));
    final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
            User.withUsername("admin").password(encoder.encode("right")).roles("ADMIN").build());
    final SignInProperties properties = new SignInProperties(2, 20, FIRST, Duration.ofMinutes(1),
            Duration.ofMinutes(10), 1000, TTL);
    final ThrottledAuthenticationProvider provider = provider();

    /** Counts the password checks (the costly part) of the encoder it wraps. */
    static final class CountingEncoder implements PasswordEncoder {

        final PasswordEncoder delegate;
        final AtomicInteger checks = new AtomicInteger();

        CountingEncoder(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String encode(CharSequence raw) {
            return delegate.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return delegate.matches(raw, encoded);
        }
    }

    private ThrottledAuthenticationProvider provider() {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, users, new SignInThrottle(properties, clock),
                new VerifiedCredentials(properties, clock));
    }

    private Authentication logIn(String user, String password, String address) {
        UsernamePasswordAuthenticationToken request = UsernamePasswordAuthenticationToken.unauthenticated(user,
                password);
        request.setDetails(new WebAuthenticationDetails(address, null));
        return provider.authenticate(request);
    }

    @Test
    void shouldHashTheRightPasswordOnlyOncePerTtl() {
        assertThat(logIn("admin", "right", "10.0.0.1").isAuthenticated()).isTrue();
        Authentication again = logIn("admin", "right", "10.0.0.1");

        assertThat(again.isAuthenticated()).isTrue();
        assertThat(again.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
        assertThat(encoder.checks).hasValue(1);

        clock.advance(TTL);
        logIn("admin", "right", "10.0.0.1");
        assertThat(encoder.checks).hasValue(2);
    }

    @Test
    void shouldHashAgainAfterAWrongPasswordWasTriedForTheUser() {
        logIn("admin", "right", "10.0.0.1");

        assertThatThrownBy(() -> logIn("admin", "wrong", "10.0.0.2")).isInstanceOf(BadCredentialsException.class);
        logIn("admin", "right", "10.0.0.1");

        assertThat(encoder.checks).hasValue(3);
    }

    @Test
    void shouldRefuseALockedOutUserAtOnceWithTheWaitAndWithoutHashing() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> logIn("admin", "wrong", "10.0.0.1")).isInstanceOf(BadCredentialsException.class);
        }
        int checks = encoder.checks.get();

        assertThatThrownBy(() -> logIn("admin", "right", "10.0.0.1"))
                .isInstanceOfSatisfying(SignInLockedException.class, e -> assertThat(e.retryAfter()).isEqualTo(FIRST));
        assertThat(encoder.checks).hasValue(checks);

        clock.advance(FIRST);
        assertThat(logIn("admin", "right", "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void shouldCountAnUnknownUserAsAFailureToo() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> logIn("nobody", "guess", "10.0.0.1")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> logIn("nobody", "guess", "10.0.0.1")).isInstanceOf(SignInLockedException.class);
        assertThat(logIn("admin", "right", "10.0.0.7").isAuthenticated()).isTrue();
    }
}
