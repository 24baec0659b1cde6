package io.atqb.system;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every user-name-and-password log-in of Spring Security (HTTP Basic on the admin API, a form log-in): refused at
 * once while the user or the client address is locked out ({@link SignInThrottle}); otherwise answered from a
 * recent verification of the same credentials ({@link VerifiedCredentials}) or checked by the password encoder
 * (the {@code delegate}), and the outcome counted.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    static final String CHANNEL = "admin";

    private final AuthenticationProvider delegate;
    private final UserDetailsService users;
    private final SignInThrottle throttle;
    private final VerifiedCredentials verified;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, UserDetailsService users, SignInThrottle throttle,
                                    VerifiedCredentials verified) {
        this.delegate = delegate;
        this.users = users;
        this.throttle = throttle;
        this.verified = verified;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String user = authentication.getName();
        String address = addressOf(authentication);
        throttle.lockout(CHANNEL, user, address).ifPresent(wait -> {
            throw new SignInLockedException(wait);
        });
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        UserDetails known = find(user);
        if (known != null && known.isEnabled() && known.isAccountNonLocked() && known.isAccountNonExpired()
                && known.isCredentialsNonExpired() && verified.matches(user, password, known.getPassword())) {
            UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(known,
                    null, known.getAuthorities());
            result.setDetails(authentication.getDetails());
            return result;
        }
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (BadCredentialsException e) {
            verified.forget(user);
            throttle.failed(CHANNEL, user, address);
            throw e;
        }
        if (result != null && result.isAuthenticated()) {
            throttle.succeeded(user, address);
            if (known != null) {
                verified.remember(user, password, known.getPassword());
            }
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private UserDetails find(String user) {
        try {
            return users.loadUserByUsername(user);
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
    }
}
