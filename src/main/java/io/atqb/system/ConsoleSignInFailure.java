package io.atqb.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Where a failed console sign-in goes back to: {@code /login?locked} while the sign-in throttle refuses the user or
 * address (the form says to wait; no password was checked), {@code /login?error} for a wrong user or password.
 */
final class ConsoleSignInFailure implements AuthenticationFailureHandler {

    static final String WRONG = "/login?error";
    static final String LOCKED = "/login?locked";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        String target = failure instanceof SignInLockedException ? LOCKED : WRONG;
        response.sendRedirect(request.getContextPath() + target);
    }
}
