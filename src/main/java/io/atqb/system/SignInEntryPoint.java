package io.atqb.system;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * The admin API's answer to a refused log-in: 429 with Retry-After (seconds) while the user or address is
 * locked out, else the HTTP Basic challenge (401) of {@code basic}.
 */
class SignInEntryPoint implements AuthenticationEntryPoint {

    private final AuthenticationEntryPoint basic;

    SignInEntryPoint(AuthenticationEntryPoint basic) {
        this.basic = basic;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        if (!(failure instanceof SignInLockedException locked)) {
            basic.commence(request, response, failure);
            return;
        }
        long seconds = SignInThrottle.retryAfterSeconds(locked.retryAfter());
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"status\":429,\"error\":\"Too Many Requests\",\"message\":\"Too many wrong"
                + " passwords: try again in " + seconds + " s\"}");
    }
}
