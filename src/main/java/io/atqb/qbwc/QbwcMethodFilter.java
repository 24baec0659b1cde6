package io.atqb.qbwc;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets only what QBWC and readers of the contract send reach the SOAP endpoint: POST, and GET or HEAD asking for the
 * WSDL ({@code ?wsdl}, or a schema with {@code ?xsd=}). Anything else (a browser opening /qbwc, a scanner, PUT or
 * DELETE) answers 405 at once without a log line; CXF would otherwise fail on the missing SOAP body and log a stack
 * trace of tens of KB for every such request.
 */
class QbwcMethodFilter extends OncePerRequestFilter {

    static final String ALLOWED = "POST, GET";
    static final String REFUSAL = "The QBWC endpoint answers SOAP requests (POST); its WSDL is at ?wsdl\n";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        if ("POST".equals(method) || (read && asksForContract(request.getQueryString()))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        response.setHeader("Allow", ALLOWED);
        response.setContentType("text/plain;charset=UTF-8");
        if (!"HEAD".equals(method)) {
            response.getOutputStream().write(REFUSAL.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static boolean asksForContract(String query) {
        if (query == null) {
            return false;
        }
        for (String parameter : query.split("&")) {
            int equals = parameter.indexOf('=');
            String name = (equals < 0 ? parameter : parameter.substring(0, equals)).toLowerCase(Locale.ROOT);
            if (name.equals("wsdl") || name.equals("xsd")) {
                return true;
            }
        }
        return false;
    }
}
